package dev.hybridnet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The filter on JavaFX's logger, fed the way JavaFX logs: through the platform logger named "javafx". */
class JavaFxWarningsTest {

    private final Logger javafx = Logger.getLogger(JavaFxWarnings.LOGGER);
    private final List<String> seen = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            seen.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        javafx.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        javafx.removeHandler(capture);
    }

    @Test
    void theClassPathWarningIsDroppedAndEveryOtherJavaFxMessageStays() {
        JavaFxWarnings.quietUnnamedModuleWarning();
        JavaFxWarnings.quietUnnamedModuleWarning();
        System.Logger logger = System.getLogger("javafx");
        logger.log(System.Logger.Level.WARNING,
                "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @69eee410'");
        logger.log(System.Logger.Level.WARNING, "Unsupported JavaFX configuration: something else");
        logger.log(System.Logger.Level.ERROR, "the toolkit could not start");
        assertEquals(List.of("Unsupported JavaFX configuration: something else", "the toolkit could not start"),
                seen);
    }
}
