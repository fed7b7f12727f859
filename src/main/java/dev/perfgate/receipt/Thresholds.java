package dev.perfgate.receipt;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The gate's thresholds on the built-in metrics, in percent ({@code null}: report that metric only), keyed by
 * the metric's receipt key ({@code wall_time}, {@code cpu_time}, {@code peak_memory}). One value shared by the
 * request, the gate and the receipt's {@code config} (flattened there into today's {@code fail_on_*} fields),
 * so a threshold is named, checked and recorded in this one place. The {@code <metrics>} read from the
 * commands' output carry their own threshold in their {@link MetricDefinition}.
 *
 * <p>To add a threshold: a component here, its entry in {@link #METRIC_KEYS}, {@link #SETTINGS},
 * {@link #values()} and {@link #of(List)}.
 *
 * @param failOnRegression       wall time
 * @param failOnCpuRegression    CPU time
 * @param failOnMemoryRegression peak memory (RSS)
 */
public record Thresholds(Double failOnRegression, Double failOnCpuRegression, Double failOnMemoryRegression) {

    public static final Thresholds NONE = new Thresholds(null, null, null);

    /** The metrics a threshold here applies to, in the order of the components. */
    public static final List<String> METRIC_KEYS = List.of("wall_time", "cpu_time", "peak_memory");

    /** Each threshold's setting name (the component's), in the order of the components. */
    public static final List<String> SETTINGS =
            List.of("failOnRegression", "failOnCpuRegression", "failOnMemoryRegression");

    /** The one rule for a threshold, said once: a finite percentage of 0 or more. */
    public static final String RULE = "a threshold is a percentage of 0 or more, e.g. 5.0";

    private List<Double> values() {
        return Arrays.asList(failOnRegression, failOnCpuRegression, failOnMemoryRegression);
    }

    private static Thresholds of(List<Double> values) {
        return new Thresholds(values.get(0), values.get(1), values.get(2));
    }

    /** The threshold on a built-in metric, by its receipt key; {@code null} for none or another metric. */
    public Double of(String metricKey) {
        int i = METRIC_KEYS.indexOf(metricKey);
        return i < 0 ? null : values().get(i);
    }

    /** The setting that holds the threshold on a built-in metric, e.g. {@code failOnCpuRegression}. */
    public static String setting(String metricKey) {
        return SETTINGS.get(METRIC_KEYS.indexOf(metricKey));
    }

    /** These thresholds with the one on {@code metricKey} set to {@code percent}. */
    public Thresholds with(String metricKey, Double percent) {
        int i = METRIC_KEYS.indexOf(metricKey);
        if (i < 0) {
            throw new IllegalArgumentException("no built-in threshold for metric " + metricKey);
        }
        List<Double> values = values();
        values.set(i, percent);
        return of(values);
    }

    /** These thresholds with each one {@code overrides} sets replacing this one's. */
    public Thresholds overriddenBy(Thresholds overrides) {
        List<Double> values = values();
        List<Double> newer = overrides.values();
        for (int i = 0; i < values.size(); i++) {
            if (newer.get(i) != null) {
                values.set(i, newer.get(i));
            }
        }
        return of(values);
    }

    /** Setting name to value, in order, {@code null} values included. */
    public Map<String, Double> bySetting() {
        Map<String, Double> named = new LinkedHashMap<>();
        List<Double> values = values();
        for (int i = 0; i < values.size(); i++) {
            named.put(SETTINGS.get(i), values.get(i));
        }
        return named;
    }

    /** Whether any built-in metric is gated. */
    public boolean any() {
        return values().stream().anyMatch(v -> v != null);
    }

    /** Whether {@code percent} keeps {@link #RULE}; {@code null} (no threshold) does. */
    public static boolean valid(Double percent) {
        return percent == null || (percent >= 0 && Double.isFinite(percent));
    }

    /** The first setting whose value breaks {@link #RULE}, if any. */
    public Optional<String> firstInvalid() {
        return bySetting().entrySet().stream()
                .filter(e -> !valid(e.getValue()))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** The receipt's name for a setting: {@code failOnCpuRegression} is {@code fail_on_cpu_regression}. */
    public static String receiptField(String setting) {
        return setting.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }
}
