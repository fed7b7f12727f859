package dev.perfgate.lock;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Opens the machine-wide lock file in a directory other users can write to (the system temp directory),
 * without letting them turn it against us: a link planted at its name is never followed, nothing but a
 * regular file is opened, and a file is only ever truncated or written when this user created it or owns it
 * alone (one link: not a hard link to another of our files). Anything else is refused with an
 * {@link IOException} saying why; the caller then measures under the JVM-wide lock only.
 *
 * @param channel open for reading and writing (a Java exclusive lock needs a writable channel)
 * @param ours    whether the holder line may be written to it
 */
record LockFile(FileChannel channel, boolean ours) {

    /** Read by everyone, written by its creator only: other users' builds cannot change it. */
    private static final String CREATED_PERMISSIONS = "rw-r--r--";

    static LockFile open(Path file) throws IOException {
        Optional<FileChannel> created = createNew(file);
        if (created.isPresent()) {
            return new LockFile(created.get(), true);
        }
        BasicFileAttributes before = attributes(file);
        if (before.isSymbolicLink()) {
            throw new IOException(file + " is a symbolic link, which perfgate never follows (someone may have"
                    + " planted it); remove it");
        }
        if (!before.isRegularFile()) {
            throw new IOException(file + " is not a regular file; remove it");
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(
                    file, StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (AccessDeniedException e) {
            throw new IOException(file + " belongs to " + owner(file) + " and is not writable by this user", e);
        }
        try {
            BasicFileAttributes after = attributes(file);
            if (!after.isRegularFile() || !Objects.equals(before.fileKey(), after.fileKey())) {
                throw new IOException(file + " was replaced while it was being opened");
            }
            return new LockFile(channel, ownedAlone(file));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Empty when the name is taken (by anything, a dangling link included: O_EXCL never follows one). */
    private static Optional<FileChannel> createNew(Path file) throws IOException {
        Set<OpenOption> options =
                Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            try {
                return Optional.of(FileChannel.open(
                        file,
                        options,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(CREATED_PERMISSIONS))));
            } catch (UnsupportedOperationException notPosix) {
                return Optional.of(FileChannel.open(file, options));
            }
        } catch (FileAlreadyExistsException e) {
            return Optional.empty();
        }
    }

    private static BasicFileAttributes attributes(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new IOException(file + " disappeared while it was being opened", e);
        }
    }

    /**
     * Owned by the user this process runs as, with a single link. Unknown (no process user, no POSIX link
     * count) counts as not ours: the lock is still taken, only the holder line is not written.
     */
    private static boolean ownedAlone(Path file) throws IOException {
        Optional<String> user = ProcessHandle.current().info().user();
        if (user.isEmpty() || !user.get().equals(owner(file))) {
            return false;
        }
        try {
            Map<String, Object> unix = Files.readAttributes(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
            return Integer.valueOf(1).equals(unix.get("nlink"));
        } catch (UnsupportedOperationException | IllegalArgumentException notUnix) {
            return true; // no hard links to worry about where the JDK cannot count them (Windows)
        }
    }

    private static String owner(Path file) throws IOException {
        return Files.getOwner(file, LinkOption.NOFOLLOW_LINKS).getName();
    }
}
