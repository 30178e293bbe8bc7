/**
 * The four bundled reference-architecture samples and the generator of large hub-spoke topologies for stress
 * tests and benchmarks.
 *
 * <p>Depends on {@code model}, {@code catalog}, {@code geometry} and {@code io} (to read the bundled files).
 */
package dev.hybridnet.samples;
