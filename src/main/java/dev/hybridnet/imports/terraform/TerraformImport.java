package dev.hybridnet.imports.terraform;

import dev.hybridnet.imports.arm.ArmResource;
import dev.hybridnet.imports.arm.Deployment;
import java.util.List;
import java.util.Map;

/**
 * What a Terraform plan or state gives the ARM mapping: the azurerm resources as the ARM resources they stand for
 * (each with its Terraform address as its path), the Terraform type to report each under ({@code labels}, by
 * address), the resources folded into others (an NSG association into its subnet, a route into its table) and
 * counted as mapped, those skipped by type, those the plan destroys by type, and notes: values known only after
 * apply, and resources that could not be read or placed, each at its Terraform address
 * ({@code module.hub.azurerm_public_ip.gw.ip_address}).
 */
public record TerraformImport(List<ArmResource> resources, Map<String, String> labels, Map<String, Integer> folded,
        Map<String, Integer> skipped, Map<String, Integer> destroyed, List<Deployment.Problem> notes) {

    public TerraformImport {
        resources = List.copyOf(resources);
        labels = Map.copyOf(labels);
        folded = Map.copyOf(folded);
        skipped = Map.copyOf(skipped);
        destroyed = Map.copyOf(destroyed);
        notes = List.copyOf(notes);
    }
}
