package dev.hybridnet.editor;

import dev.hybridnet.catalog.PeeringFlag;
import dev.hybridnet.catalog.PropertySpec;
import dev.hybridnet.command.Command;
import dev.hybridnet.command.Composite;
import dev.hybridnet.command.RemoveProperty;
import dev.hybridnet.command.Rename;
import dev.hybridnet.command.SetPeeringFlag;
import dev.hybridnet.command.SetProperty;
import dev.hybridnet.command.SetReference;
import dev.hybridnet.command.SetTitle;
import dev.hybridnet.command.Wording;
import dev.hybridnet.model.Ipsec;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.PeeringDirection;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.model.Reference;
import dev.hybridnet.model.Typed;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One row of the inspector: what it shows and, for the editable ones, the command an edit makes. The rows are
 * values computed from the diagram and the selection ({@link Inspection}); the toolkit shell only picks an editor
 * for each kind of row and gives the command to {@link Editor#execute}. {@link #key()} identifies a row within its
 * inspection, so that the shell can keep its editors (and the focus) while only values change.
 */
public sealed interface InspectorField {

    String key();

    String label();

    String description();

    /** Something to read, not to edit: the kind, the id, where an element is. */
    record Info(String key, String label, String text) implements InspectorField {
        @Override
        public String description() {
            return "";
        }
    }

    /** The name of one element; a group frame's name is its title. */
    record Name(String id, String name, boolean title) implements InspectorField {

        public Name(String id, String name) {
            this(id, name, false);
        }

        @Override
        public String key() {
            return "name";
        }

        @Override
        public String label() {
            return title ? "Title" : "Name";
        }

        @Override
        public String description() {
            return title ? "The title shown at the top left of the frame."
                    : "The name shown on the canvas. For subnets it carries Azure meaning (GatewaySubnet, ...).";
        }

        public Command rename(String newName) {
            return new Rename(id, newName);
        }
    }

    /** The diagram's title. */
    record Title(String title) implements InspectorField {
        @Override
        public String key() {
            return "title";
        }

        @Override
        public String label() {
            return "Title";
        }

        @Override
        public String description() {
            return "The diagram's title.";
        }

        public Command set(String newTitle) {
            return new SetTitle(newTitle);
        }
    }

    /** The reference architecture the diagram declares; empty means "detect it". */
    record DeclaredReference(Optional<Reference> reference) implements InspectorField {
        @Override
        public String key() {
            return "reference";
        }

        @Override
        public String label() {
            return "Reference";
        }

        @Override
        public String description() {
            return "The reference architecture the design means to follow; when none is declared it is detected.";
        }

        public Command set(Optional<Reference> newReference) {
            return new SetReference(newReference);
        }
    }

    /**
     * A field that edits a value described by a catalog spec (a property, or one field of an IPsec policy): its
     * label, help, text and parsing all come from the spec.
     */
    sealed interface SpecValue extends InspectorField {

        PropertySpec spec();

        /** The common value; empty when unset, or when the items differ. */
        Optional<PropValue> value();

        @Override
        default String label() {
            return spec().label();
        }

        @Override
        default String description() {
            return spec().description();
        }

        /** The value as text ({@link PropertyText}); empty when unset or mixed. */
        default String text() {
            return value().map(v -> PropertyText.format(spec(), v)).orElse("");
        }

        default Typed<PropValue> parse(String text) {
            return PropertyText.parse(spec(), text);
        }
    }

    /**
     * A property of the catalog, for one or several items of one kind. {@code value} is the common value (empty
     * when unset, or when the items differ, which {@code mixed} says); {@code problem} is what the property rules
     * find wrong with it.
     */
    record Property(Set<String> ids, PropertySpec spec, Optional<PropValue> value, boolean mixed,
            Optional<String> problem) implements SpecValue {

        public Property {
            ids = Set.copyOf(ids);
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(problem, "problem");
        }

        @Override
        public String key() {
            return "property:" + spec.name();
        }

        /** Sets the property of every item, or removes it when {@code newValue} is empty: one command. */
        public Command set(Optional<PropValue> newValue) {
            return newValue.<Command>map(v -> new SetProperty(ids, spec.name(), v))
                    .orElseGet(() -> new RemoveProperty(ids, spec.name()));
        }
    }

    /** A property the catalog does not know, kept in the file as it is; shown, not edited. */
    record Unknown(String key, String label, String text) implements InspectorField {
        @Override
        public String description() {
            return "Not a property of this kind: kept in the file unchanged and ignored by the checks.";
        }
    }

    /**
     * Whether the selected tunnels have a custom IPsec policy: ticking it sets a policy close to Azure's default
     * ({@link Ipsec#defaults()}), whose fields then show as {@link PolicyValue} rows; clearing it removes the
     * policy, so Azure's default applies. {@code problem} is what the property rules find wrong with the policy.
     */
    record CustomPolicy(Set<String> ids, boolean present, boolean mixed, Optional<String> problem)
            implements InspectorField {

        public CustomPolicy {
            ids = Set.copyOf(ids);
            Objects.requireNonNull(problem, "problem");
        }

        @Override
        public String key() {
            return "policy";
        }

        @Override
        public String label() {
            return "Custom IPsec policy";
        }

        @Override
        public String description() {
            return "Whether the tunnel uses its own IPsec/IKE policy instead of Azure's default.";
        }

        public Command set(boolean custom) {
            String target = ids.size() == 1 ? ids.iterator().next() : Wording.count(ids.size(), "connection");
            return custom ? new Composite("Set a custom IPsec policy on " + target,
                    List.of(new SetProperty(ids, Keys.IPSEC_POLICY.name(), Ipsec.defaults())))
                    : new Composite("Remove the custom IPsec policy of " + target,
                            List.of(new RemoveProperty(ids, Keys.IPSEC_POLICY.name())));
        }
    }

    /**
     * One field of the IPsec policies of the selected tunnels ({@code policies}, by connection id): an edit sets
     * or removes that field in each policy, keeping its other fields, in one command.
     */
    record PolicyValue(SortedMap<String, PropValue.ObjectValue> policies, PropertySpec spec, Optional<PropValue> value,
            boolean mixed, Optional<String> problem) implements SpecValue {

        public PolicyValue {
            policies = Collections.unmodifiableSortedMap(new TreeMap<>(policies));
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(problem, "problem");
        }

        @Override
        public String key() {
            return "policy:" + spec.name();
        }

        /** Sets the field in every policy, or removes it when {@code newValue} is empty: one command. */
        public Command set(Optional<PropValue> newValue) {
            List<Command> steps = new ArrayList<>();
            policies.forEach((id, policy) -> {
                Map<String, PropValue> fields = new TreeMap<>(policy.fields());
                newValue.ifPresentOrElse(v -> fields.put(spec.name(), v), () -> fields.remove(spec.name()));
                steps.add(new SetProperty(id, Keys.IPSEC_POLICY, PropValue.ObjectValue.of(fields)));
            });
            String target = policies.size() == 1 ? policies.firstKey()
                    : Wording.count(policies.size(), "connection");
            return new Composite((newValue.isPresent() ? "Set " : "Clear ") + spec.label() + " of the IPsec policy of "
                    + target, steps);
        }
    }

    /**
     * Whether one direction of the selected peerings exists ({@code side} is {@code from} or {@code to}); creating
     * it sets Azure's defaults, removing it means that VNet's half of the peering was not created.
     */
    record PeeringSide(Set<String> ids, String side, String owner, boolean present, boolean mixed,
            Optional<String> problem) implements InspectorField {

        public PeeringSide {
            ids = Set.copyOf(ids);
        }

        @Override
        public String key() {
            return "side:" + side;
        }

        @Override
        public String label() {
            return "Created";
        }

        @Override
        public String description() {
            return "Whether the peering exists on " + owner + "'s side; traffic flows only when both sides exist.";
        }

        public Command set(boolean create) {
            String what = (create ? "Create" : "Remove") + " the peering on " + owner + "'s side";
            if (!create) {
                return new Composite(what, List.of(new RemoveProperty(ids, side)));
            }
            return new Composite(what, List.of(new SetProperty(ids, side, PeeringDirection.defaults().toValue())));
        }
    }

    /** One flag of one direction of the selected peerings; not editable while that direction does not exist. */
    record PeeringFlagValue(Set<String> ids, String side, PeeringFlag flag, boolean value, boolean mixed,
            boolean editable) implements InspectorField {

        public PeeringFlagValue {
            ids = Set.copyOf(ids);
            Objects.requireNonNull(flag, "flag");
        }

        @Override
        public String key() {
            return "flag:" + side + ":" + flag.spec().name();
        }

        @Override
        public String label() {
            return flag.spec().label();
        }

        @Override
        public String description() {
            return flag.spec().description();
        }

        public Command set(boolean newValue) {
            return new SetPeeringFlag(ids, side, flag, newValue);
        }
    }
}
