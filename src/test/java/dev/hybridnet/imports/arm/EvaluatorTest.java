package dev.hybridnet.imports.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The template language as network templates use it, checked against the results Azure documents. */
class EvaluatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Scope scope = new Scope() {
        private final Map<String, JsonNode> parameters = Map.of(
                "prefix", JsonNodeFactory.instance.textNode("contoso"),
                "spokes", JsonNodeFactory.instance.numberNode(3),
                "space", JsonNodeFactory.instance.textNode("10.0.0.0/16"));

        @Override
        public JsonNode parameter(String name) {
            JsonNode v = parameters.get(name);
            if (v == null) {
                throw new ArmException("there is no parameter '" + name + "'");
            }
            return v;
        }

        @Override
        public JsonNode variable(String name) {
            return JsonNodeFactory.instance.textNode("var-" + name);
        }

        @Override
        public int copyIndex(Optional<String> loop) {
            return 2;
        }
    };

    private String eval(String expression) {
        return Unknown.text(Evaluator.value(JsonNodeFactory.instance.textNode(expression), scope));
    }

    private JsonNode node(String expression) {
        return Evaluator.value(JsonNodeFactory.instance.textNode(expression), scope);
    }

    @Test
    void stringsNamesAndConcatenation() {
        assertEquals("contoso-hub-vnet", eval("[concat(parameters('prefix'), '-hub-vnet')]"));
        assertEquals("it's", eval("[concat('it''s')]"));
        assertEquals("[not an expression]", eval("[[not an expression]"));
        assertEquals("plain", eval("plain"));
        assertEquals("CONTOSO", eval("[toUpper(parameters('prefix'))]"));
        assertEquals("spoke-02-contoso", eval("[format('spoke-{0:D2}-{1}', copyIndex(), parameters('prefix'))]"));
        assertEquals("var-x", eval("[variables('x')]"));
        assertEquals("a,b", eval("[replace('a;b', ';', ',')]"));
        assertEquals("[\"10\",\"0\",\"0\",\"0/16\"]", node("[split(parameters('space'), '.')]").toString());
    }

    @Test
    void logicAndNumbers() {
        assertEquals("yes", eval("[if(equals(parameters('spokes'), 3), 'yes', 'no')]"));
        assertEquals("true", node("[and(true(), not(false()))]").toString());
        assertEquals("5", node("[add(copyIndex(), 3)]").toString());
        assertEquals("3", node("[copyIndex(1)]").toString());
        assertEquals("4", node("[length(createArray(1, 2, 3, 4))]").toString());
        assertEquals("true", node("[empty('')]").toString());
        assertEquals("{\"a\":1,\"b\":3}", node("[union(createObject('a', 1, 'b', 2), createObject('b', 3))]")
                .toString());
        assertEquals("2", node("[createArray(1, 2, 3)[1]]").toString());
        assertEquals("\"x\"", node("[createObject('k', 'x').k]").toString());
        assertEquals("true", node("[contains(createArray('a', 'b'), 'b')]").toString());
        assertEquals("\"c\"", node("[last(createArray('a', 'b', 'c'))]").toString());
    }

    @Test
    void addressRangesAsAzureComputesThem() {
        assertEquals("10.0.2.0/24", eval("[cidrSubnet(parameters('space'), 24, 2)]"));
        assertEquals("10.144.3.1", eval("[cidrHost('10.144.3.0/24', 0)]"));
        assertEquals("{\"network\":\"10.144.0.0\",\"netmask\":\"255.255.240.0\",\"broadcast\":\"10.144.15.255\","
                + "\"firstUsable\":\"10.144.0.1\",\"lastUsable\":\"10.144.15.254\",\"cidr\":20}",
                node("[parseCidr('10.144.0.0/20')]").toString());
    }

    @Test
    void resourceIdsLeaveOutWhatIsNotKnownOffline() {
        assertEquals("/providers/Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet",
                eval("[resourceId('Microsoft.Network/virtualNetworks/subnets', 'hub', 'GatewaySubnet')]"));
        assertEquals("/resourceGroups/net-rg/providers/Microsoft.Network/publicIPAddresses/pip",
                eval("[resourceId('net-rg', 'Microsoft.Network/publicIPAddresses', 'pip')]"));
    }

    @Test
    void whatOnlyALiveSubscriptionKnowsIsUnknownNeverGuessed() {
        assertTrue(Unknown.is(node("[resourceGroup().location]")));
        assertTrue(Unknown.is(node("[reference('pip').ipAddress]")));
        assertEquals("vnet-<uniqueString>", eval("[concat('vnet-', uniqueString(resourceGroup().id))]"));
        assertTrue(Unknown.is(node("[cidrSubnet(reference('x').prefix, 24, 0)]")), "unknown in, unknown out");
        assertEquals("b", eval("[if(true(), 'b', reference('x').y)]"), "the branch not taken is not evaluated");
    }

    @Test
    void badExpressionsAreOneClearSentence() throws Exception {
        assertEquals("the expression [concat('a' is not closed with ']'", assertThrows(ArmException.class,
                () -> eval("[concat('a'")).getMessage(), "a call without its closing bracket is a typo, not a name");
        assertEquals("[draft] v2", eval("[draft] v2"), "text in brackets that is no call stays text");
        ArmException open = assertThrows(ArmException.class, () -> eval("[concat('a']"));
        assertEquals("cannot read the expression [concat('a']: expected ')' but the expression ends at character 11",
                open.getMessage());
        ArmException unknown = assertThrows(ArmException.class, () -> eval("[frobnicate(1)]"));
        assertEquals("the function 'frobnicate' is not one the importer knows, in [frobnicate(1)]",
                unknown.getMessage());
        assertThrows(ArmException.class, () -> eval("[range(0, -1)]"));
        assertThrows(ArmException.class, () -> eval("[createArray(1)[5]]"));
        String deep = "[" + "concat(".repeat(200) + "'x'" + ")".repeat(200) + "]";
        assertTrue(assertThrows(ArmException.class, () -> eval(deep)).getMessage().contains("nested"));
        assertEquals("{\"a\":[1,\"contoso\"]}", Evaluator.value(JSON.readTree(
                "{\"a\": [1, \"[parameters('prefix')]\"]}"), scope).toString());
    }
}
