package dev.perfgate.paired.config;

import dev.perfgate.receipt.MetricDefinition;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The checks a {@code <metric>} with {@code <jmhFile>} needs beyond those of every metric. */
public final class JmhDefinitionValidator {

    private static final String PARAMETER = "metrics";
    /** JMH's secondary metric names, e.g. {@code gc.alloc.rate.norm}: one safe token in every report. */
    private static final Pattern SECONDARY = Pattern.compile("[A-Za-z0-9._-]+");

    private JmhDefinitionValidator() {}

    public static void check(MetricDefinition m) throws InvalidConfigurationException {
        String name = m.name();
        if (m.better() != null) {
            fail("metric '" + name + "': better does not apply to a jmhFile: each benchmark's mode gives its"
                    + " direction (thrpt: higher is better; avgt, sample, ss: lower); remove better");
        }
        regex(name, "include", m.include());
        regex(name, "exclude", m.exclude());
        regex(name, "rulers", m.rulers());
        if (m.secondaryMetrics() != null) {
            for (String secondary : m.secondaryMetrics()) {
                if (!SECONDARY.matcher(secondary).matches()) {
                    fail("metric '" + name + "': secondaryMetrics entry '" + secondary + "' is not a JMH secondary"
                            + " metric name (letters, digits, '.', '_', '-'; e.g. gc.alloc.rate.norm)");
                }
            }
        }
    }

    /** The fields only a {@code <jmhFile>} reads, named when set on another metric. */
    public static void onlyWithJmhFile(MetricDefinition m) throws InvalidConfigurationException {
        if (!m.jmh()
                && (m.include() != null || m.exclude() != null || m.secondaryMetrics() != null || m.rulers() != null)) {
            fail("metric '" + m.name() + "': include, exclude, secondaryMetrics and rulers apply only to a"
                    + " jmhFile");
        }
    }

    private static void regex(String name, String element, String regex) throws InvalidConfigurationException {
        if (regex == null) {
            return;
        }
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            fail("metric '" + name + "': " + element + " is not a regular expression: " + e.getDescription());
        }
    }

    private static void fail(String message) throws InvalidConfigurationException {
        throw new InvalidConfigurationException(PARAMETER, message);
    }
}
