package dev.hybridnet.imports.arm;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the template language: {@code "[concat(parameters('prefix'), '-vnet')]"}. A string value is an expression
 * when it starts with {@code [} and ends with {@code ]}; {@code [[} at the start escapes a literal bracket. Strings
 * are quoted with single quotes, a doubled quote standing for one. Recursive descent over the characters; nesting is
 * limited so that no input can exhaust the stack.
 */
final class ExpressionParser {

    /** Deeper than any real template; deeper input is refused, not followed. */
    static final int MAX_DEPTH = 64;

    private final String text;
    private int at;
    private int depth;

    private ExpressionParser(String text) {
        this.text = text;
    }

    /** True when {@code value} is an expression rather than a plain string. */
    static boolean isExpression(String value) {
        return value.length() >= 2 && value.charAt(0) == '[' && value.charAt(value.length() - 1) == ']'
                && !value.startsWith("[[");
    }

    /** A plain string as the template means it: {@code "[[x]"} stands for {@code "[x]"}. */
    static String unescape(String value) {
        return value.startsWith("[[") ? value.substring(1) : value;
    }

    /** Parses the inside of {@code "[...]"} (the brackets stripped by the caller). */
    static Expr parse(String inside) {
        ExpressionParser p = new ExpressionParser(inside);
        p.skipSpace();
        Expr e = p.expression();
        p.skipSpace();
        if (p.at < p.text.length()) {
            throw p.error("unexpected '" + p.text.charAt(p.at) + "'");
        }
        return e;
    }

    private Expr expression() {
        if (++depth > MAX_DEPTH) {
            throw error("nested more than " + MAX_DEPTH + " deep");
        }
        int start = at;
        Expr e = primary();
        while (true) {
            skipSpace();
            if (peek('.')) {
                at++;
                skipSpace();
                String name = identifier();
                e = new Expr.Property(e, name, text.substring(start, at));
            } else if (peek('[')) {
                at++;
                skipSpace();
                Expr index = expression();
                skipSpace();
                expect(']');
                e = new Expr.Index(e, index, text.substring(start, at));
            } else {
                break;
            }
        }
        depth--;
        return e;
    }

    private Expr primary() {
        int start = at;
        if (at >= text.length()) {
            throw error("the expression ends too early");
        }
        char c = text.charAt(at);
        if (c == '\'') {
            return new Expr.Literal(JsonNodeFactory.instance.textNode(string()), text.substring(start, at));
        }
        if (c == '-' || Character.isDigit(c)) {
            return number(start);
        }
        if (Character.isLetter(c) || c == '_') {
            String name = identifier();
            skipSpace();
            expect('(');
            List<Expr> args = new ArrayList<>();
            skipSpace();
            if (!peek(')')) {
                while (true) {
                    skipSpace();
                    args.add(expression());
                    skipSpace();
                    if (peek(',')) {
                        at++;
                        continue;
                    }
                    break;
                }
            }
            expect(')');
            return new Expr.Call(name, args, text.substring(start, at));
        }
        throw error("unexpected '" + c + "'");
    }

    private Expr number(int start) {
        at++;
        while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
            at++;
        }
        String digits = text.substring(start, at);
        try {
            if (digits.contains(".")) {
                return new Expr.Literal(JsonNodeFactory.instance.numberNode(new java.math.BigDecimal(digits)),
                        digits);
            }
            long n = Long.parseLong(digits);
            return new Expr.Literal(n == (int) n ? JsonNodeFactory.instance.numberNode((int) n)
                    : JsonNodeFactory.instance.numberNode(n), digits);
        } catch (NumberFormatException e) {
            throw error("'" + digits + "' is not a number");
        }
    }

    private String string() {
        StringBuilder b = new StringBuilder();
        at++;
        while (true) {
            if (at >= text.length()) {
                throw error("a string is not closed");
            }
            char c = text.charAt(at++);
            if (c == '\'') {
                if (peek('\'')) {
                    b.append('\'');
                    at++;
                } else {
                    return b.toString();
                }
            } else {
                b.append(c);
            }
        }
    }

    private String identifier() {
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_'
                || text.charAt(at) == '$')) {
            at++;
        }
        if (start == at) {
            throw error(at < text.length() ? "unexpected '" + text.charAt(at) + "'" : "a name is missing at the end");
        }
        return text.substring(start, at);
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error(at < text.length() ? "expected '" + c + "' but found '" + text.charAt(at) + "'"
                    : "expected '" + c + "' but the expression ends");
        }
        at++;
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private ArmException error(String problem) {
        return new ArmException("cannot read the expression [" + shorten(text) + "]: " + problem + " at character "
                + (at + 1));
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
