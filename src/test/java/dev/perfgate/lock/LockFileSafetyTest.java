package dev.perfgate.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The machine-wide lock lives in a directory every user can write to: what another user plants at its name
 * (a link, a hard link, a pipe, a hostile holder line) must neither be written through, nor hang the build,
 * nor reach the terminal. (What the Maven goal says when it falls back to the JVM-wide lock:
 * {@code dev.perfgate.maven.MachineLockFallbackTest}.)
 */
class LockFileSafetyTest {

    private static final String SECRET = "root:$6$secret-hash:19000:0:99999:7:::\n";

    @TempDir
    Path dir;

    @Test
    void aLinkPlantedAtTheLockIsNeverFollowed() throws Exception {
        Path target = secretFile();
        Path lock = dir.resolve(MachineBenchmarkLock.FILE_NAME);
        Files.createSymbolicLink(lock, target);

        IOException refused = assertThrows(IOException.class, () -> LockFile.open(lock));
        assertTrue(refused.getMessage().contains("is a symbolic link"), refused.getMessage());
        assertThrows(
                IOException.class,
                () -> MachineBenchmarkLock.acquire(lock, "benchmark 'mine' (module here)", line -> {}));
        assertEquals(SECRET, Files.readString(target), "the file the link points to must be untouched");
    }

    @Test
    void aDanglingLinkIsNotFollowedToCreateItsTarget() {
        Path target = dir.resolve("created-by-root");
        Path lock = dir.resolve(MachineBenchmarkLock.FILE_NAME);
        assertDoesNotExistAfterRefusal(lock, target);
    }

    private static void assertDoesNotExistAfterRefusal(Path lock, Path target) {
        try {
            Files.createSymbolicLink(lock, target);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThrows(IOException.class, () -> LockFile.open(lock));
        assertFalse(Files.exists(target, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aHardLinkToAnotherFileOfOursIsLockedButNeverWritten() throws Exception {
        Path target = secretFile();
        Path lock = dir.resolve(MachineBenchmarkLock.FILE_NAME);
        Files.createLink(lock, target);
        LockFile opened = LockFile.open(lock);
        try (FileChannel channel = opened.channel()) {
            assertFalse(opened.ours(), "a second link: not ours alone, so its holder line is never written");
        }

        try (AutoCloseable held = MachineBenchmarkLock.acquire(lock, "benchmark 'mine' (module here)", line -> {})) {
            assertEquals(SECRET, Files.readString(target));
        }
        assertEquals(SECRET, Files.readString(target), "neither written nor truncated");
    }

    @Test
    void aPipeAtTheLockIsRefusedWithoutHanging() throws Exception {
        Path lock = dir.resolve(MachineBenchmarkLock.FILE_NAME);
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", lock.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");

        IOException refused = assertThrows(IOException.class, () -> LockFile.open(lock));
        assertTrue(refused.getMessage().contains("is not a regular file"), refused.getMessage());
    }

    @Test
    void aLockFileItCreatesIsWritableByItsCreatorOnlyAndRecordsTheHolder() throws Exception {
        Path lock = dir.resolve(MachineBenchmarkLock.FILE_NAME);
        try (AutoCloseable held = MachineBenchmarkLock.acquire(lock, "benchmark 'mine' (module here)", line -> {})) {
            assertTrue(Files.readString(lock).startsWith("benchmark 'mine' (module here), pid "));
            if (Files.getFileStore(lock).supportsFileAttributeView("posix")) {
                assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(lock)));
            }
        }
        assertEquals("", Files.readString(lock), "its holder is forgotten when released");
    }

    @Test
    void aHostileHolderLineIsShownPrintableAndBounded() throws Exception {
        Path lock = dir.resolve(MachineBenchmarkLock.FILE_NAME);
        String hostile = "\u001b]0;owned\u0007\u001b[2J\u202Eevil benchmark " + "x".repeat(100_000) + "\nsecond line";
        Files.writeString(lock, hostile);
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.READ)) {
            String holder = MachineBenchmarkLock.holder(channel);

            assertTrue(holder.chars().noneMatch(c -> Character.isISOControl(c) || c == '\u202E'), holder);
            assertTrue(holder.startsWith("]0;owned[2Jevil benchmark xxx"), holder);
            assertEquals(MachineBenchmarkLock.MAX_HOLDER_CHARS, holder.length());
            assertTrue(holder.endsWith("…"), holder);
        }
        assertEquals("", MachineBenchmarkLock.untrustedHolder("\u001b\u0007\n x"), "the first line only");
    }

    private Path secretFile() throws IOException {
        Path target = dir.resolve("shadow");
        Files.writeString(target, SECRET, StandardCharsets.UTF_8);
        return target;
    }
}
