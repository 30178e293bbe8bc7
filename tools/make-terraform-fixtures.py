#!/usr/bin/env python3
"""Writes the Terraform import fixtures of src/test/resources/import/terraform/ (our own, not copied).

Each fixture is built here in the shapes of `terraform show -json`: a plan (planned_values, resource_changes with
after_unknown, configuration with references) or a state (values). Unknown values are written as U; the script
leaves them out of the values and marks them in after_unknown, as Terraform does. Run from the repository root:
    python3 tools/make-terraform-fixtures.py
"""
import json
import os

U = object()  # a value known only after apply
OUT = "src/test/resources/import/terraform"
PROVIDER = "registry.terraform.io/hashicorp/azurerm"


def known(v):
    """The value without its unknown parts."""
    if isinstance(v, dict):
        return {k: known(x) for k, x in v.items() if x is not U}
    if isinstance(v, list):
        return [known(x) for x in v if x is not U]
    return v


def unknown(v):
    """after_unknown: true where unknown, containers mirrored, known scalars left out (false in lists)."""
    if v is U:
        return True
    if isinstance(v, dict):
        out = {}
        for k, x in v.items():
            u = unknown(x)
            if u is True or isinstance(u, (dict, list)):
                out[k] = u
        return out
    if isinstance(v, list):
        return [unknown(x) if (x is U or isinstance(x, (dict, list))) else False for x in v]
    return False


class Module:
    def __init__(self, address=""):
        self.address = address
        self.resources = []
        self.children = []

    def child(self, address):
        m = Module(address)
        self.children.append(m)
        return m

    def add(self, type_, name, values, index=None, mode="managed"):
        local = ("data." if mode == "data" else "") + type_ + "." + name
        if index is not None:
            local += "[" + json.dumps(index) + "]"
        address = (self.address + "." if self.address else "") + local
        r = {"address": address, "mode": mode, "type": type_, "name": name, "values": values}
        if index is not None:
            r["index"] = index
        self.resources.append(r)
        return address

    def planned(self):
        out = {}
        if self.address:
            out["address"] = self.address
        out["resources"] = [{
            "address": r["address"], "mode": r["mode"], "type": r["type"], "name": r["name"],
            **({"index": r["index"]} if "index" in r else {}),
            "provider_name": PROVIDER, "schema_version": 0, "values": known(r["values"]),
            "sensitive_values": {}} for r in self.resources]
        if self.children:
            out["child_modules"] = [c.planned() for c in self.children]
        if not out["resources"]:
            del out["resources"]
        return out

    def all(self):
        yield from self.resources
        for c in self.children:
            yield from c.all()


def change(r, actions, before=None):
    rc = {"address": r["address"]}
    if "." in r["address"] and r["address"].startswith("module."):
        rc["module_address"] = r["address"][:r["address"].rindex("." + ("data." if r["mode"] == "data" else "")
                                                               + r["type"] + ".")]
    rc.update({"mode": r["mode"], "type": r["type"], "name": r["name"]})
    if "index" in r:
        rc["index"] = r["index"]
    after = None if actions == ["delete"] else known(r["values"])
    rc.update({"provider_name": PROVIDER, "change": {
        "actions": actions, "before": before, "after": after,
        "after_unknown": {} if after is None else unknown(r["values"]),
        "before_sensitive": False if before is None else {}, "after_sensitive": False if after is None else {}}})
    return rc


def ref(*refs):
    return {"references": list(refs)}


def const(v):
    return {"constant_value": v}


def cfg(address, expressions, count=None, for_each=None):
    type_, name = address.replace("data.", "").split(".")[:2]
    r = {"address": address, "mode": "data" if address.startswith("data.") else "managed", "type": type_,
         "name": name, "provider_config_key": "azurerm", "expressions": expressions, "schema_version": 0}
    if count is not None:
        r["count_expression"] = count
    if for_each is not None:
        r["for_each_expression"] = for_each
    return r


def plan(root, configuration, actions=None, deleted=(), version="1.9.5"):
    actions = actions or {}
    changes = [change(r, actions.get(r["address"], ["create"]),
                      known(r["values"]) if actions.get(r["address"], ["create"]) != ["create"] else None)
               for r in root.all() if r["mode"] == "managed"]
    changes += [change(r, ["delete"], known(r["values"])) for r in deleted]
    return {"format_version": "1.2", "terraform_version": version,
            "planned_values": {"root_module": root.planned()},
            "resource_changes": changes,
            "configuration": {"provider_config": {"azurerm": {"name": "azurerm", "full_name": PROVIDER,
                                                              "expressions": {"features": [{}]}}},
                              "root_module": configuration},
            "timestamp": "2026-12-07T09:00:00Z", "applyable": True, "complete": True, "errored": False}


def state(root, version="1.9.5"):
    return {"format_version": "1.0", "terraform_version": version,
            "values": {"outputs": {}, "root_module": root.planned()}}


def write(name, doc, indent=2):
    path = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        json.dump(doc, f, indent=indent)
        f.write("\n")


SUB = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/"


def rid(rg, kind, *names):
    """An Azure resource id: kind like virtualNetworks/subnets with as many names."""
    parts = kind.split("/")
    s = SUB + rg + "/providers/Microsoft.Network/" + parts[0] + "/" + names[0]
    for p, n in zip(parts[1:], names[1:]):
        s += "/" + p + "/" + n
    return s



# ---------------------------------------------------------------------------------------------------------------
# 1. hub-spoke-vpn.plan.json: the hub-spoke design of pair/hub-spoke-vpn.arm.json, as a plan that creates it. A hub
# module (VNet, GatewaySubnet, shared subnet, public IP, VPN gateway), a spoke module called with count = 3 (VNet
# with an inline subnet, both peering halves), a local network gateway and an IPsec connection at the root. Ids are
# unknown: they are found through var -> module argument -> module output -> resource.

