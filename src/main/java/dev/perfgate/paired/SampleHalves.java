package dev.perfgate.paired;

import dev.perfgate.process.PeakMemory;
import dev.perfgate.process.ResourceUsage;
import dev.perfgate.process.RunResult;
import dev.perfgate.process.Signals;
import dev.perfgate.receipt.PairedSampleHalf;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;

/** Turns what a runner measured into the receipt's half of a pair. */
final class SampleHalves {

    private SampleHalves() {}

    static PairedSampleHalf from(RunResult run, String position) {
        ResourceUsage usage = run.usage();
        PeakMemory peak = run.peakMemory();
        return new PairedSampleHalf(
                roundToMillis(run.wallNanos()),
                run.exitCode(),
                run.timedOut(),
                peak == null ? null : peak.kilobytes(),
                text(run.stdout()),
                text(run.stderr()),
                run.wallNanos(),
                usage == null ? null : usage.userMicros(),
                usage == null ? null : usage.systemMicros(),
                usage == null ? null : usage.minorFaults(),
                usage == null ? null : usage.majorFaults(),
                usage == null ? null : usage.voluntaryContextSwitches(),
                usage == null ? null : usage.involuntaryContextSwitches(),
                usage == null ? null : usage.blockInputOps(),
                usage == null ? null : usage.blockOutputOps(),
                peak == null ? null : peak.source(),
                position,
                run.signal() == null ? null : Signals.describe(run.signal()),
                run.metrics().values().isEmpty()
                        ? null
                        : new TreeMap<>(run.metrics().values()),
                run.metrics().problems().isEmpty() ? null : run.metrics().problems());
    }

    /** v1 {@code wall_ms}: an integer, rounded half up (the exact figure travels as {@code wall_ns}). */
    static long roundToMillis(long nanos) {
        return (nanos + 500_000) / 1_000_000;
    }

    /** v1 omits empty output; invalid UTF-8 is replaced, like Rust's {@code from_utf8_lossy}. */
    private static String text(byte[] bytes) {
        return bytes.length == 0 ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
