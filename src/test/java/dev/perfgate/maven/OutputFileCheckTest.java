package dev.perfgate.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.files.OutputFileCheck;
import dev.perfgate.paired.config.InvalidConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileCheckTest {

    @TempDir
    Path dir;

    private InvalidConfigurationException refused(Path receipt) {
        InvalidConfigurationException error = assertThrows(
                InvalidConfigurationException.class,
                () -> OutputFileCheck.check(receipt, MarkdownOutputs.besideReceipt(receipt)));
        assertEquals("outputFile", error.parameter());
        return error;
    }

    @Test
    void aFolderUnderARegularFileIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        assertTrue(refused(file.resolve("sub/r.json")).getMessage().contains("is a file, not a directory"));
    }

    @Test
    void aDirectoryIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("r.json"));
        assertTrue(refused(folder).getMessage().contains("is a directory"));
    }

    @Test
    void aDirectoryWhereTheMarkdownReportGoesIsRefused() throws Exception {
        Files.createDirectory(dir.resolve("r.md"));
        assertTrue(refused(dir.resolve("r.json")).getMessage().contains("Markdown"));
    }

    @Test
    void aDeviceIsRefused() {
        // As root the rename used to replace /dev/null with a regular file.
        assertTrue(refused(Path.of("/dev/null")).getMessage().contains("not a regular file"));
    }

    @Test
    void aLinkToADirectoryIsRefused() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("r.json"), Files.createDirectory(dir.resolve("target")));
        assertTrue(refused(link).getMessage().contains("is a directory"));
    }

    @Test
    void aFileNameTooLongForTheTemporaryFileIsRefused() {
        assertTrue(refused(dir.resolve("n".repeat(230) + ".json")).getMessage().contains("bytes long"));
    }

    @Test
    void aFreshPathIsAcceptedButNothingIsCreatedBeforeTheReceiptIsWritten() throws Exception {
        // A configuration error found after this check (before any run) must leave nothing behind.
        Path receipt = dir.resolve("a/b/r.json");
        assertDoesNotThrow(() -> OutputFileCheck.check(receipt, MarkdownOutputs.besideReceipt(receipt)));
        assertFalse(Files.exists(dir.resolve("a")));
    }

    @Test
    void aFolderUnderAReadOnlyDirectoryIsRefused() throws Exception {
        Path readOnly = Files.createDirectory(dir.resolve("ro"));
        assertTrue(readOnly.toFile().setWritable(false, false));
        try {
            // root may write anywhere: the check is only meaningful where the kernel refuses
            if (!Files.isWritable(readOnly)) {
                assertTrue(refused(readOnly.resolve("x/r.json")).getMessage().contains("is not writable"));
            }
        } finally {
            readOnly.toFile().setWritable(true, false);
        }
    }

    @Test
    void anExistingReceiptIsReplaceable() throws Exception {
        Path receipt = Files.writeString(dir.resolve("r.json"), "{}");
        assertDoesNotThrow(() -> OutputFileCheck.check(receipt, MarkdownOutputs.besideReceipt(receipt)));
    }
}
