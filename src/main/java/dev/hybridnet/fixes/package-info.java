/**
 * Quick fixes: for a validation finding that has a safe automatic remedy (widen GatewaySubnet to /27, rename a
 * gateway's subnet to GatewaySubnet, set the gateway-transit flags of a hub-spoke peering, remove an NSG from
 * GatewaySubnet), the command that applies it, with a label for buttons and the Edit menu. A fix is an ordinary
 * command, so it goes through the history and undoes like any edit.
 *
 * <p>Depends on {@code model}, {@code catalog}, {@code command} and {@code validation}; never on a toolkit.
 */
package dev.hybridnet.fixes;
