package dev.hybridnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference windows of {@code tools/startup-time.sh} (a bare JavaFX window, and the designer's canvas with the
 * diagram alone) are compiled by the script against the build's jar, outside Maven: this test compiles them against
 * the program's classes, so that a change to the classes they use breaks the build and not the next measurement.
 */
class StartupToolsTest {

    private static final Path TOOLS = Path.of("tools", "startup-floor");

    @Test
    void theReferenceWindowsOfTheStartUpScriptCompileAgainstTheProgram(@TempDir Path out) throws IOException {
        List<String> sources;
        try (Stream<Path> files = Files.list(TOOLS)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).sorted().toList();
        }
        assertEquals(List.of(TOOLS.resolve("BareWindow.java").toString(),
                TOOLS.resolve("DiagramOnlyWindow.java").toString()), sources);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "a JDK's compiler");
        List<String> args = new ArrayList<>(List.of("-nowarn", "-proc:none", "-d", out.toString(), "-cp",
                System.getProperty("java.class.path")));
        args.addAll(sources);
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(messages, true, StandardCharsets.UTF_8);
        int status = javac.run(null, err, err, args.toArray(String[]::new));
        assertEquals(0, status, messages.toString(StandardCharsets.UTF_8));
        assertTrue(Files.isRegularFile(out.resolve("BareWindow.class")));
        assertTrue(Files.isRegularFile(out.resolve("dev/hybridnet/app/DiagramOnlyWindow.class")));
    }
}
