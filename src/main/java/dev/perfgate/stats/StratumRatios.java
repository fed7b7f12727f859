package dev.perfgate.stats;

/**
 * The per-pair log ratios ln(current/baseline) of one stratum: the pairs one machine (one receipt)
 * measured. Pairs exist only within a machine, so a merged analysis never mixes ratios of two strata.
 *
 * @param name      how reports and reasons name the stratum, e.g. the receipt's file or its shard
 * @param logRatios the stratum's log ratios, at least one, all finite
 */
public record StratumRatios(String name, double[] logRatios) {

    public StratumRatios {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a stratum needs a name");
        }
        logRatios = Samples.sortedFiniteCopy(logRatios);
    }

    /** Number of pairs. */
    public int n() {
        return logRatios.length;
    }

    @Override
    public double[] logRatios() {
        return logRatios.clone();
    }
}