def hub_spoke_vpn():
    rg = "rg-contoso-net"
    loc = "westeurope"
    root = Module()
    root.add("azurerm_resource_group", "net", {"name": rg, "location": loc, "id": U, "tags": None})
    hub = root.child("module.hub")
    hub.add("azurerm_virtual_network", "this", {"name": "contoso-hub", "resource_group_name": rg, "location": loc,
            "address_space": ["10.0.0.0/16"], "id": U, "guid": U, "subnet": U, "dns_servers": U, "tags": None})
    hub.add("azurerm_subnet", "gateway", {"name": "GatewaySubnet", "resource_group_name": rg,
            "virtual_network_name": "contoso-hub", "address_prefixes": ["10.0.255.0/27"], "id": U})
    hub.add("azurerm_subnet", "shared", {"name": "snet-shared", "resource_group_name": rg,
            "virtual_network_name": "contoso-hub", "address_prefixes": ["10.0.1.0/24"], "id": U})
    hub.add("azurerm_public_ip", "gateway", {"name": "contoso-hub-gw-pip", "resource_group_name": rg,
            "location": loc, "sku": "Standard", "allocation_method": "Static", "ip_address": U, "id": U,
            "fqdn": U})
    hub.add("azurerm_virtual_network_gateway", "this", {"name": "contoso-hub-vpngw", "resource_group_name": rg,
            "location": loc, "type": "Vpn", "vpn_type": "RouteBased", "sku": "VpnGw2AZ", "generation": "Generation2",
            "active_active": False, "enable_bgp": False, "bgp_settings": U, "id": U,
            "ip_configuration": [{"name": "default", "private_ip_address_allocation": "Dynamic",
                                  "subnet_id": U, "public_ip_address_id": U}]})
    spokes = []
    for i in range(3):
        m = root.child("module.spoke[%d]" % i)
        name = "contoso-spoke%d" % (i + 1)
        m.add("azurerm_virtual_network", "this", {"name": name, "resource_group_name": rg, "location": loc,
              "address_space": ["10.%d.0.0/16" % (i + 1)], "id": U, "guid": U,
              "subnet": [{"name": "snet-app", "address_prefixes": ["10.%d.1.0/24" % (i + 1)],
                          "security_group": "", "id": U}]})
        m.add("azurerm_virtual_network_peering", "from_hub", {"name": "to-spoke%d" % (i + 1),
              "resource_group_name": rg, "virtual_network_name": "contoso-hub", "remote_virtual_network_id": U,
              "allow_virtual_network_access": True, "allow_forwarded_traffic": True, "allow_gateway_transit": True,
              "use_remote_gateways": False, "id": U})
        m.add("azurerm_virtual_network_peering", "to_hub", {"name": "to-hub", "resource_group_name": rg,
              "virtual_network_name": name, "remote_virtual_network_id": U, "allow_virtual_network_access": True,
              "allow_forwarded_traffic": True, "allow_gateway_transit": False, "use_remote_gateways": True,
              "id": U})
        spokes.append(m)
    root.add("azurerm_local_network_gateway", "branch", {"name": "branch-lng", "resource_group_name": rg,
             "location": loc, "gateway_address": "203.0.113.10", "gateway_fqdn": None,
             "address_space": ["192.168.0.0/16"], "bgp_settings": [], "id": U})
    root.add("azurerm_virtual_network_gateway_connection", "branch", {"name": "hub-to-branch",
             "resource_group_name": rg, "location": loc, "type": "IPsec", "connection_protocol": "IKEv2",
             "shared_key": "not-a-real-secret", "enable_bgp": False, "virtual_network_gateway_id": U,
             "local_network_gateway_id": U, "peer_virtual_network_gateway_id": None,
             "express_route_circuit_id": None, "id": U})
    root.add("azurerm_storage_account", "diag", {"name": "stcontosodiag", "resource_group_name": rg,
             "location": loc, "account_tier": "Standard", "account_replication_type": "LRS", "id": U})
    hub_cfg = {
        "variables": {"resource_group_name": {}, "location": {}},
        "outputs": {"vnet_id": {"expression": ref("azurerm_virtual_network.this.id", "azurerm_virtual_network.this")},
                    "vnet_name": {"expression": ref("azurerm_virtual_network.this.name",
                                                    "azurerm_virtual_network.this")},
                    "gateway_id": {"expression": ref("azurerm_virtual_network_gateway.this.id",
                                                     "azurerm_virtual_network_gateway.this")}},
        "resources": [
            cfg("azurerm_virtual_network.this", {"name": const("contoso-hub"),
                                                 "address_space": const(["10.0.0.0/16"]),
                                                 "location": ref("var.location"),
                                                 "resource_group_name": ref("var.resource_group_name")}),
            cfg("azurerm_subnet.gateway", {"name": const("GatewaySubnet"),
                                           "virtual_network_name": ref("azurerm_virtual_network.this.name",
                                                                       "azurerm_virtual_network.this"),
                                           "address_prefixes": const(["10.0.255.0/27"])}),
            cfg("azurerm_subnet.shared", {"name": const("snet-shared"),
                                          "virtual_network_name": ref("azurerm_virtual_network.this.name",
                                                                      "azurerm_virtual_network.this"),
                                          "address_prefixes": const(["10.0.1.0/24"])}),
            cfg("azurerm_public_ip.gateway", {"name": const("contoso-hub-gw-pip"), "sku": const("Standard"),
                                              "allocation_method": const("Static")}),
            cfg("azurerm_virtual_network_gateway.this", {
                "name": const("contoso-hub-vpngw"), "type": const("Vpn"), "sku": const("VpnGw2AZ"),
                "ip_configuration": [{"name": const("default"),
                                      "subnet_id": ref("azurerm_subnet.gateway.id", "azurerm_subnet.gateway"),
                                      "public_ip_address_id": ref("azurerm_public_ip.gateway.id",
                                                                  "azurerm_public_ip.gateway")}]}),
        ]}
    spoke_cfg = {
        "variables": {"index": {}, "hub_id": {}, "hub_name": {}},
        "outputs": {"vnet_id": {"expression": ref("azurerm_virtual_network.this.id", "azurerm_virtual_network.this")}},
        "resources": [
            cfg("azurerm_virtual_network.this", {"name": ref("var.index"), "address_space": ref("var.index"),
                                                 "subnet": [{"name": const("snet-app"),
                                                             "address_prefixes": ref("var.index")}]}),
            cfg("azurerm_virtual_network_peering.to_hub", {
                "name": const("to-hub"),
                "virtual_network_name": ref("azurerm_virtual_network.this.name", "azurerm_virtual_network.this"),
                "remote_virtual_network_id": ref("var.hub_id"), "use_remote_gateways": const(True)}),
            cfg("azurerm_virtual_network_peering.from_hub", {
                "name": ref("var.index"), "virtual_network_name": ref("var.hub_name"),
                "remote_virtual_network_id": ref("azurerm_virtual_network.this.id", "azurerm_virtual_network.this"),
                "allow_gateway_transit": const(True)}),
        ]}
    configuration = {
        "resources": [
            cfg("azurerm_resource_group.net", {"name": const(rg), "location": const(loc)}),
            cfg("azurerm_local_network_gateway.branch", {"name": const("branch-lng"),
                                                         "gateway_address": ref("var.branch_address"),
                                                         "address_space": const(["192.168.0.0/16"])}),
            cfg("azurerm_virtual_network_gateway_connection.branch", {
                "name": const("hub-to-branch"), "type": const("IPsec"), "shared_key": ref("var.shared_key"),
                "virtual_network_gateway_id": ref("module.hub.gateway_id", "module.hub"),
                "local_network_gateway_id": ref("azurerm_local_network_gateway.branch.id",
                                                "azurerm_local_network_gateway.branch")}),
            cfg("azurerm_storage_account.diag", {"name": const("stcontosodiag")}),
        ],
        "module_calls": {
            "hub": {"source": "./modules/hub", "module": hub_cfg, "expressions": {
                "resource_group_name": ref("azurerm_resource_group.net.name", "azurerm_resource_group.net"),
                "location": ref("azurerm_resource_group.net.location", "azurerm_resource_group.net")}},
            "spoke": {"source": "./modules/spoke", "module": spoke_cfg, "count_expression": const(3),
                      "expressions": {"index": ref("count.index"),
                                      "hub_id": ref("module.hub.vnet_id", "module.hub"),
                                      "hub_name": ref("module.hub.vnet_name", "module.hub")}},
        },
        "variables": {"branch_address": {"default": "203.0.113.10"}, "shared_key": {"sensitive": True}},
    }
    write("pair/hub-spoke-vpn.plan.json", plan(root, configuration))


