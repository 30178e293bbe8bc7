package dev.hybridnet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The plain loop that checks ids accepts exactly what the documented pattern accepts. */
class IdsTest {

    @Provide
    Arbitrary<String> nearIds() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("abzAZ09_.-").ofMinLength(0).ofMaxLength(70),
                Arbitraries.strings().withChars("aZ0_.- /:@é\u00A0\u0660`[{").ofMinLength(0).ofMaxLength(70),
                Arbitraries.strings().all().ofMaxLength(80));
    }

    @Property(tries = 3000)
    void theLoopAgreesWithThePattern(@ForAll("nearIds") String id) {
        assertEquals(Ids.ID.matcher(id).matches(), Ids.isValid(id), id);
    }

    @Test
    void boundaries() {
        assertEquals(true, Ids.isValid("a"));
        assertEquals(true, Ids.isValid("x".repeat(64)));
        assertEquals(false, Ids.isValid("x".repeat(65)));
        assertEquals(false, Ids.isValid(""));
        assertEquals(true, Ids.isValid("vnet-hub_1.a"));
        assertEquals(false, Ids.isValid("vnet hub"));
        assertEquals(false, Ids.isValid("\u0661"), "an Arabic-Indic digit is not 0-9");
    }
}
