package dev.perfgate.process.posix;

import com.sun.jna.Pointer;
import dev.perfgate.process.ResourceUsage;

/**
 * Reads a {@code struct rusage} filled by {@code wait4}. The layout is the same on 64-bit Linux and macOS:
 * {@code ru_utime} and {@code ru_stime} (16-byte timevals) followed by fourteen longs. Microseconds are
 * read as the low int of their slot, which is a full {@code suseconds_t} on glibc and the whole field
 * (followed by padding) on macOS; both platforms are little-endian on the supported CPUs.
 */
final class NativeRusage {

    private static final int UTIME = 0;
    private static final int STIME = 16;
    private static final int MAXRSS = 32;
    private static final int MINFLT = 64;
    private static final int MAJFLT = 72;
    private static final int INBLOCK = 88;
    private static final int OUBLOCK = 96;
    private static final int NVCSW = 128;
    private static final int NIVCSW = 136;

    private NativeRusage() {}

    static ResourceUsage usage(Pointer rusage) {
        return new ResourceUsage(
                micros(rusage, UTIME),
                micros(rusage, STIME),
                rusage.getLong(MINFLT),
                rusage.getLong(MAJFLT),
                rusage.getLong(NVCSW),
                rusage.getLong(NIVCSW),
                rusage.getLong(INBLOCK),
                rusage.getLong(OUBLOCK));
    }

    /** {@code ru_maxrss} as the kernel reports it: KiB on Linux, bytes on macOS. */
    static long maxRss(Pointer rusage) {
        return rusage.getLong(MAXRSS);
    }

    private static long micros(Pointer rusage, int offset) {
        return rusage.getLong(offset) * 1_000_000L + rusage.getInt(offset + 8);
    }
}
