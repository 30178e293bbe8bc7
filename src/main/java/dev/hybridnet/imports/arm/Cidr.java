package dev.hybridnet.imports.arm;

import static dev.hybridnet.imports.arm.Functions.JSON;
import static dev.hybridnet.imports.arm.Functions.integer;
import static dev.hybridnet.imports.arm.Functions.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.math.BigInteger;
import java.util.List;

/** {@code cidrSubnet}, {@code cidrHost} and {@code parseCidr}, computed with the IPAddress library. */
final class Cidr {

    private Cidr() {
    }

    static JsonNode call(String name, List<JsonNode> args, Expr.Call call) {
        Functions.arity(call, name.equals("parsecidr") ? 1 : 2, name.equals("cidrsubnet") ? 3 : 2);
        IPAddress network = network(text(args.get(0), call), call);
        return switch (name) {
            case "cidrsubnet" -> subnet(network, integer(args.get(1), call), integer(args.get(2), call), call);
            case "cidrhost" -> host(network, integer(args.get(1), call), call);
            default -> parse(network);
        };
    }

    private static IPAddress network(String cidr, Expr.Call call) {
        IPAddress a = new IPAddressString(cidr).getAddress();
        if (a == null || a.getNetworkPrefixLength() == null) {
            throw new ArmException("'" + cidr + "' is not an address range in CIDR notation, in [" + call.source()
                    + "]");
        }
        return a.toPrefixBlock();
    }

    private static JsonNode subnet(IPAddress network, int bits, int index, Expr.Call call) {
        int prefix = network.getNetworkPrefixLength();
        if (bits < prefix || bits > network.getBitCount() || index < 0
                || BigInteger.valueOf(index).bitLength() > bits - prefix) {
            throw new ArmException("cidrSubnet cannot make subnet " + index + " of /" + bits + " in " + network
                    + ", in [" + call.source() + "]");
        }
        BigInteger start = network.getValue().add(BigInteger.valueOf(index).shiftLeft(network.getBitCount() - bits));
        return JSON.textNode(address(network, start).setPrefixLength(bits, false).toPrefixBlock().toString());
    }

    private static JsonNode host(IPAddress network, int index, Expr.Call call) {
        BigInteger host = network.getValue().add(BigInteger.valueOf(index + 1L));
        if (index < 0 || host.compareTo(network.getUpperValue()) >= 0) {
            throw new ArmException("cidrHost has no host " + index + " in " + network + ", in [" + call.source()
                    + "]");
        }
        return JSON.textNode(address(network, host).withoutPrefixLength().toCanonicalString());
    }

    private static JsonNode parse(IPAddress network) {
        ObjectNode o = JSON.objectNode();
        o.put("network", network.getLower().withoutPrefixLength().toCanonicalString());
        o.put("netmask", network.getNetworkMask().withoutPrefixLength().toCanonicalString());
        if (network.isIPv4()) {
            o.put("broadcast", network.getUpper().withoutPrefixLength().toCanonicalString());
        }
        int prefix = network.getNetworkPrefixLength();
        boolean tiny = network.isIPv4() && prefix >= 31;
        BigInteger first = network.isIPv4() && !tiny ? network.getValue().add(BigInteger.ONE) : network.getValue();
        BigInteger last = network.isIPv4() && !tiny ? network.getUpperValue().subtract(BigInteger.ONE)
                : network.getUpperValue();
        o.put("firstUsable", address(network, first).withoutPrefixLength().toCanonicalString());
        o.put("lastUsable", address(network, last).withoutPrefixLength().toCanonicalString());
        o.put("cidr", prefix);
        return o;
    }

    private static IPAddress address(IPAddress like, BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] bytes = new byte[like.getByteCount()];
        int copy = Math.min(raw.length, bytes.length);
        System.arraycopy(raw, raw.length - copy, bytes, bytes.length - copy, copy);
        return like.isIPv4() ? new inet.ipaddr.ipv4.IPv4Address(bytes) : new inet.ipaddr.ipv6.IPv6Address(bytes);
    }
}
