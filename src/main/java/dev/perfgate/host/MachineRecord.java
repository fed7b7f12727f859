package dev.perfgate.host;

import dev.perfgate.paired.PairedRunOutcome;
import dev.perfgate.receipt.PairedRunReceipt;

/**
 * Puts the machine's state into a finished run's receipt ({@code run.machine}) and, when the machine was busy,
 * one plain warning: a busy machine widens the intervals, and is the likely cause of an INCONCLUSIVE verdict.
 * A machine that tells nothing adds no warning.
 */
public final class MachineRecord {

    private MachineRecord() {}

    public static PairedRunOutcome apply(PairedRunOutcome outcome, MachineJudgement.Verdict machine) {
        PairedRunReceipt receipt = outcome.receipt();
        PairedRunOutcome recorded =
                outcome.withReceipt(receipt.withRun(receipt.run().withMachine(machine.state())));
        if (!machine.busy()) {
            return recorded;
        }
        boolean inconclusive = receipt.verdict() != null
                && "inconclusive".equals(receipt.verdict().status());
        String what = "busy machine: " + String.join("; ", machine.busyReasons());
        return recorded.withWarning(
                inconclusive
                        ? what + ": that is the likely cause of the INCONCLUSIVE verdict; measure on a quiet machine"
                        : what + ": expect wider intervals");
    }
}
