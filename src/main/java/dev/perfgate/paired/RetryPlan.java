package dev.perfgate.paired;

/**
 * Retries as planned looks: with {@code requireSignificance}, the data are looked at up to
 * {@code maxRetries + 1} times, so the alpha is split across the looks (Bonferroni). Peeking until
 * significant then cannot inflate the false-alarm rate above the configured alpha.
 */
record RetryPlan(boolean retriesAllowed, int looks, double alphaPerLook) {

    static RetryPlan of(PairedRunRequest request) {
        boolean retries = request.requireSignificance() && request.maxRetries() > 0;
        int looks = retries ? request.maxRetries() + 1 : 1;
        return new RetryPlan(retries, looks, request.significanceAlpha() / looks);
    }

    /** Retry k adds ceil(1.5·k) pairs: 2, 3, 5, 6, 8, … */
    static int pairsForRetry(int retry) {
        return (3 * retry + 1) / 2;
    }
}
