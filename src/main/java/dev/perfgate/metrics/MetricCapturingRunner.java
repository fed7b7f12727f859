package dev.perfgate.metrics;

import dev.perfgate.process.CommandSpec;
import dev.perfgate.process.CommandStartException;
import dev.perfgate.process.ProcessRunner;
import dev.perfgate.process.RunResult;
import dev.perfgate.process.Utf8Truncation;
import dev.perfgate.receipt.MetricDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Wraps a runner to read the configured metrics from each run: gives the run a fresh
 * {@code @{metricFile}}, has the whole stdout captured (the receipt still keeps only
 * {@code outputCapBytes}), and reads the values after the run, outside its timed window.
 */
public final class MetricCapturingRunner implements ProcessRunner {

    private static final Set<String> MEASURED_SIDES = Set.of("baseline", "current");

    private final ProcessRunner delegate;
    private final List<MetricDefinition> metrics;
    private final OutputMetricReader reader;
    private final AtomicLong runs = new AtomicLong();
    private Path metricDirectory;

    /**
     * Default of {@code patternStdoutBytes}: the most stdout a {@code <pattern>} metric is matched on. Its
     * whole text is in memory while it is matched, so it is bounded: a run printing gigabytes must not end the
     * build with an {@link OutOfMemoryError} and no receipt.
     */
    public static final long DEFAULT_PATTERN_STDOUT_BYTES = 16L * 1024 * 1024;

    /** Highest {@code patternStdoutBytes}: twice as many bytes of text still fit in an ordinary heap. */
    public static final long MAX_PATTERN_STDOUT_BYTES = 512L * 1024 * 1024;

    private final long patternStdoutBytes;

    private MetricCapturingRunner(ProcessRunner delegate, List<MetricDefinition> metrics, long patternStdoutBytes) {
        this.delegate = delegate;
        this.metrics = List.copyOf(metrics);
        this.reader = new OutputMetricReader(metrics);
        this.patternStdoutBytes = patternStdoutBytes;
    }

    /** The runner itself when no metrics are configured. */
    public static ProcessRunner around(ProcessRunner runner, List<MetricDefinition> metrics) {
        return around(runner, metrics, DEFAULT_PATTERN_STDOUT_BYTES);
    }

    /** @param patternStdoutBytes the most stdout a pattern metric is matched on; a longer stdout is a problem */
    public static ProcessRunner around(ProcessRunner runner, List<MetricDefinition> metrics, long patternStdoutBytes) {
        return metrics == null || metrics.isEmpty()
                ? runner
                : new MetricCapturingRunner(runner, metrics, patternStdoutBytes);
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public RunResult run(CommandSpec spec) throws CommandStartException {
        if (!MEASURED_SIDES.contains(spec.side())) {
            return delegate.run(spec); // a setup, prepare, conclude or cleanup command: nothing to read from it
        }
        Path metricFile = nextMetricFile(spec.side());
        Map<String, Path> jsonFiles = new LinkedHashMap<>();
        for (MetricDefinition m : metrics) {
            String fileSetting = m.jmh() ? m.jmhFile() : m.jsonFile();
            if (fileSetting != null) {
                Path file = resolve(spec, fileSetting.replace(MetricFilePlaceholder.TOKEN, metricFile.toString()));
                deleteStale(file);
                jsonFiles.put(m.name(), file);
            }
        }
        CommandSpec measured = new CommandSpec(
                spec.side(),
                MetricFilePlaceholder.substitute(spec.argv(), metricFile.toString()),
                spec.workingDirectory(),
                spec.environment(),
                spec.timeout(),
                reader.needsWholeStdout() ? patternStdoutBytes : spec.outputCapBytes());
        RunResult result = delegate.run(measured);
        byte[] whole = result.stdout();
        // A tail is read only where the cap cut the stream: the stdout was longer than patterns may read.
        Long cutAt = reader.needsWholeStdout() && result.stdoutTail().length > 0 ? patternStdoutBytes : null;
        byte[] kept = Utf8Truncation.truncate(whole, whole.length, spec.outputCapBytes());
        RunResult read = result.withOutputMetrics(kept, reader.read(whole, cutAt, jsonFiles));
        jsonFiles.values().forEach(MetricCapturingRunner::deleteStale);
        return read;
    }

    /** A fresh path per run, in a private temporary directory, so no run can read another's figures. */
    private synchronized Path nextMetricFile(String side) {
        try {
            if (metricDirectory == null) {
                metricDirectory = Files.createTempDirectory("perfgate-metrics-");
                metricDirectory.toFile().deleteOnExit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for @{metricFile}", e);
        }
        return metricDirectory.resolve("run-" + runs.incrementAndGet() + "-" + side + ".json");
    }

    private static Path resolve(CommandSpec spec, String file) {
        Path path = Path.of(file);
        return path.isAbsolute() || spec.workingDirectory() == null
                ? path.toAbsolutePath()
                : spec.workingDirectory().resolve(path).toAbsolutePath();
    }

    /** A file left by an earlier run (or build) must never stand in for this run's. */
    private static void deleteStale(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file + " before the run that writes it", e);
        }
    }
}
