package dev.perfgate.paired;

import static dev.perfgate.paired.Fakes.request;
import static dev.perfgate.paired.Fakes.useCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.paired.config.InvalidConfigurationException;
import dev.perfgate.paired.config.RequestValidator;
import dev.perfgate.paired.config.Shard;
import dev.perfgate.receipt.PairedRunReceipt;
import dev.perfgate.receipt.Thresholds;
import dev.perfgate.testing.FakeRunner;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShardTest {

    @Test
    void parsesIOfNAndRefusesWhatIsNot() throws Exception {
        assertEquals(new Shard(2, 4), Shard.parse(" 2/4 "));
        for (String bad : new String[] {"0/4", "5/4", "2", "2/0", "a/b", "1/1001", ""}) {
            InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> Shard.parse(bad));
            assertEquals("shard", e.parameter(), bad);
            assertTrue(e.getMessage().contains("e.g. 2/4"), e.getMessage());
        }
    }

    @Test
    void sharesAddUpToTheBudgetAsEvenlyAsItGoes() {
        for (int count = 1; count <= 12; count++) {
            for (int maxPairs : new int[] {1, 7, 30, 31, 100}) {
                int sum = 0;
                int min = Integer.MAX_VALUE;
                int max = 0;
                for (int index = 1; index <= count; index++) {
                    int share = new Shard(index, count).share(maxPairs);
                    sum += share;
                    min = Math.min(min, share);
                    max = Math.max(max, share);
                }
                assertEquals(maxPairs, sum, count + " shards of " + maxPairs);
                assertTrue(max - min <= 1);
            }
        }
        assertEquals(
                List.of(8, 8, 7, 7),
                List.of(
                        new Shard(1, 4).share(30),
                        new Shard(2, 4).share(30),
                        new Shard(3, 4).share(30),
                        new Shard(4, 4).share(30)));
    }

    @Test
    void eachShardHasItsOwnSeedAndTheSameShardTheSameOne() {
        Set<Long> seeds = new HashSet<>();
        for (int index = 1; index <= 8; index++) {
            seeds.add(new Shard(index, 8).seed(null));
            assertEquals(new Shard(index, 8).seed(42L), new Shard(index, 8).seed(42L));
        }
        assertEquals(8, seeds.size());
        assertNotEquals(new Shard(1, 2).seed(1L), new Shard(1, 2).seed(2L));
    }

    @Test
    void aShardMeasuresItsShareWithoutEarlyStopRecordsItselfAndLeavesTheGateToTheMerge() throws Exception {
        Random noise = new Random(5);
        FakeRunner runner = Fakes.generating(
                () -> 50 * Math.exp(0.01 * noise.nextGaussian()), () -> 75 * Math.exp(0.01 * noise.nextGaussian()));
        PairedRunOutcome outcome = useCase(runner, new Fakes.RecordingHostProbe())
                .execute(request()
                        .thresholds(new Thresholds(5.0, null, null))
                        .maxPairs(30)
                        .shard(new Shard(3, 4))
                        .build());
        PairedRunReceipt receipt = outcome.receipt();
        // +50% at 1% noise decides at the first look of a normal run; a shard still measures its 7 pairs.
        assertEquals(7, receipt.measuredSamples().size());
        assertEquals(1, receipt.config().looks());
        assertEquals("3/4", receipt.config().shard());
        assertEquals(new Shard(3, 4).seed(null), receipt.config().seed());
        assertEquals("fail", receipt.verdict().status(), "the shard's own figures stay in its receipt");
        assertFalse(outcome.failed(), "the gate is the merge's");
        assertTrue(
                outcome.warnings().stream().anyMatch(w -> w.startsWith("shard 3/4 alone: wall time regression")),
                outcome.warnings().toString());
    }

    @Test
    void aShardStillFailsOnFailedRuns() throws Exception {
        Fakes.QueuedRunner runner = new Fakes.QueuedRunner()
                .pair(Fakes.run(50, 0, false, null, "", ""), Fakes.run(50, 3, false, null, "", ""));
        PairedRunOutcome outcome = useCase(runner, new Fakes.RecordingHostProbe())
                .execute(request().repeat(1).shard(new Shard(1, 2)).build());
        assertTrue(outcome.failed());
        assertTrue(
                outcome.reasons().stream().anyMatch(r -> r.contains("exit")),
                outcome.reasons().toString());
    }

    @Test
    void aBudgetSmallerThanTheShardCountIsRefused() {
        InvalidConfigurationException e = assertThrows(
                InvalidConfigurationException.class,
                () -> RequestValidator.validate(
                        request().maxPairs(3).shard(new Shard(4, 4)).build()));
        assertEquals("maxPairs", e.parameter());
        assertTrue(e.getMessage().contains("raise maxPairs to at least 4"), e.getMessage());
    }
}