hub_spoke_vpn()


# ---------------------------------------------------------------------------------------------------------------
# 2. expressroute-vpn-failover.state.json: a state (every id known) of ExpressRoute with VPN failover, in a module
# nested in a module: a circuit with its private peering, ExpressRoute and active-active BGP VPN gateways side by
# side in one GatewaySubnet, a local network gateway that speaks BGP, an ExpressRoute and an IPsec connection.

def expressroute_vpn_failover():
    rg = "rg-connectivity"
    loc = "eastus"
    root = Module()
    root.add("azurerm_resource_group", "connectivity", {"name": rg, "location": loc, "id": SUB + rg})
    platform = root.child("module.platform")
    m = platform.child("module.platform.module.connectivity")
    m.add("azurerm_virtual_network", "hub", {"name": "hub-vnet", "resource_group_name": rg, "location": loc,
          "address_space": ["10.10.0.0/16"], "id": rid(rg, "virtualNetworks", "hub-vnet"), "subnet": [
              {"name": "GatewaySubnet", "address_prefixes": ["10.10.255.0/27"], "security_group": "",
               "id": rid(rg, "virtualNetworks/subnets", "hub-vnet", "GatewaySubnet")}]})
    m.add("azurerm_subnet", "gateway", {"name": "GatewaySubnet", "resource_group_name": rg,
          "virtual_network_name": "hub-vnet", "address_prefixes": ["10.10.255.0/27"],
          "id": rid(rg, "virtualNetworks/subnets", "hub-vnet", "GatewaySubnet")})
    for name, ip in (("ergw-pip", "20.42.1.10"), ("vpngw-pip1", "20.42.1.11"), ("vpngw-pip2", "20.42.1.12")):
        m.add("azurerm_public_ip", name.replace("-", "_"), {"name": name, "resource_group_name": rg,
              "location": loc, "sku": "Standard", "allocation_method": "Static", "ip_address": ip,
              "id": rid(rg, "publicIPAddresses", name)})
    gw_subnet = rid(rg, "virtualNetworks/subnets", "hub-vnet", "GatewaySubnet")
    m.add("azurerm_virtual_network_gateway", "er", {"name": "hub-ergw", "resource_group_name": rg,
          "location": loc, "type": "ExpressRoute", "vpn_type": "RouteBased", "sku": "ErGw1AZ",
          "active_active": False, "enable_bgp": False, "bgp_settings": [],
          "id": rid(rg, "virtualNetworkGateways", "hub-ergw"),
          "ip_configuration": [{"name": "default", "subnet_id": gw_subnet,
                                "public_ip_address_id": rid(rg, "publicIPAddresses", "ergw-pip"),
                                "private_ip_address_allocation": "Dynamic"}]})
    m.add("azurerm_virtual_network_gateway", "vpn", {"name": "hub-vpngw", "resource_group_name": rg,
          "location": loc, "type": "Vpn", "vpn_type": "RouteBased", "sku": "VpnGw2AZ", "generation": "Generation2",
          "active_active": True, "enable_bgp": True,
          "bgp_settings": [{"asn": 65515, "peer_weight": 0, "peering_addresses": [
              {"ip_configuration_name": "one", "apipa_addresses": [], "default_addresses": ["10.10.255.4"],
               "tunnel_ip_addresses": ["20.42.1.11"]},
              {"ip_configuration_name": "two", "apipa_addresses": [], "default_addresses": ["10.10.255.5"],
               "tunnel_ip_addresses": ["20.42.1.12"]}]}],
          "id": rid(rg, "virtualNetworkGateways", "hub-vpngw"),
          "ip_configuration": [
              {"name": "one", "subnet_id": gw_subnet, "private_ip_address_allocation": "Dynamic",
               "public_ip_address_id": rid(rg, "publicIPAddresses", "vpngw-pip1")},
              {"name": "two", "subnet_id": gw_subnet, "private_ip_address_allocation": "Dynamic",
               "public_ip_address_id": rid(rg, "publicIPAddresses", "vpngw-pip2")}]})
    m.add("azurerm_express_route_circuit", "this", {"name": "er-circuit", "resource_group_name": rg,
          "location": loc, "service_provider_name": "Equinix", "peering_location": "Washington DC",
          "bandwidth_in_mbps": 1000, "sku": [{"tier": "Standard", "family": "MeteredData"}],
          "allow_classic_operations": False, "service_key": "00000000-aaaa-bbbb-cccc-000000000000",
          "service_provider_provisioning_state": "Provisioned", "express_route_port_id": None,
          "id": rid(rg, "expressRouteCircuits", "er-circuit")})
    m.add("azurerm_express_route_circuit_peering", "private", {"peering_type": "AzurePrivatePeering",
          "express_route_circuit_name": "er-circuit", "resource_group_name": rg, "peer_asn": 65010,
          "primary_peer_address_prefix": "192.168.100.0/30", "secondary_peer_address_prefix": "192.168.100.4/30",
          "vlan_id": 100, "azure_asn": 12076, "ipv4_enabled": True,
          "id": rid(rg, "expressRouteCircuits/peerings", "er-circuit", "AzurePrivatePeering")})
    m.add("azurerm_local_network_gateway", "onprem", {"name": "onprem-lng", "resource_group_name": rg,
          "location": loc, "gateway_address": "198.51.100.20", "gateway_fqdn": "", "address_space": [],
          "bgp_settings": [{"asn": 65010, "bgp_peering_address": "10.200.0.1", "peer_weight": 0}],
          "id": rid(rg, "localNetworkGateways", "onprem-lng")})
    m.add("azurerm_virtual_network_gateway_connection", "er", {"name": "er-connection", "resource_group_name": rg,
          "location": loc, "type": "ExpressRoute", "routing_weight": 0, "enable_bgp": False,
          "virtual_network_gateway_id": rid(rg, "virtualNetworkGateways", "hub-ergw"),
          "express_route_circuit_id": rid(rg, "expressRouteCircuits", "er-circuit"),
          "local_network_gateway_id": None, "peer_virtual_network_gateway_id": None,
          "id": rid(rg, "connections", "er-connection")})
    m.add("azurerm_virtual_network_gateway_connection", "vpn", {"name": "vpn-connection", "resource_group_name": rg,
          "location": loc, "type": "IPsec", "connection_protocol": "IKEv2", "enable_bgp": True, "routing_weight": 10,
          "shared_key": "not-a-real-secret",
          "virtual_network_gateway_id": rid(rg, "virtualNetworkGateways", "hub-vpngw"),
          "local_network_gateway_id": rid(rg, "localNetworkGateways", "onprem-lng"),
          "express_route_circuit_id": None, "peer_virtual_network_gateway_id": None,
          "id": rid(rg, "connections", "vpn-connection")})
    write("expressroute-vpn-failover.state.json", state(root))


