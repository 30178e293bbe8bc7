package dev.hybridnet.io;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the line on which each element or connection id is defined in a file's text, so that reports can point
 * editors and code-scanning views at it. Works on the text, so it needs no second parse; where an id appears as
 * {@code "id": "x"} several times, the first line wins.
 */
public final class IdLines {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([A-Za-z0-9_.-]{1,64})\"");

    private IdLines() {
    }

    public static Map<String, Integer> of(String text) {
        Map<String, Integer> lines = new HashMap<>();
        int line = 1;
        int lineStart = 0;
        Matcher m = ID.matcher(text);
        while (m.find()) {
            for (int i = lineStart; i < m.start(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            lineStart = m.start();
            lines.putIfAbsent(m.group(1), line);
        }
        return lines;
    }
}
