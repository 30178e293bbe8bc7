package dev.hybridnet;

import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps one known JavaFX warning from the user. The program runs on the class path (see {@link Launcher}), which
 * JavaFX supports but warns about at every start ("Unsupported JavaFX configuration: classes were loaded from
 * 'unnamed module @…'"). JavaFX logs it through the platform logger named {@code javafx}; a filter on that logger
 * drops that one message and lets every other record, of any level, through.
 */
final class JavaFxWarnings {

    /** The logger JavaFX reports through ({@code com.sun.javafx.util.Logging.getJavaFXLogger()}). */
    static final String LOGGER = "javafx";

    /** The start of the warning that is dropped. */
    static final String UNNAMED_MODULE = "Unsupported JavaFX configuration: classes were loaded from 'unnamed module";

    /** Held so that the configured logger is not collected (and its filter lost) before JavaFX asks for it. */
    private static final Logger JAVAFX = Logger.getLogger(LOGGER);

    private JavaFxWarnings() {
    }

    /** Installs the filter; call before the JavaFX toolkit starts. Idempotent; keeps a filter already set. */
    static synchronized void quietUnnamedModuleWarning() {
        Filter existing = JAVAFX.getFilter();
        if (existing instanceof UnnamedModuleFilter) {
            return;
        }
        JAVAFX.setFilter(new UnnamedModuleFilter(existing));
    }

    /** Whether the record is the known class-path warning. */
    static boolean isUnnamedModuleWarning(LogRecord record) {
        String message = record.getMessage();
        return message != null && message.startsWith(UNNAMED_MODULE);
    }

    private record UnnamedModuleFilter(Filter next) implements Filter {
        @Override
        public boolean isLoggable(LogRecord record) {
            return !isUnnamedModuleWarning(record) && (next == null || next.isLoggable(record));
        }
    }
}
