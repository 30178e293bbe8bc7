package dev.hybridnet.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hybridnet.imports.arm.ArmException;
import dev.hybridnet.imports.arm.Deployment;
import dev.hybridnet.imports.arm.Unknown;
import dev.hybridnet.imports.terraform.TerraformException;
import dev.hybridnet.imports.terraform.TerraformJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Imports a file, telling by its content what it is: an ARM template (run offline with its parameters file or its
 * defaults; Bicep compiles to one with {@code az bicep build}), Azure's own resource JSON, or the JSON of
 * {@code terraform show -json} on a plan or a state (its azurerm resources). The result is a laid-out diagram and a
 * report of what was mapped, implied, skipped, destroyed by a plan and not evaluated.
 */
public final class Importer {

    /** Larger than any template or resource listing of a network; larger files are refused before reading. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private Importer() {
    }

    /**
     * True when {@code file} looks like something this class imports (a template, resource JSON, Terraform's JSON),
     * or like a Terraform file it refuses with a hint (a saved binary plan, a stored state).
     */
    public static boolean accepts(Path file) {
        try {
            if (Files.isRegularFile(file) && OwnDiagrams.declaresItself(file)) {
                return false;
            }
            if (Files.isRegularFile(file) && isZip(file)) {
                return true;
            }
            JsonNode root = read(file);
            return isTemplate(root) || TerraformJson.is(root) || TerraformJson.isStoredState(root)
                    || ResourceJson.resources(root).isPresent();
        } catch (IOException | ImportException e) {
            return false;
        }
    }

    /** Imports {@code file}, with the template parameter values of {@code parameters} when given. */
    public static Imported importFile(Path file, Optional<Path> parameters) throws IOException, ImportException {
        return importFiles(List.of(file), parameters);
    }

    /**
     * Imports several files into one diagram (the listings of {@code az network vnet list} and {@code az network
     * vnet-gateway list}, say); {@code parameters} goes with the template among them. A file that cannot be
     * imported at all stops the import with its reason; the message names the file.
     */
    public static Imported importFiles(List<Path> files, Optional<Path> parameters) throws IOException,
            ImportException {
        Sources sources = new Sources();
        for (Path file : files) {
            try {
                collect(file, parameters, sources);
            } catch (ImportException e) {
                throw new ImportException(file + ": " + e.getMessage());
            }
        }
        String names = String.join(", ", files.stream().map(f -> Optional.ofNullable(f.getFileName())
                .map(Path::toString).orElse(f.toString())).toList());
        String source = String.join(", ", files.stream().map(Path::toString).toList());
        return ArmMapper.map(source, "Imported from " + names, sources);
    }

    private static void collect(Path file, Optional<Path> parameters, Sources sources) throws IOException,
            ImportException {
        List<dev.hybridnet.imports.arm.ArmResource> into = sources.resources;
        List<ImportReport.Problem> problems = sources.problems;
        JsonNode root = read(file);
        if (TerraformJson.is(root)) {
            try {
                sources.add(TerraformJson.read(root));
            } catch (TerraformException e) {
                throw new ImportException(e.getMessage());
            }
            return;
        }
        if (TerraformJson.isStoredState(root)) {
            throw new ImportException("this is a state file as Terraform stores it; import the output of "
                    + "'terraform show -json' instead");
        }
        if (isParameters(root)) {
            throw new ImportException("this is a parameters file; import the template and give this file with "
                    + "--parameters");
        }
        if (isTemplate(root)) {
            Map<String, JsonNode> values = parameters.isPresent() ? parameterValues(read(parameters.get()))
                    : Map.of();
            Deployment.Result run;
            try {
                run = Deployment.run(root, values, Optional.ofNullable(file.toAbsolutePath().getParent()));
            } catch (ArmException e) {
                throw new ImportException(e.getMessage());
            }
            into.addAll(run.resources());
            run.problems().forEach(p -> problems.add(new ImportReport.Problem(p.path(), p.message())));
            run.unsetParameters().forEach(p -> problems.add(new ImportReport.Problem("parameters." + p, "no value "
                    + "given and no default: what depends on it is left unknown")));
            return;
        }
        Optional<List<dev.hybridnet.imports.arm.ArmResource>> resources = ResourceJson.resources(root);
        if (resources.isEmpty()) {
            throw new ImportException("this is neither an ARM template nor Azure resource JSON (no $schema of a "
                    + "deployment template, and no objects with an id, a type and a name), nor Terraform's JSON (no "
                    + "format_version and terraform_version)");
        }
        into.addAll(resources.get());
    }

    private static boolean isTemplate(JsonNode root) {
        return root.isObject() && root.path("$schema").asText("").toLowerCase(Locale.ROOT)
                .contains("deploymenttemplate.json") && root.has("resources");
    }

    private static boolean isParameters(JsonNode root) {
        return root.isObject() && root.path("$schema").asText("").toLowerCase(Locale.ROOT)
                .contains("deploymentparameters.json");
    }

    /** A parameters file's values; a Key Vault reference is a value only Azure knows. */
    private static Map<String, JsonNode> parameterValues(JsonNode file) throws ImportException {
        if (!file.path("parameters").isObject()) {
            throw new ImportException("the parameters file has no \"parameters\" object");
        }
        Map<String, JsonNode> values = new HashMap<>();
        for (var p : file.get("parameters").properties()) {
            JsonNode v = p.getValue();
            values.put(p.getKey(), v.has("value") ? v.get("value") : Unknown.node("<" + p.getKey() + ">"));
        }
        return values;
    }

    /** The JSON parser's complaint in our words. */
    private static String plain(String message) {
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("Unrecognized token '([^']*)'").matcher(
                message);
        if (token.find()) {
            return "unexpected text '" + token.group(1) + "'";
        }
        java.util.regex.Matcher character = java.util.regex.Pattern.compile("Unexpected character \\('(.)'")
                .matcher(message);
        if (character.find()) {
            return "unexpected character '" + character.group(1) + "'";
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return "the file ends before the JSON does";
        }
        if (message.contains("nesting depth")) {
            return "nested deeper than 1000 levels";
        }
        return "not valid JSON";
    }

    private static String firstLine(String message) {
        String m = message == null ? "unreadable" : message;
        int end = m.indexOf('\n');
        return end < 0 ? m : m.substring(0, end);
    }

    /** Whether the file starts as a zip archive does, as {@code terraform plan -out} writes it. */
    private static boolean isZip(Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    private static JsonNode read(Path file) throws IOException, ImportException {
        if (!Files.isRegularFile(file)) {
            throw new ImportException(Files.exists(file) ? "not a regular file" : "no such file");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new ImportException("larger than " + (MAX_BYTES >> 20) + " MiB; no template or resource listing "
                    + "of a network is that large");
        }
        if (isZip(file)) {
            throw new ImportException("a saved Terraform plan is binary; import the output of 'terraform show -json "
                    + "PLAN' instead");
        }
        try {
            JsonNode root = dev.hybridnet.imports.arm.Json.MAPPER.readTree(file.toFile());
            if (root == null || root.isMissingNode()) {
                throw new ImportException("the file is empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new ImportException("not JSON" + where + ": " + plain(firstLine(e.getOriginalMessage())));
        }
    }
}
