package dev.hybridnet.cli;

import static dev.hybridnet.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hybridnet.io.DiagramWriter;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The command line against hostile files and paths: one clear line each, and the other files still checked. */
class HostileCliTest {

    @TempDir
    Path dir;

    private Path sample(String name) throws IOException {
        Path file = dir.resolve(name);
        new DiagramWriter().save(Samples.load(Sample.VPN), file);
        return file;
    }

    private Path file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static boolean mkfifo(Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void aBadFileDoesNotHideTheReportOfAGoodOne() throws IOException {
        Path good = sample("good.hybridnet.json");
        Path bad = file("bad.hybridnet.json", "{\"format\": \"hybridnet\", \"version\": 1, \"x\": 1e99999999999999999999}");
        Path missing = dir.resolve("missing.hybridnet.json");
        CliTest.Run run = run("validate", bad.toString(), good.toString(), missing.toString());
        assertEquals(2, run.status());
        assertTrue(run.out().contains(good + ": 0 errors"), run.out());
        String[] lines = run.err().strip().split("\n");
        assertEquals(2, lines.length, run.err());
        assertTrue(lines[0].startsWith(bad + ": line 1, column ") && lines[0].contains("out of range"), lines[0]);
        assertEquals(missing + ": no such file", lines[1]);
    }

    @Test
    void controlCharactersInAFileAreEscapedInTextButKeptInJson() throws IOException {
        Path file = file("ctl.hybridnet.json", "{\"format\": \"hybri\\net\", \"version\": 1}");
        CliTest.Run run = run("validate", file.toString());
        assertEquals(2, run.status());
        assertEquals(1, run.err().strip().split("\n").length, run.err());
        assertTrue(run.err().contains("hybri\\net"), run.err());

        Path named = file("named.hybridnet.json", "{\"format\": \"hybridnet\", \"version\": 1, \"elements\": [{\"id\": "
                + "\"a\", \"kind\": \"virtual-network\", \"name\": \"evil\\u001b[2J\\nname\", \"x\": 0, \"y\": 0, "
                + "\"props\": {\"addressSpaces\": [\"10.0.0.0/33\"]}}]}");
        CliTest.Run text = run("validate", named.toString());
        assertFalse(text.out().contains("\u001b") || text.out().contains("evil\u001b"), text.out());
        assertTrue(text.out().contains("evil\\u001b[2J\\nname"), text.out());
        for (String line : text.out().split("\n")) {
            assertTrue(line.startsWith(named.toString()), line);
        }
        CliTest.Run json = run("validate", "--format", "json", named.toString());
        assertTrue(json.out().contains("evil\\u001B[2J\\nname"), json.out());
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aPipeIsRefusedAndNeverRead() throws Exception {
        Path fifo = dir.resolve("pipe.hybridnet.json");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here: no pipe to test with");
        CliTest.Run run = run("validate", fifo.toString());
        assertEquals(2, run.status());
        assertEquals(fifo + ": not a regular file (a device, pipe or socket); diagrams are read from files",
                run.err().strip());
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void outputToAPipeOrDeviceIsRefusedAndNeverReplaced() throws Exception {
        Path input = sample("in.hybridnet.json");
        Path fifo = dir.resolve("out.svg");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here: no pipe to test with");
        CliTest.Run run = run("export", input.toString(), "-o", fifo.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("not a regular file"), run.err());
        assertFalse(Files.isRegularFile(fifo), "the pipe is still a pipe");
        Path device = Path.of("/dev/null");
        if (Files.exists(device)) {
            CliTest.Run toDevice = run("generate", "--spokes", "1", "-o", device.toString());
            assertEquals(2, toDevice.status());
            assertTrue(toDevice.err().contains("not a regular file"), toDevice.err());
            assertFalse(Files.isRegularFile(device));
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void writingThroughASymbolicLinkReplacesItsTargetAndKeepsTheLink() throws IOException {
        Path input = sample("in.hybridnet.json");
        Path real = file("real.svg", "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.svg"), real.getFileName());
        CliTest.Run run = run("export", input.toString(), "-o", link.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        assertTrue(Files.readString(real).startsWith("<?xml") || Files.readString(real).startsWith("<svg"));
    }

    @Test
    void staleTemporaryFilesOfKilledSavesAreRemovedOthersKept() throws IOException {
        Path target = sample("design.hybridnet.json");
        Path dead = file(".design.hybridnet.json.999999999-123.tmp", "half");
        Path old = file(".design.hybridnet.json.4242.tmp", "half");
        Path running = file(".design.hybridnet.json." + ProcessHandle.current().pid() + "-77.tmp", "in progress");
        Path fresh = file(".design.hybridnet.json.999999998-5.tmp", "just now");
        Path foreign = file(".other.json.999999999-1.tmp", "not ours");
        FileTime longAgo = FileTime.from(Instant.now().minusSeconds(7200));
        for (Path p : new Path[] {dead, old, running, foreign}) {
            Files.setLastModifiedTime(p, longAgo);
        }
        new DiagramWriter().save(Samples.load(Sample.HUB_SPOKE), target);
        assertFalse(Files.exists(dead), "a dead process's temporary file goes");
        assertFalse(Files.exists(old), "an old temporary file without a process id goes");
        assertTrue(Files.exists(running), "a running save's file stays");
        assertTrue(Files.exists(fresh), "a file younger than a minute stays");
        assertTrue(Files.exists(foreign), "another file's temporary stays");
    }

    @Test
    void samplesWriteIntoAFileSaysWhy() throws IOException {
        Path file = file("notafolder", "x");
        CliTest.Run run = run("samples", "write", file.toString());
        assertEquals(2, run.status());
        assertEquals(file + ": is a file, not a folder; samples are written into a folder", run.err().strip());
    }

    @Test
    void everySpokeCountGenerateAcceptsIsReadBack() {
        CliTest.Run tooMany = run("generate", "--spokes", "24001", "-o", dir.resolve("g.json").toString());
        assertEquals(2, tooMany.status());
        assertTrue(tooMany.err().contains("between 1 and 24000"), tooMany.err());
    }

    @Test
    void anInternalFailureNamesNoJavaClass() {
        // The handler's line is what users see for a bug: no exception name, a way to get the details.
        CliTest.Run run = run("validate", "--format", "json", dir.resolve("none.json").toString());
        assertEquals(2, run.status());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void anEmptyPathIsNotTheCurrentFolder() {
        CliTest.Run run = run("validate", "");
        assertEquals(2, run.status());
        assertEquals("(empty path): no file named", run.err().strip());
    }
}
