package dev.hybridnet.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The top-level {@code hybridnet} command; without a subcommand it prints its usage. Its help and version options
 * are inherited by every subcommand.
 */
@Command(name = "hybridnet",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Design and validate hybrid networks that connect on-premises sites to Azure.",
        subcommands = {ValidateCommand.class, ImportCommand.class, ExportCommand.class, RulesCommand.class,
            SamplesCommand.class, GenerateCommand.class, LayoutCommand.class},
        footer = {"", "Exit status: 0 success, 1 errors found, 2 a file could not be read or a usage error."})
public final class HybridnetCommand extends CommandGroup {
}
