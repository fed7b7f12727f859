package dev.perfgate.lock;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Supplier;

/**
 * Tells whether another benchmark on this machine holds the machine-wide benchmark lock, for the receipt's
 * record of the machine. Under {@code exclusive=machine} this build holds the lock itself, so no other
 * benchmark can; under {@code jvm} a benchmark of another build may measure alongside. The probe only looks: a
 * shared lock tried and released at once, never the file created or a link followed. Under {@code none} it does
 * not look: closing a file drops every lock this JVM holds on it (POSIX locks belong to the process), and there
 * a parallel module of this very build may hold the machine lock; under {@code jvm} none can, as every holder of
 * the machine lock holds the JVM-wide lock first.
 */
public final class OtherBenchmarkProbe {

    private static final int MAX_HOLDER_CHARS = 200;

    private OtherBenchmarkProbe() {}

    /** A probe that names the other benchmark holding the lock at the moment it is asked, or {@code null}. */
    public static Supplier<String> of(Exclusivity mode, Path lockFile) {
        return mode == Exclusivity.JVM ? () -> holder(lockFile) : () -> null;
    }

    static String holder(Path lockFile) {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            FileLock probe;
            try {
                probe = channel.tryLock(0, Long.MAX_VALUE, true);
            } catch (OverlappingFileLockException e) {
                return null; // held within this JVM: by the JVM-wide lock's rule, not by one measuring now
            }
            if (probe != null) {
                probe.release();
                return null;
            }
            return describe(channel);
        } catch (IOException | RuntimeException e) {
            return null; // no lock file: nobody ever took it
        }
    }

    /** The holder's own line ("benchmark 'x' (module y), pid 12, since …"), printable characters only. */
    private static String describe(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(512);
        int read = channel.read(buffer, 0);
        String text = read <= 0 ? "" : new String(buffer.array(), 0, read, StandardCharsets.UTF_8);
        // the file lives in a shared temp directory: whatever is in it is untrusted
        text = text.replaceAll("[\\p{Cntrl}\\p{Cf}]+", " ").trim();
        if (text.isEmpty()) {
            return "another benchmark on this machine";
        }
        return text.length() > MAX_HOLDER_CHARS ? text.substring(0, MAX_HOLDER_CHARS) + "…" : text;
    }
}
