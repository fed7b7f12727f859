package dev.perfgate.maven;

import dev.perfgate.paired.PairedRunListener;
import dev.perfgate.receipt.PairedSample;
import dev.perfgate.report.PairProgressLine;
import org.apache.maven.plugin.logging.Log;

/** Progress to the Maven log: one INFO line per pair, retries and early stops explained. */
final class MavenLogListener implements PairedRunListener {

    private final Log log;

    MavenLogListener(Log log) {
        this.log = log;
    }

    @Override
    public void pairCompleted(PairedSample sample) {
        log.info(PairProgressLine.format(sample));
    }

    @Override
    public void retryStarted(int retry, int pairs, String why) {
        log.info("retry " + retry + ": " + pairs + " more pairs (" + why + ")");
    }

    @Override
    public void retriesStopped(String reason) {
        log.warn(reason);
    }

    @Override
    public void leftoversKilled(long pairNumber, String side, int processes) {
        log.warn("killed " + processes + (processes == 1 ? " process" : " processes") + " left behind by pair "
                + pairNumber + ", " + side);
    }
}
