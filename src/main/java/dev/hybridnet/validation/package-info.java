/**
 * Validation: the rule engine, the rules that check a diagram against Azure's constraints and the four reference
 * architectures, recognition of those architectures, and the connection policy the editor asks before drawing.
 * Every rule is a pure function of the diagram; output order is deterministic.
 *
 * <p>Depends on {@code model}, {@code catalog} and {@code geometry}; CIDR math through the IPAddress library.
 */
package dev.hybridnet.validation;
