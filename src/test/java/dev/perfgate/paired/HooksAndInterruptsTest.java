package dev.perfgate.paired;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.paired.config.PairOrder;
import dev.perfgate.process.CommandSpec;
import dev.perfgate.process.ProcessRunner;
import dev.perfgate.process.RunResult;
import dev.perfgate.receipt.CommandHooks;
import dev.perfgate.receipt.PairedRunReceipt;
import dev.perfgate.testing.FakeRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The commands around the runs (setup, prepare, conclude, cleanup), a failed one, and a build interrupted
 * mid-run: what runs in which order, what the build is told, and what the receipt keeps.
 */
class HooksAndInterruptsTest {

    /** Runs every command (0.1 ms, exit 0), records it as "side argv0", and fails or interrupts on demand. */
    private static final class Script implements FakeRunner.Script {
        final List<String> ran = new ArrayList<>();
        Predicate<String> fails = line -> false;
        Predicate<String> interrupts = line -> false;

        @Override
        public RunResult run(CommandSpec spec) {
            String line = spec.side() + " " + spec.argv().get(0);
            ran.add(line);
            if (interrupts.test(line)) {
                Thread.currentThread().interrupt(); // as Maven cancelling the build's thread mid-run
            }
            boolean failed = fails.test(line);
            return new RunResult(
                    100_000,
                    failed ? 3 : 0,
                    false,
                    ("out of " + line + "\n").getBytes(),
                    (failed ? "no database\n" : "").getBytes(),
                    null,
                    null);
        }
    }

    private final Script runner = new Script();

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    private static final CommandHooks HOOKS = new CommandHooks(
            List.of("setup.sh"),
            List.of("cleanup.sh"),
            List.of("prepare.sh"),
            null,
            List.of("prepare-current.sh"),
            List.of("conclude.sh"),
            null,
            null);

    private PairedRunOutcome execute(int pairs, CommandHooks hooks) throws Exception {
        return Fakes.useCase(FakeRunner.of(runner), new Fakes.RecordingHostProbe())
                .execute(Fakes.request()
                        .baselineCommand(List.of("old"))
                        .currentCommand(List.of("new"))
                        .repeat(pairs)
                        .warmup(1)
                        .order(PairOrder.BASELINE_FIRST)
                        .hooks(hooks)
                        .build());
    }

    @Test
    void runsSetupOncePrepareAndConcludeAroundEveryRunAndCleanupOnce() throws Exception {
        PairedRunOutcome outcome = execute(2, HOOKS);

        List<String> perPair = List.of(
                "prepare prepare.sh",
                "baseline old",
                "conclude conclude.sh",
                "prepare prepare-current.sh",
                "current new",
                "conclude conclude.sh");
        List<String> expected = new ArrayList<>(List.of("setup setup.sh"));
        for (int pair = 0; pair < 3; pair++) { // the warmup pair too
            expected.addAll(perPair);
        }
        expected.add("cleanup cleanup.sh");
        assertEquals(expected, runner.ran);
        assertFalse(outcome.failed(), outcome.reasons().toString());
        assertEquals(HOOKS, outcome.receipt().config().hooks());
        assertEquals(3, outcome.receipt().samples().size(), "hooks are not samples");
    }

    @Test
    void noHooksRecordNothing() throws Exception {
        PairedRunOutcome outcome = execute(2, CommandHooks.NONE);
        assertNull(outcome.receipt().config().hooks());
        assertEquals(6, runner.ran.size());
    }

    @Test
    void aFailedPrepareStopsTheRunKeepsTheCompletePairsAndNamesCommandSidePairAndOutput() throws Exception {
        int[] prepares = {0};
        runner.fails = line -> line.equals("prepare prepare-current.sh") && ++prepares[0] == 3;

        PairedRunOutcome outcome = execute(4, HOOKS);

        assertTrue(outcome.failed());
        String reason = outcome.reasons().get(outcome.reasons().size() - 1);
        assertEquals(
                "the prepare command before the current run of pair 3 (currentPrepareCommand: prepare-current.sh)"
                        + " failed: exit 3; last lines of its stderr:\n      no database",
                reason);
        PairedRunReceipt receipt = outcome.receipt();
        // pair 1 is the warmup; pair 2 is complete; pair 3 stopped before its current run
        assertEquals(2, receipt.samples().size());
        assertEquals(1, receipt.measuredSamples().size());
        assertEquals("failed_hook", receipt.config().stopReason());
        assertTrue(receipt.verdict() != null, "the complete pairs are judged");
        assertEquals("cleanup cleanup.sh", runner.ran.get(runner.ran.size() - 1), "cleanup runs after a failure");
    }

