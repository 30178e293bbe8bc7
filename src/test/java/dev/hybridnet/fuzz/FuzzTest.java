package dev.hybridnet.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.cli.Cli;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzz harness: thousands of hostile variants of the samples and of the real designs, each run in this process
 * through the command line's {@code validate} and, when it loads, {@code export} to SVG. Every outcome must be
 * one of the two the command line promises: a finding report (exit 0 or 1, nothing on standard error), or exactly
 * one line on standard error that names the file, without Java names, stack traces or control characters (exit
 * 2). Never an internal error, never more than 10 s or 1 GB for one file.
 *
 * <p>{@code -Dfuzz.count=N} runs more (or fewer) files; {@code -Dfuzz.seed=S} another sequence. Failing files
 * are kept under {@code target/fuzz-failures/} to reproduce.
 */
class FuzzTest {

    private static final int COUNT = Integer.getInteger("fuzz.count", 10_000);
    private static final long SEED = Long.getLong("fuzz.seed", 20261206L);
    private static final long MAX_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final long MAX_BYTES = 1L << 30;

    /** A Java class name, an exception or a stack frame: what a user must never see. */
    static final Pattern JAVA_TEXT = Pattern.compile(
            "\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Z][\\w$]*|Exception\\b|\\bError:|\\[Source:|\\bat [\\w.$]+\\(");
    /** Control characters other than the line ends the program writes itself. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f]");

    @TempDir
    Path dir;

    record Outcome(int index, String problem) {
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void hostileFilesGetAReportOrOneClearLine() throws Exception {
        List<byte[]> bases = bases();
        List<Outcome> failures = new ArrayList<>();
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        int reports = 0;
        int refusals = 0;
        for (int i = 0; i < COUNT; i++) {
            byte[] input = new Mutator(SEED * 31 + i).mutate(bases.get(i % bases.size()));
            Path file = dir.resolve("fuzz-" + i + ".hybridnet.json");
            Files.write(file, input);
            long allocated = threads.getThreadAllocatedBytes(thread);
            long start = System.nanoTime();
            String problem;
            try {
                problem = check(file, i);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                problem = "escaped the command line: " + e;
            }
            long nanos = System.nanoTime() - start;
            long bytes = threads.getThreadAllocatedBytes(thread) - allocated;
            if (problem == null && nanos > MAX_NANOS) {
                problem = "took " + TimeUnit.NANOSECONDS.toMillis(nanos) + " ms";
            }
            if (problem == null && bytes > MAX_BYTES) {
                problem = "allocated " + (bytes >> 20) + " MiB";
            }
            if (problem != null) {
                failures.add(new Outcome(i, problem));
                keep(input, i);
            } else if (lastStatus <= 1) {
                reports++;
            } else {
                refusals++;
            }
            Files.delete(file);
        }
        System.out.printf("fuzz: %d files, %d reports, %d refusals, %d failures%n", COUNT, reports, refusals,
                failures.size());
        assertTrue(failures.isEmpty(), failures.size() + " of " + COUNT + " files broke the promise, e.g. "
                + failures.subList(0, Math.min(10, failures.size())));
        // The harness must exercise both outcomes, or it tests nothing.
        assertTrue(reports > COUNT / 20 && refusals > COUNT / 20, reports + " reports, " + refusals + " refusals");
    }

    private int lastStatus;

    /** Runs the file through the command line; null when the outcome is one the command line promises. */
    private String check(Path file, int index) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(new PrintWriter(out), new PrintWriter(err), "validate", file.toString());
        lastStatus = status;
        String problem = promised(file, status, out.toString(), err.toString());
        if (problem != null || status > 1) {
            return problem;
        }
        if (index % 10 == 0) {
            StringWriter json = new StringWriter();
            int jsonStatus = Cli.run(new PrintWriter(json), new PrintWriter(new StringWriter()), "validate",
                    "--format", index % 20 == 0 ? "sarif" : "json", file.toString());
            if (jsonStatus != status) {
                return "the JSON report's status " + jsonStatus + " differs from the text report's " + status;
            }
        }
        Path svg = dir.resolve("fuzz.svg");
        StringWriter exportOut = new StringWriter();
        StringWriter exportErr = new StringWriter();
        int exported = Cli.run(new PrintWriter(exportOut), new PrintWriter(exportErr), "export", file.toString(),
                "-o", svg.toString());
        if (exported != 0) {
            return "export failed (" + exported + "): " + exportErr;
        }
        if (index % 25 == 0) {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                factory.newDocumentBuilder().parse(svg.toFile());
            } catch (Exception e) {
                return "the SVG is not well-formed XML: " + e.getMessage();
            }
        }
        return null;
    }

    /** Null when the run kept the command line's promise for one file. */
    static String promised(Path file, int status, String out, String err) {
        if (status == 0 || status == 1) {
            if (!err.isEmpty()) {
                return "a report with text on standard error: " + err;
            }
            if (!out.contains(file + ": ") || CONTROL.matcher(out).find()) {
                return "a report that does not name the file on every line, or holds control characters: " + out;
            }
            return null;
        }
        if (status != 2) {
            return "exit status " + status + ": " + err;
        }
        if (!out.isEmpty()) {
            return "a refusal with a report on standard output";
        }
        if (!err.endsWith("\n") || err.indexOf('\n') != err.length() - 1) {
            return "not exactly one line: " + err;
        }
        String line = err.substring(0, err.length() - 1);
        if (!line.startsWith(file + ": ")) {
            return "the line does not start with the file: " + line;
        }
        if (JAVA_TEXT.matcher(line).find()) {
            return "the line names Java: " + line;
        }
        if (CONTROL.matcher(line).find()) {
            return "the line holds control characters: " + line;
        }
        return null;
    }

    /** The four samples and the real designs of the corpus. */
    static List<byte[]> bases() throws IOException {
        List<byte[]> bases = new ArrayList<>();
        for (Sample sample : Sample.values()) {
            bases.add(Samples.text(sample).getBytes(StandardCharsets.UTF_8));
        }
        try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "real"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".hybridnet.json")).sorted().toList()) {
                bases.add(Files.readAllBytes(p));
            }
        }
        return bases;
    }

    private static void keep(byte[] input, int index) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "fuzz-failures"));
            Files.write(folder.resolve("fuzz-" + index + ".hybridnet.json"), input);
        } catch (IOException e) {
            // Keeping the file is a help for debugging; the failure itself is reported either way.
        }
    }
}
