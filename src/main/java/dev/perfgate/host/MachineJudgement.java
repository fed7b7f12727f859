package dev.perfgate.host;

import dev.perfgate.receipt.MachineMoment;
import dev.perfgate.receipt.MachineState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Judges from two readings whether the machine was fit to measure on while the runs took place. "Busy" is
 * judged by what happened during the runs, not by the 1-minute load average (which lags a minute behind):
 * the CPU time that processes other than this build took on the CPUs it may use, swapping, and another
 * benchmark measuring at the same time. Where the CPU times cannot be read, threads waiting to run both
 * before and after stand in. Pure: the readings come in, the receipt's record goes out.
 */
public final class MachineJudgement {

    /** Other processes below a quarter CPU on average do not show in intervals: no warning for a cron job. */
    static final double MIN_BUSY_CPUS = 0.25;
    /** …nor below a tenth of the CPUs this build may run on (a 64-CPU host is never idle). */
    static final double MIN_BUSY_SHARE = 0.10;

    private MachineJudgement() {}

    /**
     * The machine's record, and why it was busy (empty when it was not, or when nothing could tell).
     *
     * @param state       what the receipt records as {@code run.machine}
     * @param busyReasons one clause each, e.g. {@code other processes used 1.8 of 2 CPUs during the run}
     */
    public record Verdict(MachineState state, List<String> busyReasons) {

        public Verdict {
            busyReasons = List.copyOf(busyReasons);
        }

        public boolean busy() {
            return !busyReasons.isEmpty();
        }
    }

    /**
     * @param otherBefore another benchmark holding the machine lock before the runs, or {@code null}
     * @param otherAfter  the same, after the runs
     */
    public static Verdict judge(
            MachineFacts facts, MachineReading before, MachineReading after, String otherBefore, String otherAfter) {
        Integer allowed = facts.allowedCount();
        Double usable = facts.usableCpus();
        Double others = otherCpusUsed(before, after);
        Integer runnableBefore = runnableOthers(before);
        Integer runnableAfter = runnableOthers(after);
        Long swapIn = delta(before.swapIn(), after.swapIn());
        Long swapOut = delta(before.swapOut(), after.swapOut());

        List<String> busyReasons = new ArrayList<>();
        boolean judged = false;
        if (others != null && after.countedCpus() != null) {
            judged = true;
            int counted = after.countedCpus();
            boolean noticeable = others >= Math.max(MIN_BUSY_CPUS, MIN_BUSY_SHARE * counted);
            // with a quota below the CPUs it may run on, the build is hurt only once others leave it too few
            boolean inTheWay = usable == null || counted - others < usable - 1e-9;
            if (noticeable && inTheWay) {
                busyReasons.add(String.format(
                        Locale.ROOT, "other processes used %s of %d CPUs during the run", cpus(others), counted));
            }
        } else if (runnableBefore != null && runnableAfter != null && usable != null) {
            judged = true;
            if (Math.min(runnableBefore, runnableAfter) >= usable) {
                busyReasons.add(String.format(
                        Locale.ROOT,
                        "%d and %d threads of other processes were waiting to run"
                                + " before and after the run, on %s usable CPUs",
                        runnableBefore,
                        runnableAfter,
                        cpus(usable)));
            }
        }
        if (swapIn != null && swapOut != null) {
            judged = true;
            if (swapIn + swapOut > 0) {
                busyReasons.add(String.format(
                        Locale.ROOT, "%d pages were swapped during the run (memory was short)", swapIn + swapOut));
            }
        }
        String otherBenchmark = otherBefore != null ? otherBefore : otherAfter;
        if (otherBenchmark != null) {
            judged = true;
            busyReasons.add("another benchmark measured at the same time (" + otherBenchmark + ")");
        }

        List<String> concerns = new ArrayList<>(busyReasons);
        concerns.addAll(tuning(facts));
        MachineState state = new MachineState(
                facts.onlineCpus(),
                allowed,
                facts.cpuQuota(),
                usable == null ? null : round(usable),
                facts.governor(),
                facts.turbo(),
                moment(before, runnableBefore, otherBefore),
                moment(after, runnableAfter, otherAfter),
                others == null ? null : round(others),
                swapIn,
                swapOut,
                judged ? Boolean.valueOf(!busyReasons.isEmpty()) : null,
                concerns.isEmpty() ? null : concerns);
        return new Verdict(state, busyReasons);
    }

    /**
     * Mean CPUs busy with other processes: busy ticks of the counted CPUs less this process's and its runs'
     * ticks, over the elapsed ticks per CPU. {@code null} when a counter is missing or went backwards.
     */
    static Double otherCpusUsed(MachineReading before, MachineReading after) {
        Long busy = delta(before.busyTicks(), after.busyTicks());
        Long total = delta(before.totalTicks(), after.totalTicks());
        Long own = delta(before.ownTicks(), after.ownTicks());
        Integer cpus = after.countedCpus();
        if (busy == null
                || total == null
                || own == null
                || cpus == null
                || cpus < 1
                || total == 0
                || !cpus.equals(before.countedCpus())) {
            return null;
        }
        double elapsedPerCpu = (double) total / cpus;
        double others = (busy - own) / elapsedPerCpu;
        return Math.max(0, Math.min(cpus, others));
    }

    /** What pyperf would tune: a governor that lowers the clock, turbo that changes it with load and heat. */
    private static List<String> tuning(MachineFacts facts) {
        List<String> tuning = new ArrayList<>();
        if (facts.governor() != null && !facts.governor().equals("performance")) {
            tuning.add("CPU frequency governor '" + facts.governor() + "', not 'performance': the clock follows the"
                    + " load, so the first runs of a burst are slower");
        }
        if (Boolean.TRUE.equals(facts.turbo())) {
            tuning.add("turbo boost is on: the clock varies with temperature and with how many cores are busy");
        }
        return tuning;
    }

    private static MachineMoment moment(MachineReading reading, Integer runnable, String otherBenchmark) {
        if (reading.loadAverage() == null && runnable == null && otherBenchmark == null) {
            return null;
        }
        return new MachineMoment(reading.loadAverage(), runnable, otherBenchmark);
    }

    /** Threads of others ready to run: {@code procs_running} counts the reading thread itself. */
    private static Integer runnableOthers(MachineReading reading) {
        return reading.procsRunning() == null ? null : Math.max(0, reading.procsRunning() - 1);
    }

    private static Long delta(Long before, Long after) {
        return before == null || after == null || after < before ? null : after - before;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** {@code 1.8}, {@code 2}: CPUs to one decimal, without a needless {@code .0}. */
    static String cpus(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
