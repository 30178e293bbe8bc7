package dev.hybridnet.imports.arm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * A parsed template language expression (the text between the brackets of {@code "[...]"}): a literal, a function
 * call, a property access ({@code .name}) or an index ({@code [expr]}). {@code source} is the expression's own text,
 * kept for messages and for the placeholders of values that cannot be known offline.
 */
sealed interface Expr permits Expr.Literal, Expr.Call, Expr.Property, Expr.Index {

    String source();

    /** A string or number written in the expression. */
    record Literal(JsonNode value, String source) implements Expr {
        public Literal {
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code name(args...)}; names are case-insensitive, as in Azure. */
    record Call(String name, List<Expr> args, String source) implements Expr {
        public Call {
            Objects.requireNonNull(name, "name");
            args = List.copyOf(args);
        }
    }

    /** {@code target.name}. */
    record Property(Expr target, String name, String source) implements Expr {
    }

    /** {@code target[index]}. */
    record Index(Expr target, Expr index, String source) implements Expr {
    }
}
