package dev.hybridnet.validation;

import static dev.hybridnet.validation.Facts.label;

import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import inet.ipaddr.IPAddress;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Private addresses of VMs, load balancers and appliances: inside their subnet, usable, and not taken twice. */
final class PrivateAddressRule {

    static final Rule RULE = new Rule(new RuleInfo("private-ip", Severity.ERROR,
            "Private IPs are usable addresses of their subnet, each used once",
            "A resource's private address comes from its subnet; Azure keeps the first four and the last address "
                    + "of every subnet, and two resources cannot share an address.",
            Sources.VNET_FAQ, ""), PrivateAddressRule::check);

    private PrivateAddressRule() {
    }

    private static void check(Facts f, Reporter out) {
        for (Element vnet : f.elements(ElementKind.VIRTUAL_NETWORK)) {
            Map<IPAddress, Element> taken = null;
            for (Element subnet : f.subnets(vnet)) {
                Optional<IPAddress> prefix = f.prefix(subnet);
                for (Element e : f.children(subnet)) {
                    Optional<IPAddress> ip = e.props().read(Keys.PRIVATE_IP).toOptional();
                    if (ip.isEmpty()) {
                        continue;
                    }
                    prefix.ifPresent(p -> checkInside(e, ip.get(), subnet, p, out));
                    if (taken == null) {
                        taken = new HashMap<>();
                    }
                    Element first = taken.putIfAbsent(ip.get(), e);
                    if (first != null) {
                        out.report(label(first) + " and " + label(e) + " both use " + ip.get() + " in "
                                + label(vnet), first, e);
                    }
                }
            }
        }
    }

    private static void checkInside(Element e, IPAddress ip, Element subnet, IPAddress prefix, Reporter out) {
        if (ip.getIPVersion() != prefix.getIPVersion() || !prefix.contains(ip)) {
            out.report(label(e) + " has private IP " + ip + ", outside its subnet " + label(subnet) + " (" + prefix
                    + ")", e, subnet);
            return;
        }
        boolean reserved;
        if (ip.isIPv4()) {
            long value = ip.toIPv4().longValue();
            reserved = value - prefix.getLower().toIPv4().longValue() < 4
                    || value == prefix.getUpper().toIPv4().longValue();
        } else {
            reserved = ip.getValue().subtract(prefix.getLower().getValue()).compareTo(BigInteger.valueOf(4)) < 0;
        }
        if (reserved) {
            out.report(label(e) + " has private IP " + ip + ", one of the addresses Azure reserves in " + label(subnet)
                    + " (" + prefix + ": the first four and the last)", e, subnet);
        }
    }
}
