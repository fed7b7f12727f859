package dev.perfgate.bench;

/**
 * The Rust original's gate rule (seed/paired.rs), for comparison: mean of raw differences +- t *
 * population SD / sqrt(n) with t = 2.0 (1.96 from 30 pairs), significant when that interval excludes 0
 * and n >= 3, FAIL when mean diff / mean baseline exceeds the threshold and is significant; each retry
 * adds one pair and looks again, until significant or out of retries (no alpha spending).
 */
final class UpstreamRule {
    private UpstreamRule() {}

    /**
     * @param baseline at least {@code n + retries} baseline wall times, in execution order
     * @param current  the current wall times of the same pairs
     * @return whether upstream fails the build
     */
    static boolean fails(double[] baseline, double[] current, int n, int retries, double thresholdPct) {
        int used = n;
        for (int retry = 0; ; retry++) {
            double meanDiff = 0;
            double meanBaseline = 0;
            for (int i = 0; i < used; i++) {
                meanDiff += current[i] - baseline[i];
                meanBaseline += baseline[i];
            }
            meanDiff /= used;
            meanBaseline /= used;
            double ss = 0;
            for (int i = 0; i < used; i++) {
                double dev = current[i] - baseline[i] - meanDiff;
                ss += dev * dev;
            }
            double populationSd = Math.sqrt(ss / used);
            double t = used >= 30 ? 1.96 : 2.0;
            double half = t * populationSd / Math.sqrt(used);
            boolean significant = used >= 3 && (meanDiff - half > 0 || meanDiff + half < 0);
            if (significant || retry == retries) {
                return significant && meanDiff / meanBaseline > thresholdPct / 100.0;
            }
            used += 1;
        }
    }
}
