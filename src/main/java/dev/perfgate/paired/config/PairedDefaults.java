package dev.perfgate.paired.config;

/**
 * The one home of the paired goal's defaults: the Mojo's {@code @Parameter(defaultValue = …)} refers to
 * these constants (annotations need compile-time strings) and {@link PairedRunRequest.Builder} parses the
 * same strings, so the plugin and the use case cannot drift apart.
 */
public final class PairedDefaults {

    /**
     * The pair budget. 30 pairs decide a 20% change at 5% noise within the first look and an unchanged
     * command against a 5% threshold within about 15 pairs (docs/verdict.md, from
     * bench/results/gate-simulation.txt), and at one second a command they cost about a minute.
     */
    public static final String MAX_PAIRS = "30";
    /** The time budget: commands of 5 s still get about 30 pairs' worth of looks within it. */
    public static final String MAX_DURATION = "5m";

    public static final String WARMUP = "0";
    public static final String SIGNIFICANCE_ALPHA = "0.05";
    public static final String SIGNIFICANCE_MIN_SAMPLES = "3";
    public static final String OUTPUT_CAP_BYTES = "8192";
    public static final String ON_INCONCLUSIVE = "warn";
    public static final String ORDER = "random";
    public static final String NAME = "bench";

    private PairedDefaults() {}
}
