package dev.hybridnet.export;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Golden files: expected output kept in the source tree and compared byte for byte. Running the tests with
 * {@code -Dgolden.update=true} rewrites them instead, for a change in the output that is intended (review the
 * diff before committing).
 */
final class Golden {

    static final Path FOLDER = Path.of("src", "test", "resources", "dev", "hybridnet", "export", "golden");
    static final String UPDATE_PROPERTY = "golden.update";
    private static final String HOW_TO_UPDATE = "If the change is intended, regenerate the golden files with "
            + "mvn -B -ntp test -Dtest=SvgGoldenTest -Dgolden.update=true and review the diff.";
    private static final int SHOWN = 160;

    private Golden() {
    }

    static boolean updating() {
        return Boolean.getBoolean(UPDATE_PROPERTY);
    }

    /** Fails unless {@code actual} is byte for byte the golden file {@code name}; rewrites it when updating. */
    static void check(String name, String actual) throws IOException {
        Path file = FOLDER.resolve(name);
        byte[] actualBytes = actual.getBytes(StandardCharsets.UTF_8);
        if (updating()) {
            Files.createDirectories(FOLDER);
            Files.write(file, actualBytes);
            return;
        }
        if (!Files.exists(file)) {
            fail("golden file " + file + " is missing. " + HOW_TO_UPDATE);
        }
        byte[] expected = Files.readAllBytes(file);
        if (!Arrays.equals(expected, actualBytes)) {
            fail(name + " " + firstDifference(new String(expected, StandardCharsets.UTF_8), actual) + "\n"
                    + HOW_TO_UPDATE);
        }
    }

    /** Where two texts first differ, as "differs from its golden file at line N" and the two lines. */
    static String firstDifference(String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
            String el = i < e.size() ? e.get(i) : "<end of file>";
            String al = i < a.size() ? a.get(i) : "<end of file>";
            if (!el.equals(al)) {
                int column = 0;
                while (column < el.length() && column < al.length() && el.charAt(column) == al.charAt(column)) {
                    column++;
                }
                return "differs from its golden file at line " + (i + 1) + ", column " + (column + 1) + ":\n"
                        + "  golden: " + excerpt(el, column) + "\n  actual: " + excerpt(al, column);
            }
        }
        return "differs from its golden file only in line endings";
    }

    private static String excerpt(String line, int column) {
        int from = Math.max(0, Math.min(column - SHOWN / 2, line.length() - SHOWN));
        int to = Math.min(line.length(), from + SHOWN);
        return (from > 0 ? "..." : "") + line.substring(from, to) + (to < line.length() ? "..." : "");
    }
}
