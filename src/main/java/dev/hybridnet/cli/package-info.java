/**
 * The command line ({@code hybridnet validate}, {@code samples}, {@code generate}), built with picocli. Every
 * command works headless, so the same checks run on a laptop and in CI.
 *
 * <p>Depends on every core package; never on {@code app}.
 */
package dev.hybridnet.cli;
