/**
 * The diagram model: immutable {@link dev.hybridnet.model.Diagram}, {@link dev.hybridnet.model.Element} and
 * {@link dev.hybridnet.model.Connection} values, the closed sets of kinds, and typed, non-throwing access to
 * per-kind properties through the keys of {@link dev.hybridnet.model.Keys}, where every property name is spelled.
 *
 * <p>Depends on {@code geometry} and, for address parsing, the IPAddress library. It knows nothing of files,
 * rules or user interfaces.
 */
package dev.hybridnet.model;
