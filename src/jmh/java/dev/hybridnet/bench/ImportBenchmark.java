package dev.hybridnet.bench;

import dev.hybridnet.JvmOptions;
import dev.hybridnet.imports.ImportException;
import dev.hybridnet.imports.Imported;
import dev.hybridnet.imports.Importer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing an ARM template of 100 and 500 resources (a hub and spokes, each spoke a VNet with a subnet whose route
 * table and NSG are their own resources, peered both ways), from reading the file to the laid-out diagram. Target:
 * 500 resources in under 1 s in-process.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {JvmOptions.GC})
public class ImportBenchmark {

    @Param({"100", "500"})
    int resources;

    private Path file;

    @Setup(Level.Trial)
    public void writeTemplate() throws IOException {
        file = Files.createTempFile("bench", ".json");
        Files.writeString(file, template(resources / 5), StandardCharsets.UTF_8);
    }

    @TearDown(Level.Trial)
    public void deleteTemplate() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public Imported importTemplate() throws IOException, ImportException {
        return Importer.importFile(file, Optional.empty());
    }

    /** A template of five resources per spoke: the spoke, its route table and NSG, and the two peering halves. */
    static String template(int spokes) {
        StringBuilder r = new StringBuilder();
        r.append("{\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\",")
                .append("\"contentVersion\": \"1.0.0.0\", \"resources\": [")
                .append("{\"type\": \"Microsoft.Network/virtualNetworks\", \"name\": \"hub\", \"properties\": ")
                .append("{\"addressSpace\": {\"addressPrefixes\": [\"10.0.0.0/16\"]}, \"subnets\": [{\"name\": ")
                .append("\"AzureFirewallSubnet\", \"properties\": {\"addressPrefix\": \"10.0.0.0/26\"}}]}}");
        for (int i = 1; i <= spokes; i++) {
            String net = "10." + (i / 250 + 1) + "." + (i % 250) + ".0";
            r.append(",{\"type\": \"Microsoft.Network/routeTables\", \"name\": \"rt-").append(i).append("\", ")
                    .append("\"properties\": {\"routes\": [{\"name\": \"default\", \"properties\": {\"addressPrefix\":")
                    .append(" \"0.0.0.0/0\", \"nextHopType\": \"VirtualAppliance\", \"nextHopIpAddress\": ")
                    .append("\"10.0.0.4\"}}]}}")
                    .append(",{\"type\": \"Microsoft.Network/networkSecurityGroups\", \"name\": \"nsg-").append(i)
                    .append("\", \"properties\": {}}")
                    .append(",{\"type\": \"Microsoft.Network/virtualNetworks\", \"name\": \"spoke-").append(i)
                    .append("\", \"properties\": {\"addressSpace\": {\"addressPrefixes\": [\"").append(net)
                    .append("/24\"]}, \"subnets\": [{\"name\": \"snet-app\", \"properties\": {\"addressPrefix\": \"")
                    .append(net).append("/25\", \"routeTable\": {\"id\": \"[resourceId('Microsoft.Network/routeTables',")
                    .append(" 'rt-").append(i).append("')]\"}, \"networkSecurityGroup\": {\"id\": \"[resourceId(")
                    .append("'Microsoft.Network/networkSecurityGroups', 'nsg-").append(i).append("')]\"}}}]}}");
            for (String[] half : new String[][] {{"hub", "spoke-" + i}, {"spoke-" + i, "hub"}}) {
                r.append(",{\"type\": \"Microsoft.Network/virtualNetworks/virtualNetworkPeerings\", \"name\": \"")
                        .append(half[0]).append("/to-").append(half[1]).append("\", \"properties\": {")
                        .append("\"remoteVirtualNetwork\": {\"id\": \"[resourceId('Microsoft.Network/virtualNetworks',")
                        .append(" '").append(half[1]).append("')]\"}, \"allowForwardedTraffic\": true}}");
            }
        }
        return r.append("]}").toString();
    }
}
