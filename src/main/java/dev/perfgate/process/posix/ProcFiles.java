package dev.perfgate.process.posix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the few Linux {@code /proc} facts the runner needs into one reusable buffer. The sampler keeps
 * each process's files open and re-reads them from offset 0, which regenerates them: about a third of
 * the cost of opening them again on every sample. Not thread-safe: one instance per thread.
 */
final class ProcFiles {

    /** Returned when a process has no memory figure (gone, a zombie, or a kernel thread). */
    static final long NONE = -1;

    private static final byte[] VM_HWM = "VmHWM:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] THREADS = "Threads:".getBytes(StandardCharsets.US_ASCII);

    private final byte[] bytes = new byte[16 * 1024];
    private final ByteBuffer buffer = ByteBuffer.wrap(bytes);
    private int length;

    /** What one read of {@code /proc/<pid>/status} told: peak RSS in KiB (or NONE) and thread count. */
    record Status(long vmHwmKib, int threads) {}

    /** Opens a /proc file for repeated reads, or returns {@code null} when it does not exist (any more). */
    static FileChannel open(String path) {
        try {
            return FileChannel.open(Path.of(path));
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }

    static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing was written; nothing to lose
            }
        }
    }

    /** The JVM's own VmHWM in KiB, or NONE when /proc is not readable. */
    long selfVmHwmKib() {
        FileChannel self = open("/proc/self/status");
        try {
            return self != null && load(self) ? field(VM_HWM) : NONE;
        } finally {
            closeQuietly(self);
        }
    }

    /** Re-reads an open {@code /proc/<pid>/status}; {@code null} when the process is gone. */
    Status status(FileChannel statusFile) {
        if (!load(statusFile)) {
            return null;
        }
        long threads = field(THREADS);
        return new Status(field(VM_HWM), threads == NONE ? 1 : (int) threads);
    }

    /** Re-reads an open {@code /proc/<pid>/task/<tid>/children} and adds the pids to {@code into}. */
    void children(FileChannel childrenFile, List<Integer> into) {
        if (!load(childrenFile)) {
            return;
        }
        int value = -1;
        for (int i = 0; i < length; i++) {
            byte b = bytes[i];
            if (b >= '0' && b <= '9') {
                value = (value < 0 ? 0 : value * 10) + (b - '0');
            } else if (value >= 0) {
                into.add(value);
                value = -1;
            }
        }
        if (value >= 0) {
            into.add(value);
        }
    }

    private boolean load(FileChannel channel) {
        buffer.clear();
        try {
            int n;
            while (buffer.hasRemaining() && (n = channel.read(buffer, buffer.position())) > 0) {
                buffer.position(buffer.position() + n);
            }
            length = buffer.position();
            return true;
        } catch (IOException gone) {
            length = 0;
            return false;
        }
    }

    /** The number after a "Name:" label at the start of a line, or NONE. */
    private long field(byte[] label) {
        outer:
        for (int i = 0; i + label.length <= length; i++) {
            if (i > 0 && bytes[i - 1] != '\n') {
                continue;
            }
            for (int j = 0; j < label.length; j++) {
                if (bytes[i + j] != label[j]) {
                    continue outer;
                }
            }
            long value = NONE;
            for (int k = i + label.length; k < length && bytes[k] != '\n'; k++) {
                byte b = bytes[k];
                if (b >= '0' && b <= '9') {
                    value = (value < 0 ? 0 : value * 10) + (b - '0');
                } else if (value >= 0) {
                    break;
                }
            }
            return value;
        }
        return NONE;
    }
}
