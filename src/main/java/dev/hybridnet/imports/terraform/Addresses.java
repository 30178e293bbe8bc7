package dev.hybridnet.imports.terraform;

import java.util.ArrayList;
import java.util.List;

/**
 * Terraform addresses and references cut into their steps: {@code module.spoke["a"].azurerm_subnet.app[0].id} is
 * {@code module}, {@code spoke}, {@code ["a"]}, {@code azurerm_subnet}, {@code app}, {@code [0]}, {@code id}. An index
 * keeps its brackets and quotes, so that it compares as written; a dot or bracket inside quotes is part of the key.
 */
final class Addresses {

    private Addresses() {
    }

    static List<String> steps(String address) {
        List<String> steps = new ArrayList<>();
        StringBuilder step = new StringBuilder();
        boolean quoted = false;
        int depth = 0;
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (quoted) {
                step.append(c);
                if (c == '\\' && i + 1 < address.length()) {
                    step.append(address.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
                step.append(c);
            } else if (c == '[') {
                if (depth == 0) {
                    flush(step, steps);
                }
                depth++;
                step.append(c);
            } else if (c == ']') {
                step.append(c);
                depth = Math.max(0, depth - 1);
                if (depth == 0) {
                    flush(step, steps);
                }
            } else if (c == '.' && depth == 0) {
                flush(step, steps);
            } else {
                step.append(c);
            }
        }
        flush(step, steps);
        return steps;
    }

    static boolean isIndex(String step) {
        return step.startsWith("[");
    }

    /** The module path of a module instance's address, without its keys: {@code [spoke, inner]}. */
    static List<String> moduleCalls(String moduleAddress) {
        List<String> calls = new ArrayList<>();
        List<String> steps = steps(moduleAddress);
        for (int i = 0; i + 1 < steps.size(); i++) {
            if (steps.get(i).equals("module") && !isIndex(steps.get(i + 1))) {
                calls.add(steps.get(i + 1));
                i++;
            }
        }
        return calls;
    }

    /** The module instance that holds {@code moduleAddress}, and the call that made it: {@code [parent, call]}. */
    static String[] parent(String moduleAddress) {
        List<String> steps = steps(moduleAddress);
        for (int i = steps.size() - 2; i >= 0; i--) {
            if (steps.get(i).equals("module") && !isIndex(steps.get(i + 1))) {
                return new String[] {join(steps.subList(0, i)), steps.get(i + 1)};
            }
        }
        return new String[] {"", ""};
    }

    /** Steps back into an address: names joined by dots, indexes appended. */
    static String join(List<String> steps) {
        StringBuilder b = new StringBuilder();
        for (String s : steps) {
            if (b.length() > 0 && !isIndex(s)) {
                b.append('.');
            }
            b.append(s);
        }
        return b.toString();
    }

    private static void flush(StringBuilder step, List<String> into) {
        if (step.length() > 0) {
            into.add(step.toString());
            step.setLength(0);
        }
    }
}
