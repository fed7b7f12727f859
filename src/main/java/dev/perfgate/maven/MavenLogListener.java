package dev.perfgate.maven;

import dev.perfgate.paired.PairedRunListener;
import dev.perfgate.paired.RunProgress;
import dev.perfgate.receipt.PairedSample;
import dev.perfgate.report.PairProgressLine;
import org.apache.maven.plugin.logging.Log;

/** Progress to the Maven log: one INFO line per pair, undecided looks and early stops explained. */
final class MavenLogListener implements PairedRunListener {

    private final Log log;

    MavenLogListener(Log log) {
        this.log = log;
    }

    @Override
    public void pairCompleted(PairedSample sample, RunProgress progress) {
        log.info(PairProgressLine.format(sample, progress));
    }

    @Override
    public void lookUndecided(int look, int looks, int nextLookPairs, String why) {
        log.info("look " + look + " of " + looks + " undecided (" + why + "): measuring up to " + nextLookPairs + " pairs");
    }

    @Override
    public void looksStopped(String reason) {
        log.warn(reason);
    }
}
