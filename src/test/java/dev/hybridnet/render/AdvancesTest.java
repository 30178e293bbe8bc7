package dev.hybridnet.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The byte-by-byte reading of the advance table gives what reading it line by line with the string functions does. */
class AdvancesTest {

    @Test
    void theBundledTableReadsAsWithStringFunctions() throws IOException {
        byte[] text;
        try (InputStream in = Advances.class.getResourceAsStream("advances.txt")) {
            text = in.readAllBytes();
        }
        List<int[]> expected = new ArrayList<>();
        for (String line : new String(text, StandardCharsets.US_ASCII).split("\n")) {
            if (!line.isEmpty() && line.charAt(0) != '#') {
                String[] f = line.split(" ");
                expected.add(new int[] {Integer.parseInt(f[0], 16), Integer.parseInt(f[1], 16),
                    Integer.parseInt(f[2]), Integer.parseInt(f[3])});
            }
        }
        List<int[]> parsed = Advances.parse(text);
        assertEquals(expected.size(), parsed.size());
        assertEquals(true, parsed.size() > 3000, "the table covers thousands of runs");
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), parsed.get(i), "run " + i);
        }
    }

    @Test
    void readsHexadecimalAndDecimalFieldsWithOrWithoutAFinalLineFeed() {
        List<int[]> runs = Advances.parse(bytes("# comment\n\n41 5a 1366 1479\nff 1f600 2048 10\n"));
        assertEquals(2, runs.size());
        assertArrayEquals(new int[] {0x41, 0x5a, 1366, 1479}, runs.get(0));
        assertArrayEquals(new int[] {0xff, 0x1f600, 2048, 10}, runs.get(1));
        assertArrayEquals(new int[] {1, 2, 3, 4}, Advances.parse(bytes("1 2 3 4")).get(0));
    }

    @Test
    void aDamagedTableIsRefusedWithItsLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Advances.parse(bytes("41 5a 1 2\n41 5a 1366\n")));
        assertEquals("advances.txt, line 2: expected four numbers", e.getMessage());
        assertThrows(IllegalStateException.class, () -> Advances.parse(bytes("41 5a 1366 x\n")));
        assertThrows(IllegalStateException.class, () -> Advances.parse(bytes("41  5a 1 2\n")));
        assertThrows(IllegalStateException.class, () -> Advances.parse(bytes("41 5a 1 2 3\n")));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
