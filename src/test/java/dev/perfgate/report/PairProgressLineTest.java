package dev.perfgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.perfgate.paired.RunProgress;
import dev.perfgate.receipt.PairedSample;
import dev.perfgate.receipt.PairedSampleHalf;
import org.junit.jupiter.api.Test;

class PairProgressLineTest {

    private static PairedSampleHalf half(long wallNs, String position, int exit) {
        return new PairedSampleHalf(
                Math.round(wallNs / 1e6),
                exit,
                false,
                null,
                null,
                null,
                wallNs,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                position);
    }

    @Test
    void aMeasuredPairSaysHowFarTheRunMayGoAndTheTimeSoFar() {
        PairedSample sample = new PairedSample(
                6, false, half(801_200_000L, "first", 0), half(1_050_000_000L, "second", 0), 249, null, 248_800_000L);

        assertEquals(
                "pair 7 (≤ 30), 12 s (baseline first): baseline 801.20 ms, current 1.050 s",
                PairProgressLine.format(sample, new RunProgress(30, 12_900_000_000L)));
    }

    @Test
    void aWarmupPairIsMarkedAndLongRunsCountMinutes() {
        PairedSample sample =
                new PairedSample(0, true, half(10_000_000L, "second", 0), half(10_000_000L, "first", 2), 0, null, 0L);

        assertEquals(
                "pair 1 (warmup), 2 min 05 s (current first): baseline 10.00 ms, current 10.00 ms exit 2",
                PairProgressLine.format(sample, new RunProgress(32, 125_000_000_000L)));
    }
}
