package dev.hybridnet.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.catalog.Properties;
import dev.hybridnet.catalog.PropertySpec;
import dev.hybridnet.command.History;
import dev.hybridnet.command.SetProperty;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Ipsec;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import dev.hybridnet.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The connection inspector: every property of the kind, the label, and the IPsec policy as a small form. */
class ConnectionInspectionTest {

    private static final String TUNNEL = "s2s-onprem";
    private final Diagram vpn = Samples.load(Sample.VPN);

    private static Inspection inspect(Diagram d) {
        return Inspection.of(d, Set.of(TUNNEL));
    }

    @Test
    void everyKindShowsEveryPropertyOfTheCatalogAndTheLabel() {
        for (ConnectionKind kind : ConnectionKind.values()) {
            List<String> shown = new ArrayList<>();
            for (PropertySpec spec : Properties.of(kind)) {
                shown.add(spec.name());
            }
            assertTrue(shown.contains(Keys.LABEL.name()) && shown.contains(Keys.WAYPOINTS.name()), kind.toString());
        }
        Inspection i = inspect(vpn);
        assertEquals(List.of("General", "Settings", "Routing", "IPsec policy"),
                i.sections().stream().map(Inspection.Section::title).toList());
        for (String key : List.of("property:connectionProtocol", "property:enableBgp", "property:label", "policy")) {
            assertTrue(i.field(key).isPresent(), key);
        }
        assertEquals(List.of("kind", "id", "from", "to", "property:label"), i.sections().get(0).fields().stream()
                .map(InspectorField::key).toList(), "the label is with the connection's name and ends");
        assertTrue(i.field("property:waypoints").isEmpty(), "no waypoints row while there are none");
        Diagram bent = new SetProperty(TUNNEL, Keys.WAYPOINTS, dev.hybridnet.model.Waypoints.toValue(List.of(
                new dev.hybridnet.geometry.Point(700, 400), new dev.hybridnet.geometry.Point(650.5, 420)))).apply(vpn);
        assertEquals("(700, 400) (650.5, 420)", ((InspectorField.Property) inspect(bent).field("property:waypoints")
                .orElseThrow()).text());
    }

    @Test
    void typingALabelIsOneUndoStepAndEmptyTextRemovesIt() {
        History history = new History(vpn);
        InspectorField.Property label = (InspectorField.Property) inspect(vpn).field("property:label").orElseThrow();
        history.execute(label.set(label.parse("Tunnel to Paris").toOptional()));
        assertEquals(Optional.of("Tunnel to Paris"), history.current().connection(TUNNEL).orElseThrow().props()
                .read(Keys.LABEL).toOptional());
        assertEquals(Optional.of("Undo Set label of s2s-onprem"), history.undoLabel());
        InspectorField.Property again = (InspectorField.Property) inspect(history.current()).field("property:label")
                .orElseThrow();
        assertEquals("Tunnel to Paris", again.text());
        history.execute(again.set(again.parse("  ").toOptional()));
        assertFalse(history.current().connection(TUNNEL).orElseThrow().props().has(Keys.LABEL.name()));
    }

    @Test
    void tickingCustomPolicyShowsItsFieldsWithTheirLegalValuesAndClearingItRemovesThePolicy() {
        InspectorField.CustomPolicy custom = (InspectorField.CustomPolicy) inspect(vpn).field("policy").orElseThrow();
        assertFalse(custom.present());
        assertTrue(inspect(vpn).field("policy:ikeEncryption").isEmpty(), "no fields without a policy");
        History history = new History(vpn);
        history.execute(custom.set(true));
        assertEquals(Optional.of("Undo Set a custom IPsec policy on s2s-onprem"), history.undoLabel());
        Inspection i = inspect(history.current());
        assertTrue(((InspectorField.CustomPolicy) i.field("policy").orElseThrow()).present());
        InspectorField.PolicyValue dh = (InspectorField.PolicyValue) i.field("policy:dhGroup").orElseThrow();
        assertEquals("DHGroup14", dh.text());
        assertTrue(dh.spec().choices().containsAll(List.of("None", "DHGroup2", "DHGroup24", "ECP384")));
        assertEquals(8, i.fields().stream().filter(InspectorField.PolicyValue.class::isInstance).count());

        history.execute(dh.set(Optional.of(PropValue.text("ECP384"))));
        assertEquals(Optional.of("Undo Set DH group of the IPsec policy of s2s-onprem"), history.undoLabel());
        PropValue.ObjectValue policy = history.current().connection(TUNNEL).orElseThrow().props()
                .read(Keys.IPSEC_POLICY).toOptional().orElseThrow();
        assertEquals(PropValue.text("ECP384"), policy.fields().get("dhGroup"));
        assertEquals(PropValue.text("AES256"), policy.fields().get("ikeEncryption"), "the other fields stay");

        InspectorField.CustomPolicy now = (InspectorField.CustomPolicy) inspect(history.current()).field("policy")
                .orElseThrow();
        history.execute(now.set(false));
        assertFalse(history.current().connection(TUNNEL).orElseThrow().props().has(Keys.IPSEC_POLICY.name()));
        assertEquals(Optional.of("Undo Remove the custom IPsec policy of s2s-onprem"), history.undoLabel());
    }

    @Test
    void aBadPolicyValueIsShownWithTheValidatorsFinding() {
        PropValue.ObjectValue bad = PropValue.ObjectValue.of(new java.util.TreeMap<>(Ipsec.defaults().fields()));
        java.util.Map<String, PropValue> fields = new java.util.TreeMap<>(bad.fields());
        fields.put("saLifeTimeSeconds", PropValue.number(20));
        fields.put("ikeEncryption", PropValue.text("AES999"));
        Diagram d = new SetProperty(TUNNEL, Keys.IPSEC_POLICY, PropValue.ObjectValue.of(fields)).apply(vpn);
        Inspection i = inspect(d);
        InspectorField.PolicyValue ike = (InspectorField.PolicyValue) i.field("policy:ikeEncryption").orElseThrow();
        assertTrue(ike.problem().orElseThrow().contains("AES999"), ike.problem().toString());
        InspectorField.CustomPolicy custom = (InspectorField.CustomPolicy) i.field("policy").orElseThrow();
        assertTrue(custom.problem().orElseThrow().startsWith("ipsecPolicy: "), custom.problem().toString());
        assertTrue(new Validator().validate(d).findings().stream()
                .anyMatch(f -> f.message().contains("AES999")), "the validator reports the same value");
        Diagram fixed = ike.set(Optional.of(PropValue.text("AES256"))).apply(d);
        InspectorField.CustomPolicy after = (InspectorField.CustomPolicy) inspect(fixed).field("policy").orElseThrow();
        assertTrue(after.problem().orElseThrow().contains("saLifeTimeSeconds should be from 300 to 172799"),
                after.problem().toString());
    }

    @Test
    void thePeeringsTwoDirectionsAreStillEditable() {
        Diagram hubSpoke = Samples.load(Sample.HUB_SPOKE);
        Inspection i = Inspection.of(hubSpoke, Set.of("peering-hub-spoke1"));
        InspectorField.PeeringFlagValue transit = (InspectorField.PeeringFlagValue) i
                .field("flag:to:useRemoteGateways").orElseThrow();
        assertTrue(transit.editable());
        assertTrue(i.field("property:label").isPresent());
        assertTrue(i.field("policy").isEmpty(), "a peering has no IPsec policy");
    }
}
