/**
 * Import of what already describes a network: ARM templates (run offline by {@code imports.arm}) and Azure's own
 * resource JSON become a diagram, laid out by {@code layout}, with a report of what was mapped, implied, skipped and
 * not evaluated ({@link dev.hybridnet.imports.Importer}). Core: no toolkit; reads foreign JSON with Jackson.
 */
package dev.hybridnet.imports;
