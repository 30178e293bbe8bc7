package dev.hybridnet.cli;

import java.io.IOException;
import picocli.CommandLine.IVersionProvider;

/** The program's version, from the properties file the build writes. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        return new String[] {"HybridNet Designer " + version(), "file format version 1"};
    }

    public static String version() throws IOException {
        return dev.hybridnet.io.ProgramVersion.version();
    }
}
