package dev.hybridnet.model;

/** Counts in words, singular or plural as the number needs: "1 element", "2 elements", "0 connections". */
public final class Counted {

    private Counted() {
    }

    /** {@code n} and the noun, with an "s" unless {@code n} is one. */
    public static String of(long n, String noun) {
        return of(n, noun, noun + "s");
    }

    /** {@code n} and the singular or the plural given. */
    public static String of(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
