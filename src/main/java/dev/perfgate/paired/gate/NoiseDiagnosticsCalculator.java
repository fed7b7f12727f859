package dev.perfgate.paired.gate;

import dev.perfgate.receipt.NoiseDiagnostics;
import dev.perfgate.receipt.PairedSample;
import dev.perfgate.stats.PairedDifferences;
import java.util.List;

/** v1 noise diagnostics: CV of the wall differences and its level (low ≤ 0.10 &lt; moderate ≤ 0.30 &lt; high). */
public final class NoiseDiagnosticsCalculator {

    private NoiseDiagnosticsCalculator() {}

    public static NoiseDiagnostics compute(List<PairedSample> measured, int retriesUsed, boolean earlyTermination) {
        double cv = wallDiffCv(measured);
        String level = cv <= 0.10 ? "low" : cv <= 0.30 ? "moderate" : "high";
        return new NoiseDiagnostics(cv, level, retriesUsed, earlyTermination);
    }

    /** Sample SD over the absolute mean of the wall differences; 0 when the mean is (nearly) 0, as in v1. */
    static double wallDiffCv(List<PairedSample> measured) {
        PairedDifferences d = PairedDifferences.of(
                measured.stream().mapToDouble(s -> s.wallDiffNs() / 1e6).toArray());
        return Math.abs(d.mean()) < Math.ulp(1.0) ? 0.0 : d.stdDev() / Math.abs(d.mean());
    }
}
