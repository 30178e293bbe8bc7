package dev.hybridnet.validation;

import java.util.Locale;

/** How much a finding matters: errors fail {@code validate}, warnings and notes do not. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** The lower-case spelling used in text, JSON and SARIF output. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