expressroute_vpn_failover()


# ---------------------------------------------------------------------------------------------------------------
# 3. hub-firewall-nva.plan.json: a plan (azurerm 4 spellings) of a hub with Azure Firewall, Bastion, Route Server,
# an internal load balancer and an NVA (Linux VM whose NIC forwards IP), and a spoke whose subnets (for_each) are
# associated with a route table (an inline route to the NVA, a separate azurerm_route to the load balancer) and an
# NSG; a Windows VM and a VM of the older azurerm_virtual_machine type in the spoke. Ids are unknown; the firewall's
# private address too.

def hub_firewall_nva():
    rg = "rg-hub"
    loc = "westeurope"
    root = Module()
    conf = []

    def add(type_, name, values, expressions=None, index=None, **kw):
        root.add(type_, name, values, index=index)
        if index is None or index == list(kw.get("keys", [index]))[0]:
            conf.append(cfg(type_ + "." + name, expressions or {}, for_each=kw.get("for_each")))

    def r(address):
        return ref(address + ".id", address)

    add("azurerm_virtual_network", "hub", {"name": "hub", "resource_group_name": rg, "location": loc,
        "address_space": ["10.0.0.0/16"], "id": U, "subnet": U})
    subnets = {"firewall": ("AzureFirewallSubnet", "10.0.0.0/26"), "bastion": ("AzureBastionSubnet", "10.0.1.0/26"),
               "route_server": ("RouteServerSubnet", "10.0.2.0/27"), "nva": ("snet-nva", "10.0.3.0/24"),
               "lb": ("snet-lb", "10.0.4.0/24")}
    for key, (name, prefix) in subnets.items():
        add("azurerm_subnet", key, {"name": name, "resource_group_name": rg, "virtual_network_name": "hub",
            "address_prefixes": [prefix], "id": U},
            {"virtual_network_name": ref("azurerm_virtual_network.hub.name", "azurerm_virtual_network.hub")})
    for key in ("firewall", "bastion", "route_server"):
        add("azurerm_public_ip", key, {"name": "pip-" + key.replace("_", "-"), "resource_group_name": rg,
            "location": loc, "sku": "Standard", "allocation_method": "Static", "ip_address": U, "id": U})
    add("azurerm_firewall", "hub", {"name": "hub-fw", "resource_group_name": rg, "location": loc,
        "sku_name": "AZFW_VNet", "sku_tier": "Standard", "id": U,
        "ip_configuration": [{"name": "fw", "subnet_id": U, "public_ip_address_id": U, "private_ip_address": U}]},
        {"ip_configuration": [{"subnet_id": r("azurerm_subnet.firewall"),
                               "public_ip_address_id": r("azurerm_public_ip.firewall")}]})
    add("azurerm_bastion_host", "hub", {"name": "hub-bastion", "resource_group_name": rg, "location": loc,
        "sku": "Basic", "dns_name": U, "id": U,
        "ip_configuration": [{"name": "bastion", "subnet_id": U, "public_ip_address_id": U}]},
        {"ip_configuration": [{"subnet_id": r("azurerm_subnet.bastion"),
                               "public_ip_address_id": r("azurerm_public_ip.bastion")}]})
    add("azurerm_route_server", "hub", {"name": "hub-rs", "resource_group_name": rg, "location": loc,
        "sku": "Standard", "subnet_id": U, "public_ip_address_id": U, "virtual_router_asn": U,
        "virtual_router_ips": U, "branch_to_branch_traffic_enabled": False, "id": U},
        {"subnet_id": r("azurerm_subnet.route_server"), "public_ip_address_id": r("azurerm_public_ip.route_server")})
    add("azurerm_lb", "hub", {"name": "hub-ilb", "resource_group_name": rg, "location": loc, "sku": "Standard",
        "id": U, "frontend_ip_configuration": [{"name": "frontend", "subnet_id": U,
                                                "private_ip_address": "10.0.4.10",
                                                "private_ip_address_allocation": "Static", "id": U}]},
        {"frontend_ip_configuration": [{"subnet_id": r("azurerm_subnet.lb")}]})
    add("azurerm_network_interface", "nva", {"name": "nva-nic", "resource_group_name": rg, "location": loc,
        "ip_forwarding_enabled": True, "id": U, "private_ip_address": U,
        "ip_configuration": [{"name": "ipconfig", "subnet_id": U, "private_ip_address": "10.0.3.4",
                              "private_ip_address_allocation": "Static"}]},
        {"ip_configuration": [{"subnet_id": r("azurerm_subnet.nva")}]})
    add("azurerm_linux_virtual_machine", "nva", {"name": "nva-vm", "resource_group_name": rg, "location": loc,
        "size": "Standard_D2s_v5", "admin_username": "azureuser", "network_interface_ids": U, "id": U},
        {"network_interface_ids": r("azurerm_network_interface.nva")})
    add("azurerm_virtual_network", "spoke", {"name": "spoke-app", "resource_group_name": rg, "location": loc,
        "address_space": ["10.1.0.0/16"], "id": U, "subnet": U})
    keys = {"web": "10.1.1.0/24", "data": "10.1.2.0/24"}
    for key, prefix in keys.items():
        add("azurerm_subnet", "spoke", {"name": "snet-" + key, "resource_group_name": rg,
            "virtual_network_name": "spoke-app", "address_prefixes": [prefix], "id": U},
            {"virtual_network_name": ref("azurerm_virtual_network.spoke.name", "azurerm_virtual_network.spoke"),
             "name": ref("each.key")}, index=key, keys=keys, for_each=ref("local.spoke_subnets"))
    add("azurerm_route_table", "spoke", {"name": "rt-spoke", "resource_group_name": rg, "location": loc,
        "bgp_route_propagation_enabled": False, "id": U, "subnets": U,
        "route": [{"name": "default-via-nva", "address_prefix": "0.0.0.0/0", "next_hop_type": "VirtualAppliance",
                   "next_hop_in_ip_address": "10.0.3.4"}]})
    add("azurerm_route", "onprem", {"name": "onprem-via-ilb", "resource_group_name": rg,
        "route_table_name": "rt-spoke", "address_prefix": "192.168.0.0/16", "next_hop_type": "VirtualAppliance",
        "next_hop_in_ip_address": "10.0.4.10", "id": U},
        {"route_table_name": ref("azurerm_route_table.spoke.name", "azurerm_route_table.spoke")})
    add("azurerm_network_security_group", "web", {"name": "nsg-web", "resource_group_name": rg, "location": loc,
        "security_rule": U, "id": U})
    for key in keys:
        add("azurerm_subnet_route_table_association", "spoke", {"subnet_id": U, "route_table_id": U, "id": U},
            {"subnet_id": ref("azurerm_subnet.spoke", "each.key"), "route_table_id": r("azurerm_route_table.spoke")},
            index=key, keys=keys, for_each=ref("azurerm_subnet.spoke"))
    add("azurerm_subnet_network_security_group_association", "web", {"subnet_id": U,
        "network_security_group_id": U, "id": U},
        {"subnet_id": ref('azurerm_subnet.spoke["web"].id', 'azurerm_subnet.spoke["web"]', "azurerm_subnet.spoke"),
         "network_security_group_id": r("azurerm_network_security_group.web")})
    for key, vm_type, nic in (("app", "azurerm_windows_virtual_machine", "web"),
                              ("legacy", "azurerm_virtual_machine", "data")):
        add("azurerm_network_interface", key, {"name": key + "-nic", "resource_group_name": rg, "location": loc,
            "ip_forwarding_enabled": False, "id": U, "private_ip_address": U,
            "ip_configuration": [{"name": "ipconfig", "subnet_id": U, "private_ip_address": U,
                                  "private_ip_address_allocation": "Dynamic"}]},
            {"ip_configuration": [{"subnet_id": ref('azurerm_subnet.spoke["%s"].id' % nic,
                                                    'azurerm_subnet.spoke["%s"]' % nic, "azurerm_subnet.spoke")}]})
        add(vm_type, key, {"name": key + "-vm", "resource_group_name": rg, "location": loc,
            "network_interface_ids": [U], "id": U},
            {"network_interface_ids": r("azurerm_network_interface." + key)})
    for name, vnet, remote, transit, forwarded in (("hub-to-spoke", "hub", "spoke", True, True),
                                                   ("spoke-to-hub", "spoke", "hub", False, True)):
        add("azurerm_virtual_network_peering", vnet, {"name": name, "resource_group_name": rg,
            "virtual_network_name": "hub" if vnet == "hub" else "spoke-app", "remote_virtual_network_id": U,
            "allow_virtual_network_access": True, "allow_forwarded_traffic": forwarded,
            "allow_gateway_transit": transit, "use_remote_gateways": False, "id": U},
            {"remote_virtual_network_id": r("azurerm_virtual_network." + remote)})
    write("hub-firewall-nva.plan.json", plan(root, {"resources": conf}, version="1.10.2"))


