package dev.perfgate.paired;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.merge.MergeStratum;
import dev.perfgate.merge.ReceiptCompatibility;
import dev.perfgate.merge.ReceiptSetException;
import dev.perfgate.paired.config.SettingNames;
import dev.perfgate.receipt.MetricDefinition;
import dev.perfgate.receipt.PairedRunReceipt;
import dev.perfgate.receipt.RunMeta;
import dev.perfgate.receipt.SchemaValidation;
import dev.perfgate.testing.FakeRunner;
import dev.perfgate.testing.JmhRun;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A JMH suite split by benchmark across shards (an include per shard), merged into one verdict on the union. */
class JmhMergeTest {

    /** One benchmark a shard runs: its class, method, mode, and the current side's factor on its score. */
    private record Bench(String cls, String test, String mode, double currentFactor) {}

    /** Plays one shard's JMH command: only the benchmarks its include chose. */
    private static FakeRunner shardRunner(List<Bench> benches, SplittableRandom random) {
        return FakeRunner.of(spec -> {
            boolean current = spec.side().equals("current");
            JmhRun run = new JmhRun(random);
            for (Bench b : benches) {
                run.benchmark(b.cls(), b.test(), b.mode(), 100 * (current ? b.currentFactor() : 1.0));
            }
            return run.result();
        });
    }

    private static MetricDefinition suite(String jmhFile, String include) {
        return new MetricDefinition("jmh", null, 10.0, null, null, null, jmhFile, include, null, null, null);
    }

    private static MergeStratum shard(String name, MetricDefinition suite, long seed, Bench... benches)
            throws Exception {
        return shard(name, suite, List.of("java", "-jar", "benchmarks.jar"), seed, benches);
    }

    private static MergeStratum shard(
            String name, MetricDefinition suite, List<String> command, long seed, Bench... benches) throws Exception {
        PairedRunReceipt receipt = Fakes.useCase(
                        shardRunner(List.of(benches), new SplittableRandom(seed)), new Fakes.RecordingHostProbe())
                .execute(Fakes.request()
                        .baselineCommand(command)
                        .currentCommand(command)
                        .metrics(List.of(suite))
                        .build())
                .receipt();
        RunMeta run = receipt.run();
        // Each shard is its own run (the fake use case numbers every run alike).
        RunMeta own = new RunMeta(
                "shard-" + seed, run.startedAt(), run.endedAt(), run.host(), run.runner(), run.machine(), null);
        return new MergeStratum(name, Path.of(name), receipt.withRun(own));
    }

    private static final Bench ENCODE_SLOWER = new Bench("Codec", "encode", "avgt", 1.3);
    private static final Bench DECODE = new Bench("Codec", "decode", "avgt", 1.0);
    private static final Bench LOOP_DROPS = new Bench("Work", "loop", "thrpt", 0.75);
    private static final Bench SORT = new Bench("Work", "sort", "thrpt", 1.0);

    @Test
    void shardsThatRanDifferentBenchmarksMergeIntoTheUnionEachDecidedFromTheShardsThatRanIt() throws Exception {
        List<MergeStratum> strata = List.of(
                shard("codec.paired.json", suite("result.json", "Codec"), 1, ENCODE_SLOWER, DECODE),
                shard("work.paired.json", suite("result.json", "Work"), 2, LOOP_DROPS, SORT));
        new ReceiptCompatibility(ReceiptCompatibility.Overridden.NONE).check(strata);

        PairedRunOutcome outcome =
                new ReceiptMerger(Fakes.TOOL, SettingNames.KEYS).merge(strata, ReceiptMerger.Overrides.NONE);
        PairedRunReceipt merged = outcome.receipt();
        SchemaValidation.assertValid(merged);

        assertEquals("fail", merged.verdict().status());
        assertEquals("fail", merged.analysis().get("jmh:Codec.encode").status());
        assertEquals("fail", merged.analysis().get("jmh:Work.loop").status());
        assertNotEquals("fail", merged.analysis().get("jmh:Codec.decode").status());
        assertNotEquals("fail", merged.analysis().get("jmh:Work.sort").status());
        assertEquals(4L, merged.verdict().family().gatedMetrics(), "one family over the union");
        // Each benchmark rests on the one shard that ran it, under that shard's index.
        assertEquals(
                0L,
                merged.merge().metrics().get("jmh:Codec.encode").strata().get(0).stratum());
        assertEquals(
                1L,
                merged.merge().metrics().get("jmh:Work.loop").strata().get(0).stratum());
        assertEquals(1, merged.merge().metrics().get("jmh:Work.loop").strata().size());
        // The throughput's drop reads in its own terms, never as the +33% of its inverse.
        assertEquals("higher", merged.analysis().get("jmh:Work.loop").better());
        assertEquals(-25.0, merged.analysis().get("jmh:Work.loop").ownEstimatePct(), 1.0);
        assertTrue(
                outcome.reasons().stream().anyMatch(r -> r.startsWith("jmh:Work.loop") && r.contains("\u221225.")),
                outcome.reasons().toString());
        // Every benchmark's origin survives the merge (JUnit's class and name come from it).
        assertEquals(
                List.of("jmh:Codec.decode", "jmh:Codec.encode", "jmh:Work.loop", "jmh:Work.sort"),
                List.copyOf(merged.benchmarks().keySet()));
        assertEquals("Work", merged.benchmarks().get("jmh:Work.loop").className());
        // The merge covers the union, so it records no single shard's choice.
        assertNull(merged.config().metrics().get(0).include());
    }

