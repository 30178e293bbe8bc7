package dev.hybridnet.cli;

import dev.hybridnet.model.Reference;
import java.util.Arrays;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a reference architecture's id on the command line. */
final class ReferenceConverter implements ITypeConverter<Reference> {

    @Override
    public Reference convert(String value) {
        return Reference.fromId(value).orElseThrow(() -> new TypeConversionException("unknown reference '" + value
                + "'; expected one of " + String.join(", ", Arrays.stream(Reference.values()).map(Reference::id)
                .toList())));
    }
}
