package dev.perfgate.paired.gate;

import dev.perfgate.paired.config.InconclusivePolicy;
import dev.perfgate.paired.config.InvalidConfigurationException;
import dev.perfgate.paired.config.PairedRunRequest;
import dev.perfgate.paired.config.PlainNumbers;
import dev.perfgate.process.Measurement;
import dev.perfgate.process.ProcessRunner;
import dev.perfgate.receipt.Thresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What is known before running is said before running: a CPU-time or peak-memory threshold with a runner
 * that does not measure that metric can never be evaluated. With {@code onInconclusive=fail} such a gate
 * could only ever fail the build, so it is a configuration error; otherwise a warning, and the metric
 * ends INCONCLUSIVE after the run.
 */
public final class GateCapabilities {

    private GateCapabilities() {}

    /**
     * @return warnings to show before the first run (empty when every gate can be evaluated)
     * @throws InvalidConfigurationException naming the threshold parameter, when {@code onInconclusive=fail}
     */
    public static List<String> check(PairedRunRequest request, ProcessRunner runner)
            throws InvalidConfigurationException {
        List<String> warnings = new ArrayList<>();
        Set<Measurement> measured = runner.measures();
        for (GatedMetric metric : GatedMetric.values()) {
            if (metric.needs() != null) {
                check(
                        Thresholds.setting(metric.key()),
                        request.thresholds().of(metric.key()),
                        metric.label(),
                        metric.needs(),
                        measured,
                        request.onInconclusive(),
                        runner.name(),
                        warnings);
            }
        }
        return warnings;
    }

    private static void check(
            String parameter,
            Double threshold,
            String label,
            Measurement needed,
            Set<Measurement> measured,
            InconclusivePolicy onInconclusive,
            String runner,
            List<String> warnings)
            throws InvalidConfigurationException {
        if (threshold == null || measured.contains(needed)) {
            return;
        }
        String why = String.format(
                Locale.ROOT,
                "%s is %s%% but the %s runner does not measure %s",
                parameter,
                PlainNumbers.plain(threshold),
                runner,
                label);
        if (onInconclusive == InconclusivePolicy.FAIL) {
            throw new InvalidConfigurationException(
                    parameter,
                    why + ", so with onInconclusive=fail this gate could"
                            + " only fail the build. Use a runner that measures it (runner=posix on Linux or macOS), or remove"
                            + " the threshold");
        }
        warnings.add(why + ": that gate will be INCONCLUSIVE (onInconclusive=" + onInconclusive.configName()
                + "). Use runner=posix on Linux or macOS to gate it.");
    }
}
