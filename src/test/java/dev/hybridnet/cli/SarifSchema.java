package dev.hybridnet.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The SARIF 2.1.0 JSON Schema is not ours to ship, so CI fetches it (from the npm package that bundles it) into
 * {@code build/sarif/sarif-2.1.0.json} before the tests; see .ci/run. Outside CI the schema check runs when the
 * file is there. In CI a missing schema fails the test rather than skipping the check.
 */
final class SarifSchema {

    static final Path LOCATION = Path.of("build/sarif/sarif-2.1.0.json");

    private SarifSchema() {
    }

    static Optional<Path> find() {
        if (Files.isRegularFile(LOCATION)) {
            return Optional.of(LOCATION);
        }
        if ("true".equals(System.getenv("CI"))) {
            fail("CI must provide the SARIF schema at " + LOCATION + " (.ci/run fetches it)");
        }
        return Optional.empty();
    }
}
