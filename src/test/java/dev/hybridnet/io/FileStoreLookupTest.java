package dev.hybridnet.io;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Writing a file never asks for its file store. On Linux the JDK finds a file's store in the mount table, and in
 * a chroot, where the root is not a listed mount, that fails with "Mount point not found": every save, export and
 * report written with {@code -o} failed there (found by packaging/linux/test-deb-in-chroot.sh). Per-file
 * questions (the file's POSIX attribute view) answer the same without the mount table.
 */
class FileStoreLookupTest {

    @Test
    void noProductionCodeLooksUpAFileStore() {
        noClasses().should().callMethod(Files.class, "getFileStore", Path.class)
                .because("the mount-table lookup fails in a chroot ('Mount point not found')")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.hybridnet"));
    }
}
