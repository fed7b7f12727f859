package dev.perfgate.paired;

import dev.perfgate.receipt.MetricDefinition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a paired run needs, in the use case's terms. Build one with {@link #builder()}; check it
 * with {@link RequestValidator} (the use case does so before any command runs).
 *
 * @param workingDirectory     where both commands run, or {@code null} for the current directory
 * @param workUnits            units of work per run, for throughput, or {@code null}
 * @param timeout              per-run limit, or {@code null}
 * @param cvThreshold          stop retrying once the noise (CV) exceeds this, or {@code null}
 * @param failOnRegression     wall-time threshold in percent, or {@code null} to report only
 * @param failOnCpuRegression  CPU-time threshold in percent, or {@code null}
 * @param failOnMemoryRegression peak-memory threshold in percent, or {@code null}
 * @param seed                 seed for the pair order, or {@code null} to derive it from the run id
 * @param metrics              numbers read from each run's output and gated like wall time (none: empty)
 */
public record PairedRunRequest(
        String name,
        Path workingDirectory,
        List<String> baselineCommand,
        List<String> currentCommand,
        int repeat,
        int warmup,
        Long workUnits,
        Duration timeout,
        Map<String, String> environment,
        long outputCapBytes,
        boolean allowNonzero,
        boolean includeHostnameHash,
        boolean requireSignificance,
        double significanceAlpha,
        int significanceMinSamples,
        int maxRetries,
        Double cvThreshold,
        Double failOnRegression,
        Double failOnCpuRegression,
        Double failOnMemoryRegression,
        InconclusivePolicy onInconclusive,
        PairOrder order,
        Long seed,
        List<MetricDefinition> metrics) {

    public PairedRunRequest {
        baselineCommand = baselineCommand == null ? List.of() : List.copyOf(baselineCommand);
        currentCommand = currentCommand == null ? List.of() : List.copyOf(currentCommand);
        environment = environment == null ? Map.of() : withEmptyValues(environment);
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
    }

    /** Maven injects {@code <FOO/>} as a null value: the user asked for FOO set to the empty string. */
    private static Map<String, String> withEmptyValues(Map<String, String> environment) {
        Map<String, String> copy = new LinkedHashMap<>();
        environment.forEach((key, value) -> copy.put(key, value == null ? "" : value));
        return Map.copyOf(copy);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Defaults match the plugin's parameter defaults. */
    public static final class Builder {
        private String name = "bench";
        private Path workingDirectory;
        private List<String> baselineCommand = List.of();
        private List<String> currentCommand = List.of();
        private int repeat = 5;
        private int warmup;
        private Long workUnits;
        private Duration timeout;
        private Map<String, String> environment = new LinkedHashMap<>();
        private long outputCapBytes = 8192;
        private boolean allowNonzero;
        private boolean includeHostnameHash;
        private boolean requireSignificance;
        private double significanceAlpha = 0.05;
        private int significanceMinSamples = 3;
        private int maxRetries;
        private Double cvThreshold;
        private Double failOnRegression;
        private Double failOnCpuRegression;
        private Double failOnMemoryRegression;
        private InconclusivePolicy onInconclusive = InconclusivePolicy.WARN;
        private PairOrder order = PairOrder.RANDOM;
        private Long seed;
        private List<MetricDefinition> metrics = List.of();

        public Builder name(String value) { name = value; return this; }
        public Builder workingDirectory(Path value) { workingDirectory = value; return this; }
        public Builder baselineCommand(List<String> value) { baselineCommand = value; return this; }
        public Builder currentCommand(List<String> value) { currentCommand = value; return this; }
        public Builder repeat(int value) { repeat = value; return this; }
        public Builder warmup(int value) { warmup = value; return this; }
        public Builder workUnits(Long value) { workUnits = value; return this; }
        public Builder timeout(Duration value) { timeout = value; return this; }
        public Builder environment(Map<String, String> value) { environment = value; return this; }
        public Builder outputCapBytes(long value) { outputCapBytes = value; return this; }
        public Builder allowNonzero(boolean value) { allowNonzero = value; return this; }
        public Builder includeHostnameHash(boolean value) { includeHostnameHash = value; return this; }
        public Builder requireSignificance(boolean value) { requireSignificance = value; return this; }
        public Builder significanceAlpha(double value) { significanceAlpha = value; return this; }
        public Builder significanceMinSamples(int value) { significanceMinSamples = value; return this; }
        public Builder maxRetries(int value) { maxRetries = value; return this; }
        public Builder cvThreshold(Double value) { cvThreshold = value; return this; }
        public Builder failOnRegression(Double value) { failOnRegression = value; return this; }
        public Builder failOnCpuRegression(Double value) { failOnCpuRegression = value; return this; }
        public Builder failOnMemoryRegression(Double value) { failOnMemoryRegression = value; return this; }
        public Builder onInconclusive(InconclusivePolicy value) { onInconclusive = value; return this; }
        public Builder order(PairOrder value) { order = value; return this; }
        public Builder seed(Long value) { seed = value; return this; }
        public Builder metrics(List<MetricDefinition> value) { metrics = value; return this; }

        public PairedRunRequest build() {
            return new PairedRunRequest(name, workingDirectory, baselineCommand, currentCommand, repeat, warmup,
                    workUnits, timeout, environment, outputCapBytes, allowNonzero, includeHostnameHash,
                    requireSignificance, significanceAlpha, significanceMinSamples, maxRetries, cvThreshold,
                    failOnRegression, failOnCpuRegression, failOnMemoryRegression, onInconclusive, order, seed, metrics);
        }
    }
}
