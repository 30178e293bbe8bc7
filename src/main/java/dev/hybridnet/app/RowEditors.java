package dev.hybridnet.app;

import dev.hybridnet.catalog.PropertySpec;
import dev.hybridnet.command.Command;
import dev.hybridnet.editor.InspectorField;
import dev.hybridnet.editor.PropertyText;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.model.PropertyType;
import dev.hybridnet.model.Reference;
import dev.hybridnet.model.Typed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * The editor for each kind of inspector row, chosen from the field and, for properties, the catalog's type:
 * choices in a choice box, booleans and peering flags as check boxes, addresses, prefixes, lists, routes, numbers
 * and names as checked text, free text with suggestions in an editable combo box, a note's text in a text area, the
 * rest as labels.
 */
final class RowEditors {

    private final Consumer<Command> execute;
    private final BiConsumer<InspectorItem, Optional<String>> typing;

    /** {@code typing} hears what is wrong with the text being typed into a row (empty once it is fine). */
    RowEditors(Consumer<Command> execute, BiConsumer<InspectorItem, Optional<String>> typing) {
        this.execute = execute;
        this.typing = typing;
    }

    PropertyEditor<?> create(InspectorItem item) {
        InspectorField field = item.field();
        if (field instanceof InspectorField.Property p) {
            return property(item, p.spec());
        } else if (field instanceof InspectorField.Name) {
            return new TextRowEditor(item, f -> ((InspectorField.Name) f).name(), f -> Optional.empty(),
                    (f, text) -> Typed.present(((InspectorField.Name) f).rename(text.strip())), execute, typing);
        } else if (field instanceof InspectorField.Title) {
            return new TextRowEditor(item, f -> ((InspectorField.Title) f).title(), f -> Optional.empty(),
                    (f, text) -> Typed.present(((InspectorField.Title) f).set(text.strip())), execute, typing);
        } else if (field instanceof InspectorField.DeclaredReference) {
            return reference(item);
        } else if (field instanceof InspectorField.PeeringSide) {
            return new CheckRowEditor(item, f -> side(f).mixed() ? Optional.empty() : Optional.of(side(f).present()),
                    f -> side(f).problem().isEmpty(), (f, on) -> side(f).set(on), execute);
        } else if (field instanceof InspectorField.PeeringFlagValue) {
            return new CheckRowEditor(item, f -> flag(f).mixed() ? Optional.empty() : Optional.of(flag(f).value()),
                    f -> flag(f).editable(), (f, on) -> flag(f).set(on), execute);
        } else if (field instanceof InspectorField.CustomPolicy) {
            return new CheckRowEditor(item, f -> policy(f).mixed() ? Optional.empty() : Optional.of(policy(f).present()),
                    f -> true, (f, on) -> policy(f).set(on), execute);
        } else if (field instanceof InspectorField.PolicyValue v) {
            return policyValue(item, v.spec());
        } else if (field instanceof InspectorField.Info) {
            return new LabelRowEditor(item, f -> ((InspectorField.Info) f).text());
        } else if (field instanceof InspectorField.Unknown) {
            return new LabelRowEditor(item, f -> ((InspectorField.Unknown) f).text());
        }
        throw new IllegalArgumentException("no editor for " + field);
    }

    private static InspectorField.Property property(InspectorField f) {
        return (InspectorField.Property) f;
    }

    private static InspectorField.PeeringSide side(InspectorField f) {
        return (InspectorField.PeeringSide) f;
    }

    private static InspectorField.CustomPolicy policy(InspectorField f) {
        return (InspectorField.CustomPolicy) f;
    }

    private static InspectorField.PolicyValue policyValue(InspectorField f) {
        return (InspectorField.PolicyValue) f;
    }

