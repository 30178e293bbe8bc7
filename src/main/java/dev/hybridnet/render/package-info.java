/**
 * Rendering: turns a diagram (and the editor's decorations: selection, findings, previews) into a
 * {@link dev.hybridnet.render.Drawing}, an ordered display list of shape records. The canvas paints it and every
 * exporter writes it, so what the user sees is what is exported. Geometry is resolved here (arrow shafts and heads,
 * path segments), so a back end only translates primitives. The {@link dev.hybridnet.render.Scene}, the diagram
 * drawn before decorations, is what the editor hit-tests against. Also holds the icon set and the card layout.
 *
 * <p>Depends on {@code model}, {@code catalog}, {@code validation} and {@code geometry}; never on a toolkit.
 */
package dev.hybridnet.render;
