package dev.perfgate.lock;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.FileLockInterruptionException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * One benchmark measures at a time on this machine, across Maven processes (two CI jobs on one host, two
 * terminals): an exclusive {@link FileChannel#lock() file lock} on {@code perfgate-benchmark.lock} in the
 * system temp directory. The operating system releases it when its holder dies, however it dies, so a
 * killed build never blocks the next one. The file records the holder, for the waiting log line.
 */
public final class MachineBenchmarkLock {

    static final String FILE_NAME = "perfgate-benchmark.lock";

    /** Bytes of the holder line read; a line we write is far shorter. */
    private static final int MAX_HOLDER_BYTES = 512;

    /** Characters of the holder line shown in the log. */
    static final int MAX_HOLDER_CHARS = 200;

    private MachineBenchmarkLock() {}

    public static Path defaultFile() {
        return Path.of(System.getProperty("java.io.tmpdir"), FILE_NAME);
    }

    /**
     * Waits until no other process on this machine measures a benchmark.
     *
     * @param who     e.g. {@code benchmark 'startup' (module app)}; written to the file with this process's pid
     * @param waiting receives the line naming the holder when it must wait
     * @throws IOException when the lock file cannot be opened or cannot be used safely (a link, not a regular
     *                     file, replaced while opened): the caller goes on with the JVM-wide lock only
     */
    public static AutoCloseable acquire(Path file, String who, Consumer<String> waiting)
            throws IOException, InterruptedException {
        LockFile opened = LockFile.open(file);
        FileChannel channel = opened.channel();
        try {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                // The caller adds how to measure without waiting, in its own words for the setting.
                waiting.accept("waiting for " + holder(channel) + " to finish (machine-wide lock " + file + ")");
                lock = lock(channel);
            }
            if (opened.ours()) {
                record(channel, who);
            }
            FileLock held = lock;
            return () -> {
                try (channel) {
                    // Forget the holder first: the next holder writes its own line only after it has the
                    // lock, and a waiter reading in between must not name a benchmark that has finished.
                    if (opened.ours()) {
                        channel.truncate(0);
                    }
                    held.release();
                }
            };
        } catch (IOException | InterruptedException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * {@code null} when another process holds it. Another plugin realm of this JVM (a module with other plugin
     * dependencies) holding it throws {@link OverlappingFileLockException}: treated as held too.
     */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static FileLock lock(FileChannel channel) throws IOException, InterruptedException {
        while (true) {
            try {
                return channel.lock();
            } catch (OverlappingFileLockException e) {
                Thread.sleep(100); // held in this JVM by another class realm: lock() would not block
            } catch (FileLockInterruptionException | ClosedByInterruptException e) {
                // Interrupted while waiting (Ctrl-C, a cancelled build): stop, do not go on without the lock.
                InterruptedException interrupted = new InterruptedException("interrupted while waiting for the lock");
                interrupted.initCause(e);
                throw interrupted;
            }
        }
    }

    /**
     * The holder line, read from a file another user may be able to write: only its first line, printable
     * characters only (no escape sequence reaches the terminal), at most {@link #MAX_HOLDER_CHARS}.
     */
    static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(MAX_HOLDER_BYTES);
            int read = channel.read(buffer, 0);
            String text = read <= 0 ? "" : untrustedHolder(new String(buffer.array(), 0, read, StandardCharsets.UTF_8));
            return text.isEmpty() ? "another benchmark on this machine" : text;
        } catch (IOException e) {
            return "another benchmark on this machine";
        }
    }

    /** The first line of {@code text}, without control or format characters, cut to {@link #MAX_HOLDER_CHARS}. */
    static String untrustedHolder(String text) {
        String line = text.lines().findFirst().orElse("");
        StringBuilder printable = new StringBuilder();
        line.codePoints()
                .filter(c -> !Character.isISOControl(c)
                        && Character.getType(c) != Character.FORMAT
                        && Character.getType(c) != Character.UNASSIGNED
                        && Character.getType(c) != Character.SURROGATE)
                .forEach(printable::appendCodePoint);
        String trimmed = printable.toString().strip();
        return trimmed.length() <= MAX_HOLDER_CHARS ? trimmed : trimmed.substring(0, MAX_HOLDER_CHARS - 1) + "…";
    }

    private static void record(FileChannel channel, String who) throws IOException {
        String line = who + ", pid " + ProcessHandle.current().pid() + ", since " + Instant.now() + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }
}
