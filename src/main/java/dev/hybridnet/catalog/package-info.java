/**
 * What each kind of element is: its label, palette group, size, legal parents, default properties and presets,
 * and the table of legal connections. The data lives here once; the palette, the editor, the validator and the
 * renderer read it.
 *
 * <p>Depends on {@code model} and {@code geometry}.
 */
package dev.hybridnet.catalog;
