/**
 * Exports of a {@link dev.hybridnet.render.Drawing}: standalone SVG 1.1 text, and PNG rendered from that SVG by
 * Batik. Exporters read only the display list, never the diagram, so they show exactly what the canvas shows.
 *
 * <p>Depends on {@code render} and {@code geometry} (not on {@code model}); PNG through Apache Batik.
 */
package dev.hybridnet.export;
