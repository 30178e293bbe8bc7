package dev.hybridnet.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;

/**
 * Jackson's pretty printer set to the canonical layout: two-space indent, {@code "\n"} line ends on every
 * platform, {@code "key": value} with no space before the colon, and {@code []} / {@code {}} for empty containers.
 */
final class CanonicalPrettyPrinter extends DefaultPrettyPrinter {

    private static final long serialVersionUID = 1L;

    CanonicalPrettyPrinter() {
        super(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        indentObjectsWith(indenter);
        indentArraysWith(indenter);
    }

    private CanonicalPrettyPrinter(CanonicalPrettyPrinter base) {
        super(base);
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
        return new CanonicalPrettyPrinter(this);
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        // A single document per file: nothing between root values.
    }
}
