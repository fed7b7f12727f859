package dev.perfgate.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.receipt.MachineState;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MachineJudgementTest {

    @TempDir
    Path root;

    private static final MachineFacts TWO_CPUS = new MachineFacts(2, null, null, null, null);

    /** A reading of 2 CPUs: {@code busy} of {@code total} ticks, {@code own} of them this build's. */
    private static MachineReading reading(long busy, long total, long own) {
        return new MachineReading(1.0, 1, busy, total, 2, own, 0L, 0L);
    }

    @Test
    void otherProcessesTakingMostOfTheCpusMakeTheMachineBusy() {
        // 1000 ticks per CPU elapsed; 1900 busy, 100 of them ours: others kept 1.8 CPUs busy
        MachineJudgement.Verdict v =
                MachineJudgement.judge(TWO_CPUS, reading(0, 0, 0), reading(1900, 2000, 100), null, null);
        assertTrue(v.busy());
        assertEquals(List.of("other processes used 1.8 of 2 CPUs during the run"), v.busyReasons());
        assertEquals(1.8, v.state().otherCpusUsed());
        assertEquals(Boolean.TRUE, v.state().busy());
        assertEquals(v.busyReasons(), v.state().concerns());
    }

    @Test
    void ourOwnRunsDoNotMakeItBusy() {
        // as busy as above, but nearly all of it was this build and its runs
        MachineJudgement.Verdict v =
                MachineJudgement.judge(TWO_CPUS, reading(0, 0, 0), reading(1900, 2000, 1800), null, null);
        assertFalse(v.busy());
        assertEquals(0.1, v.state().otherCpusUsed());
        assertEquals(Boolean.FALSE, v.state().busy());
        assertNull(v.state().concerns());
    }

    @Test
    void aLittleBackgroundWorkIsNoWarning() {
        // others: 0.2 CPUs, below the quarter CPU that would show in intervals
        assertFalse(MachineJudgement.judge(TWO_CPUS, reading(0, 0, 0), reading(300, 2000, 100), null, null)
                .busy());
        // others: 0.3 CPUs
        assertTrue(MachineJudgement.judge(TWO_CPUS, reading(0, 0, 0), reading(400, 2000, 100), null, null)
                .busy());
    }

    @Test
    void withAQuotaOthersMatterOnlyOnceTheyLeaveTooFewCpus() {
        MachineFacts quota = new MachineFacts(8, null, 2.0, null, null);
        MachineReading before = new MachineReading(null, null, 0L, 0L, 8, 0L, null, null);
        // 8 CPUs, 1000 ticks each; others kept 4 CPUs busy: 4 left, more than the quota of 2
        MachineReading after = new MachineReading(null, null, 5000L, 8000L, 8, 1000L, null, null);
        assertFalse(MachineJudgement.judge(quota, before, after, null, null).busy());
        // others kept 7 CPUs busy: 1 left for a build that may use 2
        MachineReading crowded = new MachineReading(null, null, 8000L, 8000L, 8, 1000L, null, null);
        MachineJudgement.Verdict v = MachineJudgement.judge(quota, before, crowded, null, null);
        assertEquals(List.of("other processes used 7 of 8 CPUs during the run"), v.busyReasons());
        assertEquals(2.0, v.state().usableCpus());
        assertEquals(2.0, v.state().cpuQuota());
    }

    @Test
    void withoutCpuTimesThreadsWaitingBeforeAndAfterStandIn() {
        MachineReading waiting = new MachineReading(null, 4, null, null, null, null, null, null);
        MachineReading calm = new MachineReading(null, 1, null, null, null, null, null, null);
        assertEquals(
                List.of("3 and 3 threads of other processes were waiting to run before and after the run, on 2"
                        + " usable CPUs"),
                MachineJudgement.judge(TWO_CPUS, waiting, waiting, null, null).busyReasons());
        // a crowd at one instant only is not the run's story
        assertFalse(MachineJudgement.judge(TWO_CPUS, waiting, calm, null, null).busy());
        assertEquals(
                Boolean.FALSE,
                MachineJudgement.judge(TWO_CPUS, waiting, calm, null, null)
                        .state()
                        .busy());
    }

    @Test
    void swappingDuringTheRunMakesItBusy() {
        MachineReading before = new MachineReading(null, null, null, null, null, null, 100L, 200L);
        MachineReading after = new MachineReading(null, null, null, null, null, null, 130L, 210L);
        MachineJudgement.Verdict v = MachineJudgement.judge(TWO_CPUS, before, after, null, null);
        assertEquals(List.of("40 pages were swapped during the run (memory was short)"), v.busyReasons());
        assertEquals(30L, v.state().swapInPages());
        assertEquals(10L, v.state().swapOutPages());
    }

    @Test
    void anotherBenchmarkHoldingTheLockMakesItBusy() {
        MachineJudgement.Verdict v = MachineJudgement.judge(
                TWO_CPUS, MachineReading.unknown(), MachineReading.unknown(), null, "benchmark 'x', pid 7");
        assertEquals(List.of("another benchmark measured at the same time (benchmark 'x', pid 7)"), v.busyReasons());
        assertNull(v.state().before());
        assertEquals("benchmark 'x', pid 7", v.state().after().otherBenchmark());
    }

    @Test
    void aMachineThatTellsNothingIsNotJudgedAndRaisesNoConcern() {
        MachineJudgement.Verdict v = MachineJudgement.judge(
                MachineFacts.unknown(), MachineReading.unknown(), MachineReading.unknown(), null, null);
        assertFalse(v.busy());
        MachineState s = v.state();
        assertNull(s.busy(), "not judged is not 'quiet'");
        assertNull(s.concerns());
        assertNull(s.otherCpusUsed());
        assertNull(s.before());
    }

    @Test
    void countersThatWentBackwardsOrChangedCpusAreNotFigures() {
        assertNull(MachineJudgement.otherCpusUsed(reading(500, 500, 0), reading(400, 900, 0)));
        MachineReading otherCpus = new MachineReading(null, null, 900L, 2000L, 3, 10L, null, null);
        assertNull(MachineJudgement.otherCpusUsed(reading(0, 0, 0), otherCpus));
    }

    @Test
    void namesWhatPyperfWouldTuneWithoutCallingItBusy() {
        MachineFacts untuned = new MachineFacts(2, null, null, "powersave", true);
        MachineJudgement.Verdict v =
                MachineJudgement.judge(untuned, reading(0, 0, 0), reading(100, 2000, 100), null, null);
        assertFalse(v.busy());
        assertEquals(2, v.state().concerns().size());
        assertTrue(v.state().concerns().get(0).startsWith("CPU frequency governor 'powersave'"));
        assertTrue(v.state().concerns().get(1).startsWith("turbo boost is on"));
    }

    @Test
    void judgesTwoReadingsOfAFakeProcTheWayTheWatchDoes() {
        FakeMachine m = new FakeMachine(root).allowed("0-1").loadavg("0.50").swap(0, 0);
        m.stat(new long[] {0, 0}, new long[] {0, 0}, 2).selfTicks(0, 0, 0, 0);
        MachineWatch watch = MachineWatch.start(m.reader(), () -> null);
        // during the run: 1000 ticks per CPU; CPU 0 fully busy, CPU 1 half; this build took 200 of them
        m.stat(new long[] {1000, 500}, new long[] {0, 500}, 3)
                .selfTicks(50, 50, 80, 20)
                .loadavg("1.20");
        MachineState s = watch.stop().state();
        assertEquals(1.3, s.otherCpusUsed());
        assertEquals(Boolean.TRUE, s.busy());
        assertEquals(0.5, s.before().loadAverage());
        assertEquals(1, s.before().runnable(), "procs_running less the reading thread");
        assertEquals(1.2, s.after().loadAverage());
        assertEquals(2, s.after().runnable());
        assertEquals(2.0, s.usableCpus());
        assertEquals(0L, s.swapInPages());
    }
}
