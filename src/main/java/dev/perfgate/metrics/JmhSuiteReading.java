package dev.perfgate.metrics;

import dev.perfgate.process.MetricOrigin;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One run's reading of a JMH suite: every chosen benchmark's score as the metric {@code <suite>:<benchmark>},
 * with its origin (class, test, mode, unit, direction). A JMH failure is a problem (so the run fails) that
 * quotes JMH's own lines: a benchmark that threw (JMH prints {@code <failure>} and goes on without it), or no
 * readable result file (JMH exited early, or the command does not write one).
 */
final class JmhSuiteReading {

    /** JMH's marker before a benchmark's exception. */
    static final String FAILURE_MARKER = "<failure>";
    /** Lines of JMH's output quoted in a message: the exception and where it came from. */
    static final int QUOTED_LINES = 6;

    private final String suite;
    private final JmhSelection selection;

    JmhSuiteReading(String suite, JmhSelection selection) {
        this.suite = suite;
        this.selection = selection;
    }

    void read(
            Path file,
            String stdout,
            Map<String, Double> values,
            List<String> problems,
            Map<String, MetricOrigin> origins) {
        int failure = stdout.indexOf(FAILURE_MARKER);
        if (failure >= 0) {
            problems.add("metric '" + suite + "': a JMH benchmark failed: " + lines(stdout.substring(failure), false));
        }
        List<JmhBenchmark> benchmarks;
        try {
            benchmarks = JmhResultFile.read(file);
        } catch (JmhResultException e) {
            if (failure < 0) {
                problems.add("metric '" + suite + "': " + e.getMessage()
                        + (stdout.isBlank() ? "; JMH printed nothing" : "; JMH's last lines: " + lines(stdout, true)));
            }
            return;
        }
        JmhSelection.Selected selected = selection.select(benchmarks);
        if (selected.values().isEmpty()) {
            problems.add("metric '" + suite + "': include/exclude leave none of the " + benchmarks.size()
                    + " benchmarks of " + file + " to gate");
            return;
        }
        for (JmhValue v : selected.values()) {
            String key = suite + ":" + v.name();
            values.put(key, v.value());
            origins.put(
                    key,
                    new MetricOrigin(suite, v.className(), v.test(), v.mode().label(), v.unit(), v.higherIsBetter()));
        }
    }

    /** The first (or last) few non-blank lines, quoted on one line. */
    static String lines(String text, boolean last) {
        List<String> all = text.lines().filter(l -> !l.isBlank()).toList();
        List<String> quoted = last
                ? all.subList(Math.max(0, all.size() - QUOTED_LINES), all.size())
                : all.subList(0, Math.min(QUOTED_LINES, all.size()));
        return MetricValue.quote(String.join("\n", quoted).strip());
    }
}
