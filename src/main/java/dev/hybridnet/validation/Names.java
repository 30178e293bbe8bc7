package dev.hybridnet.validation;

import dev.hybridnet.model.Element;
import java.util.ArrayList;
import java.util.List;

/** Lists of element names for messages, cut short on large designs: "a, b, c and 97 more". */
final class Names {

    private Names() {
    }

    /** The labels of the first {@code most} elements, then how many more there are. */
    static String some(List<Element> elements, int most) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Math.min(most, elements.size()); i++) {
            names.add(Facts.label(elements.get(i)));
        }
        String listed = String.join(", ", names);
        return elements.size() > most ? listed + " and " + (elements.size() - most) + " more" : listed;
    }

    /** The ids of the first {@code most} elements, for a finding's element list. */
    static List<String> ids(List<Element> elements, int most) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < Math.min(most, elements.size()); i++) {
            ids.add(elements.get(i).id());
        }
        return ids;
    }
}
