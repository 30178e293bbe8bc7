package dev.hybridnet.imports.arm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** What an expression can ask of the template around it: its parameters, its variables and the loop it is in. */
interface Scope {

    /** The value of parameter {@code name}: given, defaulted, or unknown when neither. */
    JsonNode parameter(String name);

    /** The value of variable {@code name}, evaluated in the template's scope. */
    JsonNode variable(String name);

    /** The index of the current iteration of loop {@code loop} (the innermost one when empty). */
    int copyIndex(Optional<String> loop);

    /** The folder of the template being evaluated, where its own relative links start; empty when unknown. */
    default Optional<java.nio.file.Path> folder() {
        return Optional.empty();
    }
}