    @Test
    void aBenchmarkThatBothShardsRanIsMergedFromBoth() throws Exception {
        List<MergeStratum> strata = List.of(
                shard("a.paired.json", suite("result.json", "Codec"), 3, ENCODE_SLOWER, DECODE),
                shard("b.paired.json", suite("result.json", "Codec|Work"), 4, ENCODE_SLOWER, LOOP_DROPS));
        PairedRunReceipt merged = new ReceiptMerger(Fakes.TOOL, SettingNames.KEYS)
                .merge(strata, ReceiptMerger.Overrides.NONE)
                .receipt();
        assertEquals(
                2, merged.merge().metrics().get("jmh:Codec.encode").strata().size());
        assertEquals(
                1, merged.merge().metrics().get("jmh:Codec.decode").strata().size());
        assertEquals(1, merged.merge().metrics().get("jmh:Work.loop").strata().size());
        assertEquals("fail", merged.analysis().get("jmh:Codec.encode").status());
    }

    @Test
    void shardsMayPassTheirIncludeToJmhButTheirCommandsMayDifferInNothingElse() throws Exception {
        ReceiptCompatibility compatibility = new ReceiptCompatibility(ReceiptCompatibility.Overridden.NONE);
        compatibility.check(List.of(
                shard("a.paired.json", suite("r.json", "Codec"), List.of("java", "-jar", "b.jar", "Codec"), 7, DECODE),
                shard("b.paired.json", suite("r.json", "Work"), List.of("java", "-jar", "b.jar", "Work"), 8, SORT)));
        ReceiptSetException refused = assertThrows(
                ReceiptSetException.class,
                () -> compatibility.check(List.of(
                        shard(
                                "a.paired.json",
                                suite("r.json", "Codec"),
                                List.of("java", "-jar", "b.jar", "-f", "1"),
                                9),
                        shard(
                                "b.paired.json",
                                suite("r.json", "Work"),
                                List.of("java", "-jar", "b.jar", "-f", "2"),
                                10))));
        assertTrue(refused.getMessage().contains("bench.baseline_command"), refused.getMessage());
    }

    @Test
    void aBenchmarkMeasuredInAnotherModeByOneShardIsRefusedNamingIt() throws Exception {
        List<MergeStratum> strata = List.of(
                shard("a.paired.json", suite("result.json", null), 11, DECODE),
                shard("b.paired.json", suite("result.json", null), 12, new Bench("Codec", "decode", "thrpt", 1.0)));
        ReceiptSetException refused = assertThrows(
                ReceiptSetException.class,
                () -> new ReceiptCompatibility(ReceiptCompatibility.Overridden.NONE).check(strata));
        assertTrue(
                refused.getMessage().contains("benchmark jmh:Codec.decode")
                        && refused.getMessage().contains("avgt")
                        && refused.getMessage().contains("thrpt"),
                refused.getMessage());
    }

    @Test
    void shardsOfDifferentSuitesAreStillRefused() throws Exception {
        List<MergeStratum> strata = List.of(
                shard("a.paired.json", suite("result.json", "Codec"), 5, DECODE),
                shard("b.paired.json", suite("other.json", "Work"), 6, SORT));
        ReceiptSetException refused = assertThrows(
                ReceiptSetException.class,
                () -> new ReceiptCompatibility(ReceiptCompatibility.Overridden.NONE).check(strata));
        assertTrue(refused.getMessage().contains("config.metrics"), refused.getMessage());
    }
}
