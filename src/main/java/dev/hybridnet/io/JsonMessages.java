package dev.hybridnet.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON parser's complaints in our own words. Jackson's messages name its stream types ("[Source:
 * (sun.nio.ch.ChannelInputStream); ...]"), its classes and its configuration; none of that may reach a user.
 */
final class JsonMessages {

    private static final Pattern START_MARKER = Pattern.compile(
            "expected close marker for (\\w+) \\(start marker at \\[Source: .*?line: (\\d+), column: (\\d+)\\]\\)");
    private static final Pattern FOR_STARTING = Pattern.compile(
            "\\s*\\(for (\\w+) starting at \\[Source: .*?line: (\\d+), column: (\\d+)\\]\\)");
    private static final Pattern SOURCE = Pattern.compile("\\s*(at )?\\[Source: .*?line: \\d+, column: \\d+\\]");
    /** A Java class name, qualified ("com.fasterxml.jackson.databind.JsonNode") or a Jackson feature. */
    private static final Pattern JAVA_NAME = Pattern.compile(
            "\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Za-z_$][\\w$]*|\\b\\w+(?:Feature|Exception|Error)\\b");

    private JsonMessages() {
    }

    /** One line that says what is wrong with the JSON, without the place (the caller gives it). */
    static String plain(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        Matcher marker = START_MARKER.matcher(message);
        if (marker.find()) {
            return "the file ends before the " + marker.group(1).toLowerCase(java.util.Locale.ROOT)
                    + " that starts at line " + marker.group(2) + ", column " + marker.group(3) + " is closed";
        }
        if (e instanceof JsonEOFException) {
            return "the file ends in the middle of the document";
        }
        message = FOR_STARTING.matcher(message).replaceAll(m -> " (in the " + m.group(1).toLowerCase(
                java.util.Locale.ROOT) + " that starts at line " + m.group(2) + ", column " + m.group(3) + ")");
        message = SOURCE.matcher(message).replaceAll("");
        if (message.isBlank() || JAVA_NAME.matcher(message).find()) {
            return "the text is not valid JSON here";
        }
        return message.strip();
    }
}
