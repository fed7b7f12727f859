package dev.perfgate.maven;

import dev.perfgate.paired.PairedRunListener;
import dev.perfgate.receipt.PairedSample;
import dev.perfgate.report.PairProgressLine;
import org.apache.maven.plugin.logging.Log;

/**
 * Progress to the Maven log: one INFO line per pair, retries and early stops. Every line starts with
 * the benchmark's name ({@code [startup] pair 3 …}): under {@code -T} the lines of two modules
 * interleave.
 */
final class MavenLogListener implements PairedRunListener {

    private final Log log;
    private final String prefix;

    MavenLogListener(Log log, String benchmarkName) {
        this.log = log;
        this.prefix = "[" + benchmarkName + "] ";
    }

    @Override
    public void pairCompleted(PairedSample sample) {
        log.info(prefix + PairProgressLine.format(sample));
    }

    @Override
    public void retryStarted(int retry, int pairs, String why) {
        log.info(prefix + "retry " + retry + ": " + pairs + " more pairs (" + why + ")");
    }

    /** The reason itself is a warning of the outcome, printed once with the summary. */
    @Override
    public void warning(String message) {
        log.warn(message);
    }

    @Override
    public void retriesStopped(String reason) {
        log.info(prefix + "no more retries (the warning after the summary says why)");
    }

    @Override
    public void leftoversKilled(long pairNumber, String side, int processes) {
        log.warn(prefix + "killed " + processes + (processes == 1 ? " process" : " processes") + " left behind by pair "
                + pairNumber + ", " + side);
    }
}
