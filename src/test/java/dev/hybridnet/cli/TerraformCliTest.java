package dev.hybridnet.cli;

import static dev.hybridnet.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.io.DiagramReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hybridnet import} and {@code hybridnet validate} on the JSON of {@code terraform show -json}. */
class TerraformCliTest {

    private static final Path DIR = Path.of("src/test/resources/import/terraform");

    @Test
    void importWritesTheDiagramOfAPlanAndItsReport(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("net.hybridnet.json");
        CliTest.Run run = run("import", DIR.resolve("destroy-and-replace.plan.json").toString(), "-o", out.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("5 resources mapped, 0 elements implied, 0 skipped, 2 destroyed by the plan"),
                run.out());
        assertTrue(run.out().contains("  destroyed  1 x azurerm_subnet (the plan deletes it; not in the design)"),
                run.out());
        assertEquals(3, new DiagramReader().read(out).elements().size(), "app-vnet, snet-keep, snet-new");
    }

    @Test
    void validateChecksAPlansDesignInOneStep() {
        CliTest.Run run = run("validate", DIR.resolve("pair/hub-spoke-vpn.plan.json").toString());
        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("hub-spoke-vpn.plan.json: 0 errors"), run.out());
    }

    @Test
    void validateOnAStateWithoutSubnetsOfItsOwnStillFindsTheGateways() {
        CliTest.Run run = run("validate", "--reference", "vpn", DIR.resolve("vnet2vnet.state.json").toString());
        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("reference: vpn"), run.out());
    }

    @Test
    void aSavedBinaryPlanIsOneLineAndExitStatusTwo() {
        Path plan = DIR.resolve("hostile/saved-plan.tfplan");
        for (String command : new String[] {"import", "validate"}) {
            CliTest.Run run = run(command, plan.toString());
            assertEquals(2, run.status(), command + ": " + run.out() + run.err());
            assertEquals(plan + ": a saved Terraform plan is binary; import the output of 'terraform show -json "
                    + "PLAN' instead", run.err().strip(), command);
        }
    }
}
