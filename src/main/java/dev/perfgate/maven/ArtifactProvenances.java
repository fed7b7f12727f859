package dev.perfgate.maven;

import dev.perfgate.paired.PairedRunOutcome;
import dev.perfgate.receipt.PairedRunReceipt;

/** Adds to a finished run's receipt which binary each side ran: the core never sees Maven coordinates. */
final class ArtifactProvenances {

    private ArtifactProvenances() {}

    static PairedRunOutcome record(PairedRunOutcome outcome, ArtifactBinding.BoundCommands commands) {
        if (commands.baselineArtifact() == null && commands.currentArtifact() == null) {
            return outcome;
        }
        PairedRunReceipt receipt = outcome.receipt();
        return outcome.withReceipt(receipt.withBench(
                receipt.bench().withArtifacts(commands.baselineArtifact(), commands.currentArtifact())));
    }
}
