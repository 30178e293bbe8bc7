package dev.hybridnet.imports.terraform;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One resource instance of a plan's {@code planned_values} or a state's {@code values}: its full address, the
 * address of the module instance that holds it ({@code ""} for the root), whether it is managed or read
 * ({@code data}), its type and name, its index as written ({@code [0]}, {@code ["web"]}, or {@code ""}) and its
 * values, with what the plan does not know yet marked unknown.
 */
record Instance(String address, String module, boolean managed, String type, String name, String index,
        ObjectNode values) {

    /** The address within its module, without index: {@code azurerm_subnet.app}, {@code data.azurerm_subnet.hub}. */
    String local() {
        return (managed ? "" : "data.") + type + "." + name;
    }

    /** Instances are told apart by their addresses, which a plan or state gives each once. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Instance i && i.address.equals(address);
    }

    @Override
    public int hashCode() {
        return address.hashCode();
    }

    /** The index of an address's last step, as written, or {@code ""}. */
    static String indexOf(String address) {
        List<String> steps = Addresses.steps(address);
        String last = steps.isEmpty() ? "" : steps.get(steps.size() - 1);
        return Addresses.isIndex(last) ? last : "";
    }
}
