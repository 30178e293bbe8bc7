/**
 * HybridNet Designer: design and validate hybrid networks that connect on-premises sites to Azure.
 *
 * <p>The root package holds only the {@link dev.hybridnet.Launcher}; the work is done in the sub-packages, whose
 * dependencies are written in each {@code package-info.java} and enforced by an ArchUnit test.
 */
package dev.hybridnet;
