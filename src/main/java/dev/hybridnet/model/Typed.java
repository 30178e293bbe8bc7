package dev.hybridnet.model;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of reading a property as a type: present with a value, absent, or invalid with a message a user
 * can act on. Reading never throws, so rules can report a bad value instead of failing.
 */
public sealed interface Typed<T> permits Typed.Present, Typed.Absent, Typed.Invalid {

    record Present<T>(T value) implements Typed<T> {
        public Present {
            Objects.requireNonNull(value, "value");
        }
    }

    record Absent<T>() implements Typed<T> {
    }

    /** {@code problem} reads as a sentence fragment, e.g. "'10.0.0.5/24' is not a network prefix". */
    record Invalid<T>(String problem) implements Typed<T> {
        public Invalid {
            Objects.requireNonNull(problem, "problem");
        }
    }

    static <T> Typed<T> present(T value) {
        return new Present<>(value);
    }

    static <T> Typed<T> absent() {
        return new Absent<>();
    }

    static <T> Typed<T> invalid(String problem) {
        return new Invalid<>(problem);
    }

    /** The value when present; empty when absent or invalid. */
    default Optional<T> toOptional() {
        return this instanceof Present<T> p ? Optional.of(p.value()) : Optional.empty();
    }

    default T orElse(T fallback) {
        return toOptional().orElse(fallback);
    }

    default boolean isPresent() {
        return this instanceof Present;
    }

    default boolean isInvalid() {
        return this instanceof Invalid;
    }

    /** The problem when invalid. */
    default Optional<String> error() {
        return this instanceof Invalid<T> i ? Optional.of(i.problem()) : Optional.empty();
    }

    default <R> Typed<R> map(Function<? super T, ? extends R> mapper) {
        if (this instanceof Present<T> p) {
            return present(mapper.apply(p.value()));
        }
        if (this instanceof Invalid<T> i) {
            return invalid(i.problem());
        }
        return absent();
    }
}
