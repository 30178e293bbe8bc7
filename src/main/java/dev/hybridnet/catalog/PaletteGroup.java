package dev.hybridnet.catalog;

/** The groups of the palette, in the order they are shown. */
public enum PaletteGroup {
    ON_PREMISES("On-premises"),
    CONNECTIVITY("Connectivity"),
    AZURE_NETWORKING("Azure networking"),
    SECURITY("Security"),
    COMPUTE("Compute"),
    ANNOTATIONS("Annotations");

    private final String label;

    PaletteGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
