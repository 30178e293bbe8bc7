/**
 * Plain geometry: points, rectangles and the pure functions over them that layout, hit testing and routing use.
 *
 * <p>Depends on the JDK only.
 */
package dev.hybridnet.geometry;