hub_firewall_nva()


# ---------------------------------------------------------------------------------------------------------------
# 4. destroy-and-replace.plan.json: a plan on a network that exists (ids known): a subnet and a peering destroyed
# (actions ["delete"]: in resource_changes only), an NSG replaced (["delete", "create"]: its new id unknown), a new
# subnet and its NSG association created, the network itself unchanged (["no-op"]).

def destroy_and_replace():
    rg = "rg-app"
    loc = "westeurope"
    root = Module()
    vnet_id = rid(rg, "virtualNetworks", "app-vnet")
    root.add("azurerm_virtual_network", "app", {"name": "app-vnet", "resource_group_name": rg, "location": loc,
             "address_space": ["10.50.0.0/16"], "id": vnet_id, "subnet": [
                 {"name": "snet-keep", "address_prefixes": ["10.50.1.0/24"], "security_group": "",
                  "id": rid(rg, "virtualNetworks/subnets", "app-vnet", "snet-keep")},
                 {"name": "snet-old", "address_prefixes": ["10.50.2.0/24"], "security_group": "",
                  "id": rid(rg, "virtualNetworks/subnets", "app-vnet", "snet-old")}]})
    root.add("azurerm_subnet", "keep", {"name": "snet-keep", "resource_group_name": rg,
             "virtual_network_name": "app-vnet", "address_prefixes": ["10.50.1.0/24"],
             "id": rid(rg, "virtualNetworks/subnets", "app-vnet", "snet-keep")})
    root.add("azurerm_subnet", "new", {"name": "snet-new", "resource_group_name": rg,
             "virtual_network_name": "app-vnet", "address_prefixes": ["10.50.3.0/24"], "id": U})
    root.add("azurerm_network_security_group", "app", {"name": "nsg-app", "resource_group_name": rg,
             "location": loc, "id": U, "security_rule": []})
    root.add("azurerm_subnet_network_security_group_association", "new", {"subnet_id": U,
             "network_security_group_id": U, "id": U})
    gone = Module()
    gone.add("azurerm_subnet", "old", {"name": "snet-old", "resource_group_name": rg,
             "virtual_network_name": "app-vnet", "address_prefixes": ["10.50.2.0/24"],
             "id": rid(rg, "virtualNetworks/subnets", "app-vnet", "snet-old")})
    gone.add("azurerm_virtual_network_peering", "legacy", {"name": "app-to-legacy", "resource_group_name": rg,
             "virtual_network_name": "app-vnet", "remote_virtual_network_id": rid("rg-legacy", "virtualNetworks",
                                                                                  "legacy-vnet"),
             "allow_virtual_network_access": True, "allow_forwarded_traffic": False, "allow_gateway_transit": False,
             "use_remote_gateways": False,
             "id": rid(rg, "virtualNetworks/virtualNetworkPeerings", "app-vnet", "app-to-legacy")})
    configuration = {"resources": [
        cfg("azurerm_virtual_network.app", {"name": const("app-vnet")}),
        cfg("azurerm_subnet.keep", {"virtual_network_name": ref("azurerm_virtual_network.app.name",
                                                                "azurerm_virtual_network.app")}),
        cfg("azurerm_subnet.new", {"virtual_network_name": ref("azurerm_virtual_network.app.name",
                                                               "azurerm_virtual_network.app")}),
        cfg("azurerm_network_security_group.app", {"name": const("nsg-app")}),
        cfg("azurerm_subnet_network_security_group_association.new", {
            "subnet_id": ref("azurerm_subnet.new.id", "azurerm_subnet.new"),
            "network_security_group_id": ref("azurerm_network_security_group.app.id",
                                             "azurerm_network_security_group.app")}),
    ]}
    actions = {"azurerm_virtual_network.app": ["no-op"], "azurerm_subnet.keep": ["no-op"],
               "azurerm_network_security_group.app": ["delete", "create"]}
    doc = plan(root, configuration, actions=actions, deleted=list(gone.all()))
    doc["prior_state"] = {"format_version": "1.0", "terraform_version": "1.9.5",
                          "values": {"root_module": {"resources": []}}}
    write("destroy-and-replace.plan.json", doc)


