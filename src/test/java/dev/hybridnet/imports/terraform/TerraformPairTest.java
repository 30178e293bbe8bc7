package dev.hybridnet.imports.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.imports.Imported;
import dev.hybridnet.imports.Importer;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.validation.Finding;
import dev.hybridnet.validation.ValidationReport;
import dev.hybridnet.validation.Validator;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * One design written twice, as an ARM template and as the plan Terraform makes of the same network: both import to
 * the same diagram (the same elements in the same places, the same connections) and so get the same findings.
 */
class TerraformPairTest {

    private static final Path PAIR = Path.of("src/test/resources/import/terraform/pair");

    @Test
    void anArmTemplateAndATerraformPlanOfOneDesignGetTheSameFindings() throws Exception {
        Imported arm = Importer.importFile(PAIR.resolve("hub-spoke-vpn.arm.json"), Optional.empty());
        Imported plan = Importer.importFile(PAIR.resolve("hub-spoke-vpn.plan.json"), Optional.empty());
        assertEquals(shape(arm.diagram()), shape(plan.diagram()));
        ValidationReport a = new Validator().validate(arm.diagram());
        ValidationReport b = new Validator().validate(plan.diagram());
        assertEquals(findings(a), findings(b));
        assertTrue(!findings(a).isEmpty(), "the design has findings to compare (an unfinished hub-spoke)");
    }

    /** Every element as kind, name, parent's name and properties; every connection as kind and the ends' names. */
    static TreeSet<String> shape(Diagram d) {
        TreeSet<String> lines = new TreeSet<>();
        for (Element e : d.elements()) {
            String parent = e.parent().flatMap(d::element).map(Element::name).orElse("-");
            lines.add(e.kind() + " " + e.name() + " in " + parent + " " + e.props().values());
        }
        for (Connection c : d.connections()) {
            lines.add(c.kind() + " " + name(d, c.from()) + " -> " + name(d, c.to()) + " " + c.props().values());
        }
        return lines;
    }

    private static String name(Diagram d, String id) {
        return d.element(id).map(Element::name).orElse(id);
    }

    static List<String> findings(ValidationReport r) {
        return r.findings().stream().map(Finding::toString).sorted().toList();
    }
}
