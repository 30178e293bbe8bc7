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


def write(name, doc):
    path = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        json.dump(doc, f, indent=2)
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
