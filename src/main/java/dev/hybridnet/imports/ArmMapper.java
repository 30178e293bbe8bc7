package dev.hybridnet.imports;

import dev.hybridnet.imports.arm.ArmResource;
import dev.hybridnet.layout.Layout;
import dev.hybridnet.model.Diagram;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns evaluated resources (from a template or Azure's own JSON) into a laid-out diagram and its report: networks
 * first, then gateways, circuits and connections, then what sits in subnets. Every resource is either mapped or
 * counted as skipped; problems from evaluation come first in the report. Resources folded into others, skipped or
 * destroyed before mapping (by a Terraform plan) are counted as their source says.
 */
final class ArmMapper {

    private ArmMapper() {
    }

    static Imported map(String source, String title, Sources sources) {
        List<ArmResource> resources = sources.resources;
        Draft draft = new Draft(sources::label);
        sources.problems.forEach(p -> draft.problem(p.path(), p.message()));
        sources.folded.forEach((type, n) -> draft.mapped(type, n));
        sources.skipped.forEach((type, n) -> draft.skipped(type, n));
        sources.destroyed.forEach(draft::destroyed);
        ResourceIndex index = new ResourceIndex(resources);
        Set<ArmResource> used = new HashSet<>();
        new NetworkMapping(draft, index, used).map(resources);
        new GatewayMapping(draft, index, used).map(resources);
        new ServiceMapping(draft, index, used).map(resources);
        NextHops.resolve(draft);
        for (ArmResource r : resources) {
            if (!used.contains(r)) {
                draft.skipped(r);
            }
        }
        Diagram diagram = new Diagram(title, Optional.empty(), draft.elements(), draft.connections());
        return new Imported(Layout.tidy(diagram), draft.report(source));
    }
}