destroy_and_replace()


# ---------------------------------------------------------------------------------------------------------------
# 5. vnet2vnet.state.json: a state in azurerm 3 spellings of two networks in two regions, each with its subnets
# inline (address_prefix strings, one with an NSG by id), joined by route-based VPN gateways and a Vnet2Vnet
# connection each way; a route table associated with an inline subnet; a data source (read, not drawn).

def vnet2vnet():
    root = Module()
    root.add("azurerm_resource_group", "shared", {"name": "rg-shared", "location": "westeurope",
             "id": SUB + "rg-shared"}, mode="data")
    sites = (("a", "westeurope", "10.60.0.0/16", "10.60.1.0/24", "10.60.255.0/27", "51.11.0.10"),
             ("b", "northeurope", "10.70.0.0/16", "10.70.1.0/24", "10.70.255.0/27", "52.12.0.20"))
    for key, loc, space, app, gw, ip in sites:
        rg = "rg-" + key
        vnet = "vnet-" + key
        nsg = rid(rg, "networkSecurityGroups", "nsg-app-" + key) if key == "a" else ""
        root.add("azurerm_virtual_network", key, {"name": vnet, "resource_group_name": rg, "location": loc,
                 "address_space": [space], "id": rid(rg, "virtualNetworks", vnet), "subnet": [
                     {"name": "snet-app", "address_prefix": app, "security_group": nsg,
                      "id": rid(rg, "virtualNetworks/subnets", vnet, "snet-app")},
                     {"name": "GatewaySubnet", "address_prefix": gw, "security_group": "",
                      "id": rid(rg, "virtualNetworks/subnets", vnet, "GatewaySubnet")}]})
        if key == "a":
            root.add("azurerm_network_security_group", "app_a", {"name": "nsg-app-a", "resource_group_name": rg,
                     "location": loc, "id": nsg, "security_rule": []})
        root.add("azurerm_public_ip", key, {"name": "pip-gw-" + key, "resource_group_name": rg, "location": loc,
                 "sku": "Standard", "allocation_method": "Static", "ip_address": ip,
                 "id": rid(rg, "publicIPAddresses", "pip-gw-" + key)})
        root.add("azurerm_virtual_network_gateway", key, {"name": "vpngw-" + key, "resource_group_name": rg,
                 "location": loc, "type": "Vpn", "vpn_type": "RouteBased", "sku": "VpnGw1", "active_active": False,
                 "enable_bgp": False, "bgp_settings": [{"asn": 65515, "peer_weight": 0, "peering_addresses": []}],
                 "id": rid(rg, "virtualNetworkGateways", "vpngw-" + key), "ip_configuration": [
                     {"name": "vnetGatewayConfig", "private_ip_address_allocation": "Dynamic",
                      "subnet_id": rid(rg, "virtualNetworks/subnets", vnet, "GatewaySubnet"),
                      "public_ip_address_id": rid(rg, "publicIPAddresses", "pip-gw-" + key)}]})
    root.add("azurerm_route_table", "a", {"name": "rt-app-a", "resource_group_name": "rg-a", "location": "westeurope",
             "disable_bgp_route_propagation": True, "id": rid("rg-a", "routeTables", "rt-app-a"),
             "route": [{"name": "to-b", "address_prefix": "10.70.0.0/16", "next_hop_type": "VirtualNetworkGateway",
                        "next_hop_in_ip_address": ""}]})
    root.add("azurerm_subnet_route_table_association", "a", {
        "subnet_id": rid("rg-a", "virtualNetworks/subnets", "vnet-a", "snet-app"),
        "route_table_id": rid("rg-a", "routeTables", "rt-app-a"),
        "id": rid("rg-a", "virtualNetworks/subnets", "vnet-a", "snet-app")})
    for key, other in (("a", "b"), ("b", "a")):
        rg = "rg-" + key
        root.add("azurerm_virtual_network_gateway_connection", key + "_to_" + other, {
            "name": "%s-to-%s" % (key, other), "resource_group_name": rg, "location": sites[0][1] if key == "a"
            else sites[1][1], "type": "Vnet2Vnet", "connection_protocol": "IKEv2", "enable_bgp": False,
            "shared_key": "not-a-real-secret",
            "virtual_network_gateway_id": rid(rg, "virtualNetworkGateways", "vpngw-" + key),
            "peer_virtual_network_gateway_id": rid("rg-" + other, "virtualNetworkGateways", "vpngw-" + other),
            "local_network_gateway_id": None, "express_route_circuit_id": None,
            "id": rid(rg, "connections", "%s-to-%s" % (key, other))})
    write("vnet2vnet.state.json", state(root, version="1.5.7"))


