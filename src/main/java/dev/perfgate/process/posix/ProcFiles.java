package dev.perfgate.process.posix;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the few Linux {@code /proc} facts the runner needs with one reusable buffer, because the sampler
 * reads them every few milliseconds. Not thread-safe: one instance per thread.
 */
final class ProcFiles {

    /** Returned when a process has no memory figure (gone, a zombie, or a kernel thread). */
    static final long NONE = -1;

    private static final byte[] VM_HWM = "VmHWM:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] THREADS = "Threads:".getBytes(StandardCharsets.US_ASCII);

    private final byte[] buffer = new byte[16 * 1024];
    private int length;

    /** What one read of {@code /proc/<pid>/status} told: peak RSS in KiB (or NONE) and thread count. */
    record Status(long vmHwmKib, int threads) {
    }

    /** The JVM's own VmHWM in KiB, or NONE when /proc is not readable. */
    long selfVmHwmKib() {
        return load("/proc/self/status") ? field(VM_HWM) : NONE;
    }

    /** {@code /proc/<pid>/status}, or {@code null} when the process is gone. */
    Status status(int pid) {
        if (!load("/proc/" + pid + "/status")) {
            return null;
        }
        long threads = field(THREADS);
        return new Status(field(VM_HWM), threads == NONE ? 1 : (int) threads);
    }

    /** Adds the children of thread {@code tid} of process {@code pid} to {@code into}. */
    void children(int pid, int tid, List<Integer> into) {
        if (!load("/proc/" + pid + "/task/" + tid + "/children")) {
            return;
        }
        int value = -1;
        for (int i = 0; i < length; i++) {
            byte b = buffer[i];
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

    /** Thread ids of process {@code pid}, for processes with more than one thread. */
    static String[] taskIds(int pid) {
        String[] names = new File("/proc/" + pid + "/task").list();
        return names == null ? new String[0] : names;
    }

    private boolean load(String path) {
        length = 0;
        try (FileInputStream in = new FileInputStream(path)) {
            int n;
            while (length < buffer.length && (n = in.read(buffer, length, buffer.length - length)) > 0) {
                length += n;
            }
            return true;
        } catch (IOException gone) {
            return false;
        }
    }

    /** The number after a "Name:" label at the start of a line, or NONE. */
    private long field(byte[] label) {
        outer:
        for (int i = 0; i + label.length <= length; i++) {
            if (i > 0 && buffer[i - 1] != '\n') {
                continue;
            }
            for (int j = 0; j < label.length; j++) {
                if (buffer[i + j] != label[j]) {
                    continue outer;
                }
            }
            long value = NONE;
            for (int k = i + label.length; k < length && buffer[k] != '\n'; k++) {
                byte b = buffer[k];
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
