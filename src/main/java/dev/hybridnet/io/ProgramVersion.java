package dev.hybridnet.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The program's version, from the properties file the build writes; the command line and the window show it. */
public final class ProgramVersion {

    private ProgramVersion() {
    }

    /** "0.1.0", "development build" when run from classes the build did not stamp. */
    public static String version() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProgramVersion.class.getResourceAsStream("/dev/hybridnet/version.properties")) {
            if (in == null) {
                return "development build";
            }
            properties.load(in);
        }
        return properties.getProperty("version", "development build");
    }
}
