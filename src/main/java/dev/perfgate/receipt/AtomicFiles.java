package dev.perfgate.receipt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file whole or not at all: the text goes to a temporary file in the target's folder, which
 * is then renamed over the target, so a crash never leaves half a file behind.
 *
 * <p>Only a regular file is ever replaced: the rename would write over a device or a link just as
 * happily (as root, {@code /dev/null} became a regular file). The temporary file is opened like any
 * other build output, so the result has the permissions the umask gives (Files.createTempFile would
 * make it 0600).
 */
public final class AtomicFiles {

    private AtomicFiles() {}

    /** Writes {@code text} (UTF-8) to {@code target}, creating its folder when needed. */
    public static void write(Path target, String text) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            throw new IOException(absolute + " exists and is not a regular file; perfgate only replaces regular files");
        }
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temp = folder.resolve("." + absolute.getFileName() + "."
                + UUID.randomUUID().toString().substring(0, 8) + ".tmp");
        try {
            Files.writeString(
                    temp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Deletes {@code target} when it is a regular file (a stale report beside a newer receipt). */
    public static boolean deleteIfRegularFile(Path target) throws IOException {
        return Files.isRegularFile(target) && Files.deleteIfExists(target);
    }
}
