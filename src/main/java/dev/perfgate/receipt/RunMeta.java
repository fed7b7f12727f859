package dev.perfgate.receipt;

/**
 * When and where the run happened.
 *
 * @param runner      the process runner that measured the runs ({@code posix} or {@code jdk}); added to v1
 * @param machine     the machine's state while the pairs ran (load, CPUs, governor, other processes); added to v1
 * @param interrupted why and when the run was cut short, when it was; added to v1
 */
public record RunMeta(
        String id,
        String startedAt,
        String endedAt,
        HostInfo host,
        String runner,
        MachineState machine,
        Interruption interrupted) {

    /** A run without a record of the machine's state (it is added once the runs are over), not interrupted. */
    public RunMeta(String id, String startedAt, String endedAt, HostInfo host, String runner) {
        this(id, startedAt, endedAt, host, runner, null, null);
    }

    /** The same run with the machine's state recorded. */
    public RunMeta withMachine(MachineState newMachine) {
        return new RunMeta(id, startedAt, endedAt, host, runner, newMachine, interrupted);
    }

    /** The same run, marked as cut short. */
    public RunMeta withInterruption(Interruption interruption) {
        return new RunMeta(id, startedAt, endedAt, host, runner, machine, interruption);
    }
}