vnet2vnet()


# ---------------------------------------------------------------------------------------------------------------
# 6. existing-hub.plan.json: a plan that adds a spoke to a hub it does not manage (read with data sources, so its
# id and name are known at plan time). The spoke's name comes from a random suffix, unknown until apply: its subnet
# finds the network through the reference, and the name stays a placeholder made of the address.

def existing_hub():
    loc = "uksouth"
    root = Module()
    hub_id = rid("rg-hub-prod", "virtualNetworks", "hub-prod")
    root.add("azurerm_virtual_network", "hub", {"name": "hub-prod", "resource_group_name": "rg-hub-prod",
             "location": loc, "address_space": ["10.100.0.0/16"], "id": hub_id, "subnets": ["GatewaySubnet"]},
             mode="data")
    root.add("random_string", "suffix", {"length": 5, "special": False, "upper": False, "result": U, "id": U})
    spoke = root.child("module.spoke")
    spoke.add("azurerm_virtual_network", "this", {"name": U, "resource_group_name": "rg-spoke", "location": loc,
              "address_space": ["10.101.0.0/16"], "id": U, "subnet": U})
    spoke.add("azurerm_subnet", "workload", {"name": "snet-workload", "resource_group_name": "rg-spoke",
              "virtual_network_name": U, "address_prefixes": ["10.101.1.0/24"], "id": U})
    spoke.add("azurerm_virtual_network_peering", "to_hub", {"name": "to-hub", "resource_group_name": "rg-spoke",
              "virtual_network_name": U, "remote_virtual_network_id": hub_id, "allow_virtual_network_access": True,
              "allow_forwarded_traffic": True, "allow_gateway_transit": False, "use_remote_gateways": True,
              "id": U})
    spoke.add("azurerm_virtual_network_peering", "from_hub", {"name": "to-spoke", "resource_group_name":
              "rg-hub-prod", "virtual_network_name": "hub-prod", "remote_virtual_network_id": U,
              "allow_virtual_network_access": True, "allow_forwarded_traffic": True, "allow_gateway_transit": True,
              "use_remote_gateways": False, "id": U})
    this = ref("azurerm_virtual_network.this.name", "azurerm_virtual_network.this")
    configuration = {
        "resources": [cfg("data.azurerm_virtual_network.hub", {"name": const("hub-prod")}),
                      cfg("random_string.suffix", {"length": const(5)})],
        "module_calls": {"spoke": {"source": "./modules/spoke", "expressions": {
            "name": ref("random_string.suffix.result", "random_string.suffix"),
            "hub_id": ref("data.azurerm_virtual_network.hub.id", "data.azurerm_virtual_network.hub"),
            "hub_name": ref("data.azurerm_virtual_network.hub.name", "data.azurerm_virtual_network.hub")},
            "module": {"variables": {"name": {}, "hub_id": {}, "hub_name": {}}, "resources": [
                cfg("azurerm_virtual_network.this", {"name": ref("var.name")}),
                cfg("azurerm_subnet.workload", {"virtual_network_name": this}),
                cfg("azurerm_virtual_network_peering.to_hub", {"virtual_network_name": this,
                                                               "remote_virtual_network_id": ref("var.hub_id")}),
                cfg("azurerm_virtual_network_peering.from_hub", {
                    "virtual_network_name": ref("var.hub_name"),
                    "remote_virtual_network_id": ref("azurerm_virtual_network.this.id",
                                                     "azurerm_virtual_network.this")})]}}}}
    write("existing-hub.plan.json", plan(root, configuration))


