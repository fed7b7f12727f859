package dev.perfgate.metrics;

import java.util.Locale;

/**
 * JMH's benchmark modes as its JSON names them ({@code Mode.shortLabel()}), with the direction each one
 * implies: a throughput is better when higher, a time per operation when lower. The unit confirms it:
 * JMH writes {@code ops/<time>} for a throughput and {@code <time>/op} for the others.
 */
public enum JmhMode {
    THROUGHPUT("thrpt", true),
    AVERAGE_TIME("avgt", false),
    SAMPLE_TIME("sample", false),
    SINGLE_SHOT_TIME("ss", false);

    private final String label;
    private final boolean higherIsBetter;

    JmhMode(String label, boolean higherIsBetter) {
        this.label = label;
        this.higherIsBetter = higherIsBetter;
    }

    /** JMH's short label, e.g. {@code thrpt}. */
    public String label() {
        return label;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** The mode of a short label, or {@code null} for one JMH does not write. */
    public static JmhMode fromLabel(String label) {
        for (JmhMode mode : values()) {
            if (mode.label.equals(label)) {
                return mode;
            }
        }
        return null;
    }

    /** Whether the unit reads the way this mode's direction needs: {@code ops/...} for a throughput. */
    boolean unitAgrees(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        return higherIsBetter ? u.startsWith("ops/") : u.endsWith("/op");
    }
}
