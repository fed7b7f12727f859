package dev.perfgate.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aFileIsCreatedWithTheUmasksPermissionsNotOwnerOnly() throws Exception {
        Path target = dir.resolve("r.json");
        AtomicFiles.write(target, "{}");
        // Compare with a file the shell creates in the same folder under the same umask.
        Path reference = dir.resolve("by-shell");
        Process touch = new ProcessBuilder("touch", reference.toString()).start();
        assertTrue(touch.waitFor(60, TimeUnit.SECONDS));
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(reference);
        assertEquals(expected, Files.getPosixFilePermissions(target));
        assertTrue(
                expected.contains(PosixFilePermission.OTHERS_READ) || expected.contains(PosixFilePermission.GROUP_READ),
                "this test needs a umask that lets others read, got " + expected);
    }

    @Test
    void aDirectoryIsNeverReplaced() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("r.json"));
        java.io.IOException error = assertThrows(java.io.IOException.class, () -> AtomicFiles.write(folder, "{}"));
        assertTrue(error.getMessage().contains("not a regular file"), error.getMessage());
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void aRegularFileIsReplacedWholeAndNoTemporaryFileRemains() throws Exception {
        Path target = Files.writeString(dir.resolve("r.json"), "old");
        AtomicFiles.write(target, "new");
        assertEquals("new", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }
}