    /** A field of an IPsec policy: its legal values in a choice box, numbers as checked text. */
    private PropertyEditor<?> policyValue(InspectorItem item, PropertySpec spec) {
        if (spec.type() == PropertyType.CHOICE) {
            return new ChoiceRowEditor(item, "(not set)", f -> choices(spec),
                    f -> policyValue(f).mixed() ? Optional.empty()
                            : Optional.of(canonical(spec, policyValue(f).text())),
                    f -> policyValue(f).problem(),
                    (f, value) -> policyValue(f).set(value.isEmpty() ? Optional.empty()
                            : Optional.of(PropValue.text(value))), execute);
        }
        return new TextRowEditor(item, f -> policyValue(f).text(), f -> policyValue(f).problem(), (f, text) -> {
            Typed<PropValue> value = policyValue(f).parse(text);
            return value.isInvalid() ? Typed.invalid(value.error().orElseThrow())
                    : Typed.present(policyValue(f).set(value.toOptional()));
        }, execute, typing);
    }

    private static InspectorField.PeeringFlagValue flag(InspectorField f) {
        return (InspectorField.PeeringFlagValue) f;
    }

    private PropertyEditor<?> property(InspectorItem item, PropertySpec spec) {
        if (spec.type() == PropertyType.CHOICE) {
            return new ChoiceRowEditor(item, "(not set)", f -> choices(spec),
                    f -> property(f).mixed() ? Optional.empty() : Optional.of(canonical(spec, property(f).text())),
                    f -> property(f).problem(),
                    (f, value) -> property(f).set(value.isEmpty() ? Optional.empty()
                            : Optional.of(PropValue.text(value))), execute);
        }
        if (spec.type() == PropertyType.BOOLEAN) {
            return new CheckRowEditor(item, f -> property(f).mixed() ? Optional.empty()
                    : Optional.of(property(f).value().orElse(PropValue.bool(false)).equals(PropValue.bool(true))),
                    f -> true, (f, on) -> property(f).set(Optional.of(PropValue.bool(on))), execute);
        }
        if (!PropertyText.editsAsText(spec.type())) {
            return new LabelRowEditor(item, f -> property(f).text());
        }
        if (spec.multiLine()) {
            return new TextAreaRowEditor(item, f -> property(f).text(), (f, text) -> edit(property(f), text),
                    execute);
        }
        if (!spec.suggestions().isEmpty()) {
            return new SuggestRowEditor(item, spec.suggestions(), f -> property(f).text(),
                    (f, text) -> edit(property(f), text), execute);
        }
        return new TextRowEditor(item, f -> property(f).text(), f -> property(f).problem(),
                (f, text) -> edit(property(f), text), execute, typing);
    }

    /** The command for typed text: set, remove when blank, or the parser's problem. */
    private static Typed<Command> edit(InspectorField.Property p, String text) {
        Typed<PropValue> value = p.parse(text);
        if (value.isInvalid()) {
            return Typed.invalid(value.error().orElseThrow());
        }
        return Typed.present(p.set(value.toOptional()));
    }

    /** The choice as the catalog spells it ("VpnGw1AZ" for "vpngw1az"); other text as it is. */
    private static String canonical(PropertySpec spec, String text) {
        return spec.choices().stream().filter(c -> c.equalsIgnoreCase(text.strip())).findFirst().orElse(text);
    }

    private static List<String> choices(PropertySpec spec) {
        List<String> choices = new ArrayList<>();
        choices.add(ChoiceRowEditor.NONE);
        choices.addAll(spec.choices());
        return choices;
    }

    private PropertyEditor<?> reference(InspectorItem item) {
        List<String> titles = new ArrayList<>(List.of(ChoiceRowEditor.NONE));
        Arrays.stream(Reference.values()).map(Reference::title).forEach(titles::add);
        return new ChoiceRowEditor(item, "(detect)", f -> titles,
                f -> Optional.of(((InspectorField.DeclaredReference) f).reference().map(Reference::title)
                        .orElse(ChoiceRowEditor.NONE)),
                f -> Optional.empty(),
                (f, title) -> ((InspectorField.DeclaredReference) f).set(Arrays.stream(Reference.values())
                        .filter(r -> r.title().equals(title)).findFirst()),
                execute);
    }
}