    @Test
    void aFailedSetupRunsNothingElseButTheCleanupAndLeavesNoReceipt() {
        runner.fails = line -> line.startsWith("setup");
        HookFailedException e = assertThrows(HookFailedException.class, () -> execute(2, HOOKS));
        assertTrue(
                e.getMessage()
                        .startsWith(
                                "the setup command before the first pair (setupCommand: setup.sh)" + " failed: exit 3"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("no measured pair was complete, so no receipt was written"), e.getMessage());
        assertEquals(List.of("setup setup.sh", "cleanup cleanup.sh"), runner.ran);
    }

    @Test
    void aFailedCleanupFailsTheBuildButKeepsTheVerdict() throws Exception {
        runner.fails = line -> line.startsWith("cleanup");
        PairedRunOutcome outcome = execute(2, HOOKS);
        assertTrue(outcome.failed());
        assertEquals(
                List.of("the cleanup command after the last pair (cleanupCommand: cleanup.sh) failed: exit 3;"
                        + " last lines of its stderr:\n      no database"),
                outcome.reasons());
        assertTrue(outcome.receipt().verdict() != null);
        assertEquals(2, outcome.receipt().measuredSamples().size());
    }

    @Test
    void anInterruptedRunKeepsOnlyItsCompletePairsMarkedWithoutAVerdict() throws Exception {
        int[] currents = {0};
        // the build is cancelled while the current command of measured pair 3 runs
        runner.interrupts = line -> line.equals("current new") && ++currents[0] == 4;

        PairedRunOutcome outcome = execute(6, HOOKS);

        PairedRunReceipt receipt = outcome.receipt();
        assertEquals(2, receipt.measuredSamples().size(), "the cut pair is not kept");
        assertEquals(3, receipt.samples().size());
        assertEquals(
                "the build's thread was interrupted",
                receipt.run().interrupted().reason());
        assertEquals("2024-01-01T00:00:00Z", receipt.run().interrupted().at());
        assertNull(receipt.verdict(), "nothing may read a cut-short run as a pass");
        assertNull(receipt.analysis());
        assertEquals("interrupted", receipt.config().stopReason());
        assertTrue(outcome.failed());
        assertEquals(
                List.of("the build was interrupted (the build's thread was interrupted) after 2 complete measured"
                        + " pairs: the receipt keeps them, marked interrupted, with no verdict"),
                outcome.reasons());
        // no conclude after the cut run, no further run; the cleanup still runs, and the interrupt is kept
        assertEquals(
                List.of("current new", "cleanup cleanup.sh"),
                runner.ran.subList(runner.ran.size() - 2, runner.ran.size()));
        assertTrue(Thread.currentThread().isInterrupted());
    }

    @Test
    void anInterruptBeforeAnyMeasuredPairLeavesNoReceipt() {
        runner.interrupts = line -> line.equals("baseline old"); // in the warmup pair
        CancellationException e = assertThrows(CancellationException.class, () -> execute(2, HOOKS));
        assertTrue(e.getMessage().contains("no measured pair was complete, so no receipt was written"), e.getMessage());
        assertEquals("cleanup cleanup.sh", runner.ran.get(runner.ran.size() - 1));
    }

    @Test
    void anInterruptDuringTheCleanupStillKeepsTheCompleteRun() throws Exception {
        runner.interrupts = line -> line.startsWith("cleanup");
        ProcessRunner stopping = FakeRunner.of(spec -> {
            RunResult result = runner.run(spec);
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("the build is shutting down; no new run starts");
            }
            return result;
        });
        PairedRunOutcome outcome = Fakes.useCase(stopping, new Fakes.RecordingHostProbe())
                .execute(Fakes.request()
                        .baselineCommand(List.of("old"))
                        .currentCommand(List.of("new"))
                        .repeat(2)
                        .hooks(HOOKS)
                        .build());

        assertEquals(2, outcome.receipt().measuredSamples().size());
        assertTrue(outcome.receipt().verdict() != null, "every pair was complete: the run is judged");
        assertEquals(
                List.of("the cleanup command (cleanupCommand: cleanup.sh) did not run to its end: the build was"
                        + " interrupted while it ran"),
                outcome.reasons());
    }
}
