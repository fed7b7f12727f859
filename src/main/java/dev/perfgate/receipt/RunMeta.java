package dev.perfgate.receipt;

/**
 * When and where the run happened.
 *
 * @param runner  the process runner that measured the runs ({@code posix} or {@code jdk}); added to v1
 * @param machine the machine's state while the pairs ran (load, CPUs, governor, other processes); added to v1
 */
public record RunMeta(String id, String startedAt, String endedAt, HostInfo host, String runner,
                      MachineState machine) {

    /** A run without a record of the machine's state (it is added once the runs are over). */
    public RunMeta(String id, String startedAt, String endedAt, HostInfo host, String runner) {
        this(id, startedAt, endedAt, host, runner, null);
    }

    /** The same run with the machine's state recorded. */
    public RunMeta withMachine(MachineState newMachine) {
        return new RunMeta(id, startedAt, endedAt, host, runner, newMachine);
    }
}
