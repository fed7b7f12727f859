package dev.perfgate.paired.config;

import com.fasterxml.jackson.core.JsonPointer;
import dev.perfgate.metrics.MetricFilePlaceholder;
import dev.perfgate.receipt.MetricDefinition;
import dev.perfgate.receipt.Thresholds;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Checks the {@code <metrics>} before any run: a metric that cannot be read would fail every run. */
final class MetricDefinitionValidator {

    private static final String PARAMETER = "metrics";
    /** The built-in metrics' keys in {@code analysis}: a metric of the same name would overwrite one. */
    private static final Set<String> RESERVED = Set.copyOf(Thresholds.METRIC_KEYS);

    private MetricDefinitionValidator() {}

    static void validate(PairedRunRequest request) throws InvalidConfigurationException {
        Set<String> names = new HashSet<>();
        boolean fileMetric = false;
        for (MetricDefinition m : request.metrics()) {
            String name = m.name();
            if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
                fail("every metric needs a name of letters, digits, '.', '_' and '-'; got '" + name + "'");
            }
            if (RESERVED.contains(name) || !names.add(name)) {
                fail("metric name '" + name + "' is "
                        + (RESERVED.contains(name) ? "reserved for a built-in metric" : "used twice"));
            }
            JmhDefinitionValidator.onlyWithJmhFile(m);
            if (m.jmh()) {
                JmhDefinitionValidator.check(m);
            } else if (!MetricDefinition.LOWER.equals(m.better()) && !MetricDefinition.HIGHER.equals(m.better())) {
                fail("metric '" + name + "': better must be lower or higher; got '" + m.better() + "'");
            }
            Double threshold = m.failOnRegression();
            boolean drop = m.higherIsBetter() || m.jmh();
            if (!Thresholds.valid(threshold) || (threshold != null && drop && threshold >= 100)) {
                fail("metric '" + name + "': failOnRegression must be a percentage of 0 or more"
                        + (drop ? " and below 100 (a drop)" : "") + "; got " + threshold);
            }
            int sources = (m.pattern() != null ? 1 : 0) + (m.jsonFile() != null ? 1 : 0) + (m.jmh() ? 1 : 0);
            if (sources != 1) {
                fail("metric '" + name + "': give exactly one of pattern, jsonFile (with jsonPointer) or jmhFile");
            }
            if (m.jmh()) {
                fileMetric |= MetricFilePlaceholder.usedIn(m.jmhFile());
            } else if (m.pattern() != null) {
                checkPattern(name, m.pattern());
            } else {
                checkPointer(name, m.jsonPointer());
                fileMetric |= MetricFilePlaceholder.usedIn(m.jsonFile());
            }
        }
        boolean argUsesFile = MetricFilePlaceholder.usedIn(request.baselineCommand())
                || MetricFilePlaceholder.usedIn(request.currentCommand());
        if (fileMetric && !argUsesFile) {
            fail("a jsonFile or jmhFile is " + MetricFilePlaceholder.TOKEN + " but no command argument contains "
                    + MetricFilePlaceholder.TOKEN + ": the commands would not know where to write");
        }
        if (argUsesFile && !fileMetric) {
            fail("a command argument contains " + MetricFilePlaceholder.TOKEN + " but no metric reads it: add"
                    + " a metric with jsonFile " + MetricFilePlaceholder.TOKEN + " and a jsonPointer, or with jmhFile "
                    + MetricFilePlaceholder.TOKEN);
        }
    }

    private static void checkPattern(String name, String pattern) throws InvalidConfigurationException {
        int groups;
        try {
            groups = Pattern.compile(pattern).matcher("").groupCount();
        } catch (PatternSyntaxException e) {
            fail("metric '" + name + "': pattern is not a regular expression: " + e.getDescription());
            return;
        }
        if (groups != 1) {
            fail("metric '" + name + "': pattern must have exactly one capturing group, around the number;" + " it has "
                    + groups + " (use (?:...) for the others)");
        }
    }

    private static void checkPointer(String name, String pointer) throws InvalidConfigurationException {
        if (pointer == null) {
            fail("metric '" + name + "': jsonFile needs a jsonPointer to the number, e.g. /0/primaryMetric/score");
        }
        try {
            JsonPointer.compile(pointer);
        } catch (IllegalArgumentException e) {
            fail("metric '" + name + "': jsonPointer '" + pointer + "' is not a JSON pointer (" + e.getMessage() + ")");
        }
    }

    private static void fail(String message) throws InvalidConfigurationException {
        throw new InvalidConfigurationException(PARAMETER, message);
    }
}
