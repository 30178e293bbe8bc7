package dev.hybridnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Objects;

/**
 * For records whose equals and hashCode are written out (for start-up speed): holds them to what a record's own
 * would do, comparing every pair of the samples component by component through the record's accessors.
 */
public final class RecordEquality {

    private RecordEquality() {
    }

    /** Every pair of {@code samples}: equal exactly when all components are, and then with equal hashes. */
    public static void assertValueSemantics(List<? extends Record> samples) {
        for (Record a : samples) {
            assertNotEquals(null, a);
            assertNotEquals(a, new Object());
            for (Record b : samples) {
                boolean same = a.getClass() == b.getClass() && componentsEqual(a, b);
                assertEquals(same, a.equals(b), () -> a + " equals " + b);
                if (same) {
                    assertEquals(a.hashCode(), b.hashCode(), () -> "hashes of " + a + " and " + b);
                }
            }
        }
    }

    private static boolean componentsEqual(Record a, Record b) {
        for (RecordComponent c : a.getClass().getRecordComponents()) {
            try {
                var accessor = c.getAccessor();
                accessor.setAccessible(true);
                // Boxed doubles compare as Double.compare does, as a record's own equals compares them.
                if (!Objects.equals(accessor.invoke(a), accessor.invoke(b))) {
                    return false;
                }
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return true;
    }
}
