package dev.hybridnet.imports;

import dev.hybridnet.imports.arm.ArmResource;
import dev.hybridnet.imports.arm.Deployment;
import dev.hybridnet.imports.terraform.TerraformImport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the files of one import gave, before mapping: the resources in ARM's terms, the problems met while reading
 * them, and what a Terraform plan or state adds: the Terraform type each resource is reported under (by its
 * address), resources folded into others, skipped or destroyed by the plan.
 */
final class Sources {

    final List<ArmResource> resources = new ArrayList<>();
    final List<ImportReport.Problem> problems = new ArrayList<>();
    final Map<String, Integer> folded = new LinkedHashMap<>();
    final Map<String, Integer> skipped = new LinkedHashMap<>();
    final Map<String, Integer> destroyed = new LinkedHashMap<>();
    private final Map<String, String> labels = new HashMap<>();

    void add(TerraformImport t) {
        resources.addAll(t.resources());
        labels.putAll(t.labels());
        t.folded().forEach((type, n) -> folded.merge(type, n, Integer::sum));
        t.skipped().forEach((type, n) -> skipped.merge(type, n, Integer::sum));
        t.destroyed().forEach((type, n) -> destroyed.merge(type, n, Integer::sum));
        t.notes().forEach(n -> problems.add(new ImportReport.Problem(n.path(), n.message())));
    }

    /** The type a resource is reported under: its Terraform type when it came from Terraform, else its ARM type. */
    String label(ArmResource r) {
        return labels.getOrDefault(r.path(), r.type());
    }
}
