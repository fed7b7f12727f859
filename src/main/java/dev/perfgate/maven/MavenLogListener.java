package dev.perfgate.maven;

import dev.perfgate.paired.PairedRunListener;
import dev.perfgate.paired.RunProgress;
import dev.perfgate.receipt.PairedSample;
import dev.perfgate.report.PairProgressLine;
import org.apache.maven.plugin.logging.Log;

/**
 * Progress to the Maven log: one INFO line per pair, undecided looks and early stops explained. Every
 * line starts with the benchmark's name ({@code [startup] pair 3 (≤ 30), 12 s …}): under {@code -T} the
 * lines of two modules interleave.
 */
final class MavenLogListener implements PairedRunListener {

    private final Log log;
    private final String prefix;

    MavenLogListener(Log log, String benchmarkName) {
        this.log = log;
        this.prefix = "[" + benchmarkName + "] ";
    }

    @Override
    public void pairCompleted(PairedSample sample, RunProgress progress) {
        log.info(prefix + PairProgressLine.format(sample, progress));
    }

    @Override
    public void lookUndecided(int look, int looks, int nextLookPairs, String why) {
        log.info(prefix + "look " + look + " of " + looks + " undecided (" + why + "): measuring up to " + nextLookPairs
                + " pairs");
    }

    /** The reason itself is a warning of the outcome, printed once with the summary. */
    @Override
    public void looksStopped(String reason) {
        log.info(prefix + "no more looks (the warning after the summary says why)");
    }

    /** Something the user should know, said before any command runs (e.g. a gate that cannot be evaluated). */
    @Override
    public void warning(String message) {
        log.warn(message);
    }

    @Override
    public void leftoversKilled(long pairNumber, String side, int processes) {
        log.warn(prefix + "killed " + processes + (processes == 1 ? " process" : " processes") + " left behind by pair "
                + pairNumber + ", " + side);
    }
}
