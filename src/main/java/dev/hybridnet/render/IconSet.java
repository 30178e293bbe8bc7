package dev.hybridnet.render;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The project's own icons, drawn as SVG files under {@code assets/icons/} and bundled as resources. Each file is
 * a 48 x 48 SVG of filled paths only (see assets/icons/README.md), which every painter can draw: the SVG writer
 * copies the paths, the canvas appends them to its path. A missing or unreadable icon is drawn as a plain square
 * so that rendering never fails. The icons are read from the index the build makes of the files ({@link IconIndex});
 * an icon the index lacks (running from sources without the build) is read from its file.
 */
public final class IconSet {

    private static final String FOLDER = "/dev/hybridnet/icons/";
    private static final Map<String, IconGlyph> CACHE = new ConcurrentHashMap<>();

    private IconSet() {
    }

    public static IconGlyph glyph(String name) {
        return CACHE.computeIfAbsent(name, n -> load(n).orElseGet(() -> placeholder(n)));
    }

    /** True when the icon is bundled and well-formed. */
    public static boolean exists(String name) {
        return EXISTS.computeIfAbsent(name, n -> load(n).isPresent());
    }

    private static final Map<String, Boolean> EXISTS = new ConcurrentHashMap<>();

    /** The index the build wrote ({@link IconIndex}); empty where there is none (sources run without the build). */
    private static final class Index {
        static final Map<String, IconGlyph> GLYPHS = read();

        private static Map<String, IconGlyph> read() {
            try (InputStream in = IconSet.class.getResourceAsStream(FOLDER + IconIndex.RESOURCE)) {
                return in == null ? Map.of()
                        : IconIndex.read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException | IllegalArgumentException e) {
                return Map.of();
            }
        }
    }

    static Optional<IconGlyph> load(String name) {
        IconGlyph indexed = Index.GLYPHS.get(name);
        if (indexed != null) {
            return Optional.of(indexed);
        }
        return loadFile(name);
    }

    /** The icon read from its SVG file. */
    static Optional<IconGlyph> loadFile(String name) {
        try (InputStream in = IconSet.class.getResourceAsStream(FOLDER + name + ".svg")) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(parse(name, in));
        } catch (IOException | SAXException | IllegalArgumentException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /**
     * One parser a thread, made from the JDK's own factory. {@code newDefaultInstance} rather than
     * {@code newInstance}: the latter searches every jar of the class path for another implementation, and that
     * search, with a new factory and parser for each icon, took longer than reading all the icons of a picture.
     */
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(IconSet::newBuilder);

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
        }
    }

    static IconGlyph parse(String name, InputStream in) throws IOException, SAXException {
        DocumentBuilder builder = BUILDER.get();
        builder.reset();
        Document document = builder.parse(in);
        NodeList nodes = document.getDocumentElement().getChildNodes();
        List<IconGlyph.IconPath> paths = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element e) {
                if (!"path".equals(e.getLocalName())) {
                    throw new IllegalArgumentException(name + ": only <path> elements are allowed");
                }
                paths.add(new IconGlyph.IconPath(e.getAttribute("d"), Color.hex(e.getAttribute("fill")),
                        "evenodd".equals(e.getAttribute("fill-rule"))));
            }
        }
        return IconGlyph.of(name, paths);
    }

    private static IconGlyph placeholder(String name) {
        return IconGlyph.of(name, List.of(new IconGlyph.IconPath("M8 8H40V40H8Z M12 12V36H36V12Z",
                Color.rgb(0x8A8A8A), true)));
    }
}
