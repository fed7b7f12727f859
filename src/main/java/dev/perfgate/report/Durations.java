package dev.perfgate.report;

import java.util.Locale;

/** Human-readable times and sizes with a sensible unit. */
final class Durations {

    private Durations() {}

    static String nanos(double nanos) {
        double abs = Math.abs(nanos);
        if (abs >= 1e9) {
            return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
        }
        if (abs >= 1e6) {
            return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
        }
        return String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
    }

    static String kibibytes(double kib) {
        if (Math.abs(kib) >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.2f GiB", kib / (1024 * 1024));
        }
        if (Math.abs(kib) >= 1024) {
            return String.format(Locale.ROOT, "%.1f MiB", kib / 1024);
        }
        return String.format(Locale.ROOT, "%.0f KiB", kib);
    }
}
