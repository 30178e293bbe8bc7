package dev.hybridnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The launchers, the installers and the benchmarks run the program with the same Java options. */
class JvmOptionsTest {

    private static List<String> fileOptions() throws IOException {
        return fileOptions("jvm.options");
    }

    private static List<String> fileOptions(String name) throws IOException {
        return Files.readAllLines(Path.of("packaging", name)).stream()
                .map(line -> line.replaceAll("#.*", "").strip())
                .filter(line -> !line.isEmpty())
                .toList();
    }

    @Test
    void theConstantsAreTheOptionsFiles() throws IOException {
        assertEquals(fileOptions("jvm.options"), JvmOptions.WINDOW);
        assertEquals(fileOptions("jvm-cli.options"), JvmOptions.CLI);
        assertEquals(fileOptions("jvm-linux.options"), JvmOptions.LINUX);
    }

    @Test
    void everyLauncherPassesTheOptionsFile() throws IOException {
        String script = Files.readString(Path.of("hybridnet"));
        assertTrue(script.contains("packaging/jvm.options") && script.contains("packaging/jvm-cli.options"),
                "./hybridnet reads both options files");
        String build = Files.readString(Path.of("packaging", "build.sh"));
        assertTrue(build.contains("packaging/jvm.options") && build.contains("--java-options"),
                "the installers pass packaging/jvm.options to jpackage");
        assertTrue(script.contains("packaging/jvm-linux.options") && build.contains("packaging/jvm-linux.options"),
                "./hybridnet and the Linux installers add packaging/jvm-linux.options");
        assertTrue(build.contains("packaging/jvm-cli.options") && build.contains("--add-launcher hybridnet-cli"),
                "the installers' command-line launcher passes packaging/jvm-cli.options");
        String pom = Files.readString(Path.of("pom.xml"));
        for (String option : fileOptions()) {
            assertTrue(pom.contains("<option>" + option + "</option>"), "mvn javafx:run passes " + option);
        }
    }

    @Test
    void everyBenchmarkForksWithTheShippedOptions() throws IOException {
        try (var files = Files.walk(Path.of("src", "jmh", "java"))) {
            List<Path> benchmarks = files.filter(p -> p.toString().endsWith("Benchmark.java")).toList();
            assertTrue(benchmarks.size() >= 4, "the benchmarks are found");
            for (Path p : benchmarks) {
                String text = Files.readString(p);
                assertTrue(text.contains("JvmOptions.GC"), p + " forks with the shipped collector");
            }
        }
    }
}
