package dev.perfgate.paired;

import java.util.UUID;

/** Derives the default order seed from the run id, so the receipt alone reproduces the order. */
final class SeedDerivation {

    private SeedDerivation() {}

    static long fromRunId(String runId) {
        try {
            UUID uuid = UUID.fromString(runId);
            return uuid.getMostSignificantBits() ^ uuid.getLeastSignificantBits();
        } catch (IllegalArgumentException notAUuid) {
            return runId.hashCode();
        }
    }
}
