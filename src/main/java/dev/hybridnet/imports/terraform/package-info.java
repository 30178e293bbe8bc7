/**
 * Terraform's JSON for the azurerm provider: the output of {@code terraform show -json} on a saved plan
 * ({@code planned_values}, {@code resource_changes}, {@code configuration}) or on a state ({@code values}), read
 * module by module ({@link dev.hybridnet.imports.terraform.TerraformJson}). Each azurerm resource becomes the ARM
 * resource it stands for ({@code AzurermResources}), so the ARM importer's mapping serves both; ids a plan does not
 * know yet are built from names, or found through the configuration's references. Values known only after apply
 * stay {@link dev.hybridnet.imports.arm.Unknown}.
 */
package dev.hybridnet.imports.terraform;
