package dev.hybridnet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The program's version, from the properties file the build writes. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        return new String[] {"HybridNet Designer " + version(), "file format version 1"};
    }

    public static String version() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/hybridnet/version.properties")) {
            if (in == null) {
                return "development build";
            }
            properties.load(in);
        }
        return properties.getProperty("version", "development build");
    }
}
