package dev.hybridnet.command;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import java.util.Locale;

/**
 * How labels and refusals name things, from the catalog's display names: "a virtual machine", "an ExpressRoute
 * gateway", "the on-premises network", "subnet snet-web", "3 elements". Shared by commands and tools so that the
 * Edit menu and the status bar speak alike.
 */
public final class Wording {

    private Wording() {
    }

    /** The name users see: the element's name, or its id when the name is blank. */
    public static String label(Element e) {
        return e.name().isBlank() ? e.id() : e.name();
    }

    /** The kind as it reads inside a sentence: "virtual machine", "VPN gateway". */
    public static String kind(ElementKind kind) {
        return Catalog.inSentence(Catalog.of(kind).displayName());
    }

    /** The kind with its indefinite article: "a virtual machine", "an ExpressRoute gateway". */
    public static String aKind(ElementKind kind) {
        return withArticle(kind(kind));
    }

    /** "a subnet", "an on-premises network". */
    public static String withArticle(String phrase) {
        boolean vowel = !phrase.isEmpty() && "aeiouAEIOU".indexOf(phrase.charAt(0)) >= 0;
        return (vowel ? "an " : "a ") + phrase;
    }

    /**
     * An element as the object of a sentence: "the on-premises network" when its name is its kind, "GatewaySubnet"
     * when its name already says what it is, and "virtual network vnet-app" otherwise.
     */
    public static String describe(Element e) {
        String kind = kind(e.kind());
        String name = label(e);
        String lowerName = name.toLowerCase(Locale.ROOT);
        String lowerKind = kind.toLowerCase(Locale.ROOT);
        if (lowerName.equals(lowerKind)) {
            return "the " + kind;
        }
        return lowerName.contains(lowerKind) ? name : kind + " " + name;
    }

    /**
     * What a diagram holds, as the status bar and the inspector say it: "12 elements, 8 connections", then ", 2
     * annotations" when it has notes or groups, which are not elements of the design.
     */
    public static String contents(dev.hybridnet.model.Diagram d) {
        long annotations = d.elements().stream().filter(e -> e.kind().isAnnotation()).count();
        return count((int) (d.elements().size() - annotations), "element") + ", "
                + count(d.connections().size(), "connection")
                + (annotations == 0 ? "" : ", " + count((int) annotations, "annotation"));
    }

    /** "1 element", "3 elements". */
    public static String count(int n, String noun) {
        return dev.hybridnet.model.Counted.of(n, noun);
    }

    /** The phrase with its first letter in upper case, to start a sentence. */
    public static String capitalized(String phrase) {
        return phrase.isEmpty() ? phrase : Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }
}
