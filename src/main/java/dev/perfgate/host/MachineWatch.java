package dev.perfgate.host;

import java.util.function.Supplier;

/**
 * Reads the machine just before the first run and just after the last, and judges what happened in between.
 * Costs a few small file reads at each end, outside every timed window.
 */
public final class MachineWatch {

    private final ProcMachineReader reader;
    private final Supplier<String> otherBenchmark;
    private final MachineFacts facts;
    private final MachineReading before;
    private final String otherBefore;

    private MachineWatch(ProcMachineReader reader, Supplier<String> otherBenchmark) {
        this.reader = reader;
        this.otherBenchmark = otherBenchmark;
        this.facts = reader.facts();
        this.otherBefore = quietly(otherBenchmark);
        this.before = reader.read(facts);
    }

    /**
     * @param otherBenchmark names another benchmark that holds the machine-wide lock now, or {@code null}
     */
    public static MachineWatch start(ProcMachineReader reader, Supplier<String> otherBenchmark) {
        return new MachineWatch(reader, otherBenchmark);
    }

    /** Reads the machine again and judges the runs since {@link #start}. */
    public MachineJudgement.Verdict stop() {
        MachineReading after = reader.read(facts);
        return MachineJudgement.judge(facts, before, after, otherBefore, quietly(otherBenchmark));
    }

    /** Who else holds the lock is context: failing to tell must not fail a build. */
    private static String quietly(Supplier<String> otherBenchmark) {
        try {
            return otherBenchmark.get();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
