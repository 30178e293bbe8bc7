package dev.hybridnet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package table of the architecture guide, enforced. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.hybridnet");
    }

    @Test
    void nothingOutsideTheAppPackageUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("dev.hybridnet.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .allowEmptyShould(false)
                .check(classes);
    }

    /** Our own files are read in io; templates and Azure's resource JSON, foreign JSON, in imports. */
    @Test
    void onlyTheReadersUseJackson() {
        noClasses().that().resideOutsideOfPackages("dev.hybridnet.io..", "dev.hybridnet.imports..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void onlyTheCliPackageUsesPicocli() {
        noClasses().that().resideOutsideOfPackages("dev.hybridnet.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..")
                .check(classes);
    }

    @Test
    void renderingUsesNoToolkitNoJsonLibraryAndNoCommandLine() {
        noClasses().that().resideInAPackage("dev.hybridnet.render..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..",
                        "com.fasterxml.jackson..", "picocli..")
                .allowEmptyShould(false)
                .check(classes);
    }

    /** Batik's transcoder is configured with AWT values (headless), so AWT is allowed here but no toolkit UI. */
    @Test
    void exportUsesNoUiToolkitNoJsonLibraryAndNoCommandLine() {
        noClasses().that().resideInAPackage("dev.hybridnet.export..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "javax.swing..",
                        "com.fasterxml.jackson..", "picocli..")
                .allowEmptyShould(false)
                .check(classes);
    }

    @Test
    void exportReadsTheDrawingNeverTheDiagram() {
        noClasses().that().resideInAPackage("dev.hybridnet.export..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.hybridnet.model..",
                        "dev.hybridnet.catalog..", "dev.hybridnet.validation..", "dev.hybridnet.io..",
                        "dev.hybridnet.samples..")
                .allowEmptyShould(false)
                .check(classes);
    }

    @Test
    void packagesDependOnlyOnTheLayersTheGuideAllows() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("launcher").definedBy("dev.hybridnet")
                .layer("geometry").definedBy("dev.hybridnet.geometry..")
                .layer("model").definedBy("dev.hybridnet.model..")
                .layer("catalog").definedBy("dev.hybridnet.catalog..")
                .layer("command").definedBy("dev.hybridnet.command..")
                .layer("validation").definedBy("dev.hybridnet.validation..")
                .layer("render").definedBy("dev.hybridnet.render..")
                .layer("export").definedBy("dev.hybridnet.export..")
                .layer("layout").definedBy("dev.hybridnet.layout..")
                .layer("imports").definedBy("dev.hybridnet.imports..")
                .layer("editor").definedBy("dev.hybridnet.editor..")
                .layer("fixes").definedBy("dev.hybridnet.fixes..")
                .layer("io").definedBy("dev.hybridnet.io..")
                .layer("samples").definedBy("dev.hybridnet.samples..")
                .layer("cli").definedBy("dev.hybridnet.cli..")
                .layer("app").definedBy("dev.hybridnet.app..")
                .whereLayer("launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("app").mayOnlyBeAccessedByLayers("launcher")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("launcher")
                .whereLayer("samples").mayOnlyBeAccessedByLayers("cli", "app")
                .whereLayer("imports").mayOnlyBeAccessedByLayers("cli", "app")
                .whereLayer("layout").mayOnlyBeAccessedByLayers("imports", "editor", "samples", "cli", "app")
                .whereLayer("io").mayOnlyBeAccessedByLayers("samples", "cli", "app")
                .whereLayer("editor").mayOnlyBeAccessedByLayers("app")
                .whereLayer("fixes").mayOnlyBeAccessedByLayers("app")
                .whereLayer("export").mayOnlyBeAccessedByLayers("cli", "app")
                .whereLayer("render").mayOnlyBeAccessedByLayers("layout", "editor", "export", "cli", "app")
                .whereLayer("command").mayOnlyBeAccessedByLayers("editor", "fixes", "app")
                .whereLayer("validation").mayOnlyBeAccessedByLayers("render", "editor", "fixes", "io", "cli", "app")
                .whereLayer("catalog").mayOnlyBeAccessedByLayers("command", "validation", "render", "layout",
                        "imports", "editor", "fixes", "io", "samples", "cli", "app")
                .whereLayer("model").mayOnlyBeAccessedByLayers("catalog", "command", "validation", "render", "layout",
                        "imports", "editor", "fixes", "io", "samples", "cli", "app")
                .whereLayer("geometry").mayOnlyBeAccessedByLayers("model", "catalog", "command", "validation",
                        "render", "layout", "imports", "export", "editor", "fixes", "io", "samples", "cli",
                        "app")
                .check(classes);
    }

    @Test
    void theCommandPackageDependsOnlyOnModelCatalogAndGeometry() {
        noClasses().that().resideInAPackage("dev.hybridnet.command..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.hybridnet.validation..",
                        "dev.hybridnet.render..", "dev.hybridnet.editor..", "dev.hybridnet.io..",
                        "dev.hybridnet.samples..", "dev.hybridnet.cli..", "dev.hybridnet.export..", "javafx..")
                .check(classes);
    }

    @Test
    void quickFixesUseOnlyTheModelTheCatalogCommandsAndValidation() {
        noClasses().that().resideInAPackage("dev.hybridnet.fixes..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.hybridnet.render..", "dev.hybridnet.editor..",
                        "dev.hybridnet.io..", "dev.hybridnet.samples..", "dev.hybridnet.cli..",
                        "dev.hybridnet.export..", "javafx..", "java.awt..")
                .allowEmptyShould(false)
                .check(classes);
    }

    @Test
    void theEditorPackageUsesNeitherFilesNorExportersNorAToolkit() {
        noClasses().that().resideInAPackage("dev.hybridnet.editor..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.hybridnet.io..", "dev.hybridnet.samples..",
                        "dev.hybridnet.cli..", "dev.hybridnet.export..", "javafx..", "java.awt..")
                .check(classes);
    }
}