existing_hub()


# ---------------------------------------------------------------------------------------------------------------
# hostile/: inputs that must end in a report or in one clear line, never in an exception.

def hostile():
    # A network at the bottom of 200 nested child modules.
    inner = {"address": "", "resources": [{"address": "", "mode": "managed", "type": "azurerm_virtual_network",
                                            "name": "deep", "provider_name": PROVIDER, "schema_version": 0,
                                            "values": {"name": "vnet-deep", "address_space": ["10.9.0.0/16"],
                                                       "location": "westeurope"}}]}
    address = ".".join("module.m%d" % i for i in range(200))
    inner["address"] = address
    inner["resources"][0]["address"] = address + ".azurerm_virtual_network.deep"
    module = inner
    for depth in range(199, 0, -1):
        module = {"address": ".".join("module.m%d" % i for i in range(depth)), "child_modules": [module]}
    write("hostile/modules-200-deep.json", {"format_version": "1.0", "terraform_version": "1.9.5",
                                            "values": {"root_module": {"child_modules": [module]}}}, indent=None)
    # Resources whose values are a string, a list and missing, beside a good one; a resource that is a number.
    good = {"address": "azurerm_virtual_network.ok", "mode": "managed", "type": "azurerm_virtual_network",
            "name": "ok", "values": {"name": "vnet-ok", "address_space": ["10.8.0.0/16"]}}
    bad = [dict(good, address="azurerm_virtual_network.text", name="text", values="oops"),
           dict(good, address="azurerm_virtual_network.list", name="list", values=[1, 2]),
           {k: v for k, v in dict(good, address="azurerm_virtual_network.none", name="none").items()
            if k != "values"}, 42]
    write("hostile/values-not-objects.json", {"format_version": "1.0", "terraform_version": "1.9.5",
                                              "values": {"root_module": {"resources": [good] + bad}}})
    # child_modules that is an object, resources that is a string.
    write("hostile/modules-not-lists.json", {"format_version": "1.2", "terraform_version": "1.9.5",
                                             "planned_values": {"root_module": {
                                                 "resources": "none", "child_modules": {"module.a": {}}}}})
    # A major format version the importer does not know.
    write("hostile/format-version-2.json", {"format_version": "2.0", "terraform_version": "2.0.0",
                                            "values": {"root_module": {"resources": []}}})
    # A plan without planned_values.root_module.
    write("hostile/no-root-module.json", {"format_version": "1.2", "terraform_version": "1.9.5",
                                          "planned_values": {"outputs": {}}, "resource_changes": []})
    # The state file Terraform keeps, not the output of terraform show -json.
    write("hostile/stored-state.json", {"version": 4, "terraform_version": "1.9.5", "serial": 3,
                                        "lineage": "00000000-0000-0000-0000-000000000000", "outputs": {},
                                        "resources": [{"mode": "managed", "type": "azurerm_virtual_network",
                                                       "name": "hub", "provider": PROVIDER, "instances": []}]})
    # References that go round: a module's variable is its own output, a variable of the root refers to itself.
    root = Module()
    m = root.child("module.loop")
    m.add("azurerm_virtual_network", "this", {"name": "vnet-loop", "address_space": ["10.7.0.0/16"], "id": U})
    m.add("azurerm_virtual_network_peering", "self", {"name": "self", "virtual_network_name": "vnet-loop",
          "remote_virtual_network_id": U, "id": U})
    configuration = {"module_calls": {"loop": {"source": "./loop", "expressions": {
        "remote": ref("module.loop.remote_id", "module.loop")}, "module": {
        "outputs": {"remote_id": {"expression": ref("var.remote")}},
        "resources": [cfg("azurerm_virtual_network_peering.self", {"remote_virtual_network_id": ref("var.remote")})]}}}}
    write("hostile/reference-loop.json", plan(root, configuration))
    # What terraform plan -out writes: a zip archive, not JSON.
    with open(os.path.join(OUT, "hostile/saved-plan.tfplan"), "wb") as f:
        f.write(b"PK\x03\x04\x14\x00\x00\x00\x08\x00not-a-real-plan")


hostile()
