package dev.hybridnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.io.DiagramReader;
import dev.hybridnet.io.DiagramWriter;
import dev.hybridnet.layout.Layout;
import dev.hybridnet.samples.HubSpokeGenerator;
import dev.hybridnet.samples.Sample;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {

    /** The outcome of one run: exit status and both streams. */
    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void noOptionOrParameterTakesATypeWhoseConverterIsSkipped() {
        java.util.List<java.util.regex.Pattern> skipped = java.util.Arrays.stream(Cli.UNUSED_CONVERTERS.split(","))
                .map(java.util.regex.Pattern::compile).toList();
        int checked = 0;
        for (picocli.CommandLine command : Cli.commandLine().getSubcommands().values()) {
            for (picocli.CommandLine.Model.ArgSpec arg : command.getCommandSpec().args()) {
                java.util.List<Class<?>> types = new java.util.ArrayList<>(java.util.List.of(arg.auxiliaryTypes()));
                types.add(arg.type());
                for (Class<?> type : types) {
                    checked++;
                    for (java.util.regex.Pattern p : skipped) {
                        assertTrue(!p.matcher(type.getName()).matches(), command.getCommandName() + " "
                                + arg.paramLabel() + " takes a " + type.getName() + ", whose converter is skipped");
                    }
                }
            }
        }
        assertTrue(checked > 40, "every command's options were checked: " + checked);
        assertTrue(skipped.get(0).matcher("java.time.Duration").matches(), "the patterns match what they name");
    }

    @Test
    void theFileReadAheadIsTheFirstJsonArgumentThatIsNeitherAnOptionNorTheOutput() {
        assertEquals(java.util.Optional.of("a.hybridnet.json"),
                Cli.readAheadCandidate("export", "a.hybridnet.json", "-o", "a.svg"));
        assertEquals(java.util.Optional.of("a.json"),
                Cli.readAheadCandidate("export", "-o", "out.json", "--verbose", "a.json", "b.json"));
        assertEquals(java.util.Optional.of("d/A.JSON"),
                Cli.readAheadCandidate("validate", "--output", "r.json", "--format", "json", "d/A.JSON"));
        assertEquals(java.util.Optional.of("x.json"), Cli.readAheadCandidate("layout", "x.json"));
        assertEquals(java.util.Optional.empty(), Cli.readAheadCandidate("export", "designs/", "-o", "out/"));
        assertEquals(java.util.Optional.empty(), Cli.readAheadCandidate("export", "-", "-o", "-"));
        assertEquals(java.util.Optional.empty(), Cli.readAheadCandidate("samples", "write", "x.json"));
        assertEquals(java.util.Optional.empty(), Cli.readAheadCandidate("a.json"));
        assertEquals(java.util.Optional.empty(), Cli.readAheadCandidate());
    }

    @Test
    void samplesListNamesTheFourReferences() {
        Run run = run("samples", "list");
        assertEquals(0, run.status());
        for (Sample sample : Sample.values()) {
            assertTrue(run.out().contains(sample.id()), run.out());
            assertTrue(run.out().contains(sample.title()), run.out());
        }
    }

    @Test
    void samplesWriteWritesFilesThatLoadBackAndResaveIdentically(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out");
        Run run = run("samples", "write", target.toString());
        assertEquals(0, run.status(), run.err());
        DiagramReader reader = new DiagramReader();
        DiagramWriter writer = new DiagramWriter();
        for (Sample sample : Sample.values()) {
            Path file = target.resolve(sample.fileName());
            String text = Files.readString(file);
            assertEquals(text, writer.write(reader.read(file)), sample.fileName());
        }
    }

    @Test
    void samplesWriteRefusesToOverwriteWithoutForce(@TempDir Path dir) throws Exception {
        Path existing = dir.resolve(Sample.VPN.fileName());
        Files.writeString(existing, "mine");
        Run refused = run("samples", "write", dir.toString());
        assertEquals(2, refused.status());
        assertTrue(refused.err().contains("already exists"), refused.err());
        assertEquals("mine", Files.readString(existing));
        assertEquals(0, run("samples", "write", "--force", dir.toString()).status());
        assertTrue(Files.readString(existing).contains("\"format\": \"hybridnet\""));
    }

    @Test
    void validateAcceptsTheSamples(@TempDir Path dir) {
        run("samples", "write", dir.toString());
        Run run = run("validate", dir.resolve("vpn.hybridnet.json").toString(),
                dir.resolve("hub-spoke.hybridnet.json").toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
    }

    @Test
    void validateReportsAnUnreadableFileOnOneLineAndExitsTwo(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.hybridnet.json");
        Files.writeString(broken, "{\"format\":\"hybridnet\",\"version\":1,\"elements\":[{\"id\":\"x\"}]}");
        Path good = dir.resolve("good.hybridnet.json");
        run("samples", "write", dir.toString());
        Files.move(dir.resolve("vpn.hybridnet.json"), good);
        Run run = run("validate", good.toString(), broken.toString(), dir.resolve("missing.json").toString());
        assertEquals(2, run.status());
        String[] lines = run.err().strip().split("\n");
        assertEquals(2, lines.length, run.err());
        assertEquals(broken + ": element 'x': missing field 'kind'", lines[0]);
        assertTrue(lines[1].endsWith("missing.json: no such file"), lines[1]);
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void generateWritesALoadableTopology(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.hybridnet.json");
        Run run = run("generate", "--spokes", "12", "-o", file.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(2 + 8 + 12 * 6, new DiagramReader().read(file).elements().size());
        assertEquals(2, run("generate", "--spokes", "0", "-o", file.toString()).status());
    }

    @Test
    void generateLaysOutWhatItGenerates(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.hybridnet.json");
        assertEquals(0, run("generate", "--spokes", "12", "-o", file.toString()).status());
        assertEquals(Layout.tidy(HubSpokeGenerator.generate(12)), new DiagramReader().read(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "validate", "export", "rules", "samples", "samples list", "samples write", "generate",
        "layout"})
    void everyCommandHasHelpAndVersion(String command) {
        String[] words = command.isEmpty() ? new String[0] : command.split(" ");
        String[] help = java.util.stream.Stream.concat(java.util.Arrays.stream(words),
                java.util.stream.Stream.of("--help")).toArray(String[]::new);
        String[] version = java.util.stream.Stream.concat(java.util.Arrays.stream(words),
                java.util.stream.Stream.of("--version")).toArray(String[]::new);
        Run helpRun = run(help);
        assertEquals(0, helpRun.status());
        assertTrue(helpRun.out().startsWith("Usage: hybridnet"), helpRun.out());
        Run versionRun = run(version);
        assertEquals(0, versionRun.status());
        assertTrue(versionRun.out().startsWith("HybridNet Designer "), versionRun.out());
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithoutAStackTrace() {
        Run run = run("validate", "--colour", "x.hybridnet.json");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("Unknown option: '--colour'"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void noArgumentsOrASingleFileOpenTheWindowAndCommandsRunHeadless() {
        assertTrue(Cli.opensWindow());
        assertTrue(Cli.opensWindow("designs/vpn.hybridnet.json"));
        assertFalse(Cli.opensWindow("validate"));
        assertFalse(Cli.opensWindow("samples"));
        assertFalse(Cli.opensWindow("--help"));
        assertFalse(Cli.opensWindow("-V"));
        assertFalse(Cli.opensWindow("a.hybridnet.json", "b.hybridnet.json"));
    }

    @Test
    void aRunThatNamesACommandBuildsOnlyThatCommandAndTheUsageListsThemAll() {
        for (String name : Cli.COMMAND_NAMES) {
            picocli.CommandLine cli = Cli.commandLine(name, "--help");
            assertEquals(java.util.Set.of(name), cli.getSubcommands().keySet());
            // The name the map gives is the name the command's own annotation declares.
            assertEquals(name, cli.getSubcommands().get(name).getCommandSpec().userObject().getClass()
                    .getAnnotation(picocli.CommandLine.Command.class).name());
        }
        assertEquals(java.util.List.copyOf(Cli.COMMAND_NAMES),
                java.util.List.copyOf(Cli.commandLine("--help").getSubcommands().keySet()));
        assertEquals(Cli.COMMAND_NAMES, Cli.commandLine("valdiate").getSubcommands().keySet());
        Run usage = run("--help");
        for (String name : Cli.COMMAND_NAMES) {
            assertTrue(usage.out().contains("  " + name + " "), name + " in " + usage.out());
        }
        Run typo = run("valdiate", "x.hybridnet.json");
        assertEquals(2, typo.status());
        assertTrue(typo.err().contains("validate"), "picocli suggests the command: " + typo.err());
    }
}
