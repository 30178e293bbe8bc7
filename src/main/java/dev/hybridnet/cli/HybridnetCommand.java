package dev.hybridnet.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The top-level {@code hybridnet} command; without a subcommand it prints its usage. Its help and version options
 * are inherited by every subcommand. The subcommands are added by {@link Cli}: only the one a run names, since
 * picocli reads every added command's annotations when it starts.
 */
@Command(name = "hybridnet",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Design and validate hybrid networks that connect on-premises sites to Azure.",
        footer = {"", "Exit status: 0 success, 1 errors found, 2 a file could not be read or a usage error."})
public final class HybridnetCommand extends CommandGroup {
}
