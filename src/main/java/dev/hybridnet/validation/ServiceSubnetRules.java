package dev.hybridnet.validation;

import static dev.hybridnet.validation.Facts.label;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.catalog.SubnetPreset;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import inet.ipaddr.IPAddress;
import java.util.List;
import java.util.Optional;

/** Azure Firewall, Bastion and Route Server each need a dedicated subnet with a fixed name and a minimum size. */
final class ServiceSubnetRules {

    static final Rule FIREWALL = new Rule(new RuleInfo("firewall-subnet", Severity.ERROR,
            "Azure Firewall has its own AzureFirewallSubnet of /26, without NSG",
            "Azure Firewall deploys only into a subnet named AzureFirewallSubnet, sized /26, that holds nothing "
                    + "else and has no network security group.",
            Sources.HUB_SPOKE, "AZ-FW-SUBNET"), (f, out) -> check(f, out, ElementKind.AZURE_FIREWALL, true));

    static final Rule BASTION = new Rule(new RuleInfo("bastion-subnet", Severity.ERROR,
            "Bastion has its own AzureBastionSubnet of /26 or larger",
            "Azure Bastion deploys only into a subnet named AzureBastionSubnet, /26 or larger, in the same VNet, "
                    + "holding nothing else.",
            Sources.BASTION, "AZ-BASTION-SUBNET"), (f, out) -> check(f, out, ElementKind.BASTION, false));

    static final Rule ROUTE_SERVER = new Rule(new RuleInfo("route-server-subnet", Severity.ERROR,
            "Route Server has its own RouteServerSubnet of /27 or larger",
            "Azure Route Server deploys only into a subnet named RouteServerSubnet, /27 or larger.",
            Sources.ROUTE_SERVER, ""), (f, out) -> check(f, out, ElementKind.ROUTE_SERVER, false));

    static final String FIREWALL_MANAGEMENT_SUBNET = "AzureFirewallManagementSubnet";

    static final Rule FIREWALL_MANAGEMENT = new Rule(new RuleInfo("firewall-management-subnet", Severity.ERROR,
            "AzureFirewallManagementSubnet is /26 or larger, without NSG, and holds nothing else",
            "A firewall in forced-tunnelling mode sends its own management traffic through a subnet named "
                    + "AzureFirewallManagementSubnet, at least /26; the firewall's management interface is the only "
                    + "thing in it, and it takes no network security group.",
            Sources.FIREWALL_FORCED_TUNNELING, ""), ServiceSubnetRules::firewallManagement);

    private ServiceSubnetRules() {
    }

    static List<Rule> rules() {
        return List.of(FIREWALL, BASTION, ROUTE_SERVER, FIREWALL_MANAGEMENT);
    }

    private static void firewallManagement(Facts f, Reporter out) {
        SubnetPreset preset = Catalog.presetNamed(FIREWALL_MANAGEMENT_SUBNET).orElseThrow();
        for (Element subnet : f.elements(ElementKind.SUBNET)) {
            if (!subnet.name().equals(FIREWALL_MANAGEMENT_SUBNET)) {
                continue;
            }
            String where = FIREWALL_MANAGEMENT_SUBNET + " of " + GatewayRules.vnetLabel(f, subnet);
            Optional<IPAddress> prefix = f.prefix(subnet);
            if (prefix.isPresent() && prefix.get().isIPv4()
                    && prefix.get().getNetworkPrefixLength() > preset.maxPrefixLength()) {
                out.report(where + " is " + prefix.get() + "; it must be /26 or larger", List.of(subnet.id()),
                        "Widen " + FIREWALL_MANAGEMENT_SUBNET + " to a /26.");
            }
            if (subnet.props().read(Keys.NSG).orElse(false)) {
                out.report(where + " has a network security group, which it does not support", subnet);
            }
            for (Element child : f.children(subnet)) {
                out.report(label(child) + " is in " + where + ", which holds only the firewall's management "
                        + "interface", child, subnet);
            }
        }
    }

    private static void check(Facts f, Reporter out, ElementKind kind, boolean noNsg) {
        String name = Catalog.of(kind).requiredSubnetName().orElseThrow();
        SubnetPreset preset = Catalog.presetNamed(name).orElseThrow();
        String service = Catalog.of(kind).displayName();
        for (Element e : f.elements(kind)) {
            Optional<Element> subnet = f.parent(e).filter(p -> p.kind() == ElementKind.SUBNET);
            if (subnet.isPresent() && !subnet.get().name().equals(name)) {
                out.report(Severity.ERROR, service + " " + label(e) + " is in subnet '" + subnet.get().name()
                        + "'; it needs a subnet named exactly " + name, Reporter.ids(e, subnet.get()),
                        Optional.of("Rename the subnet to " + name + "."));
            }
        }
        for (Element subnet : f.elements(ElementKind.SUBNET)) {
            if (subnet.name().equals(name)) {
                checkSubnet(f, out, subnet, kind, preset, noNsg);
            }
        }
    }

    private static void checkSubnet(Facts f, Reporter out, Element subnet, ElementKind kind, SubnetPreset preset,
            boolean noNsg) {
        String where = preset.subnetName() + " of " + GatewayRules.vnetLabel(f, subnet);
        Optional<IPAddress> prefix = f.prefix(subnet);
        if (prefix.isPresent() && prefix.get().isIPv4()
                && prefix.get().getNetworkPrefixLength() > preset.maxPrefixLength()) {
            out.report(Severity.ERROR, where + " is " + prefix.get() + "; it must be /" + preset.maxPrefixLength()
                    + " or larger", List.of(subnet.id()),
                    Optional.of("Widen " + preset.subnetName() + " to a /" + preset.prefixLength() + "."));
        }
        if (noNsg && subnet.props().read(Keys.NSG).orElse(false)) {
            out.report(where + " has a network security group, which it does not support", subnet);
        }
        for (Element child : f.children(subnet)) {
            if (child.kind() != kind) {
                out.report(label(child) + " is in " + where + ", which may hold only "
                        + Catalog.inSentence(Catalog.of(kind).displayName()), child, subnet);
            }
        }
    }
}
