package dev.hybridnet.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import java.util.Optional;

/**
 * The byte streams a command reads a design from ({@code -} as input) and writes a picture to ({@code -o -}). The
 * text streams stay picocli's; {@code out} is absent when the caller gave only a text writer, so that only SVG (text)
 * can go to standard output then.
 */
record Streams(InputStream in, Optional<OutputStream> out) {

    Streams {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
    }

    /** The process's standard input, and no byte stream for standard output. */
    static Streams textOnly() {
        return new Streams(System.in, Optional.empty());
    }
}
