package dev.perfgate.host;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.TreeSet;

/**
 * Reads the machine's state from Linux's {@code /proc} and {@code /sys}, what {@code pyperf system show}
 * looks at: the CPUs this process may use (affinity, cgroup quota), the frequency governor and turbo, the
 * load, the runnable threads, CPU time spent by everyone and by this process and its runs, and swapping.
 * Elsewhere (no {@code /proc}) every figure is unknown: nothing fails, nothing is guessed.
 */
public final class ProcMachineReader {

    private final SystemFiles files;

    /** Reads the real machine. */
    public ProcMachineReader() {
        this(Path.of("/"));
    }

    /** Reads the files under {@code root} instead, for tests with a fake {@code /proc}. */
    public ProcMachineReader(Path root) {
        this.files = new SystemFiles(root);
    }

    /** What does not change during a run: the CPUs, the quota, the governor and turbo. */
    public MachineFacts facts() {
        String stat = files.read("/proc/stat");
        BitSet online = stat == null ? null : onlineCpus(stat);
        BitSet allowed = CpuList.parse(statusField(files.read("/proc/self/status"), "Cpus_allowed_list"));
        if (allowed != null && online != null) {
            allowed.and(online); // the affinity mask often lists every possible CPU, not only those that exist
        }
        return new MachineFacts(
                online == null ? null : online.cardinality(),
                allowed,
                CgroupCpuQuota.read(files),
                governor(allowed),
                turbo());
    }

    /** The counters now. */
    public MachineReading read(MachineFacts facts) {
        String stat = files.read("/proc/stat");
        long[] ticks = stat == null ? null : CpuTicks.sum(stat, facts.allowedCpus());
        String vmstat = files.read("/proc/vmstat");
        return new MachineReading(
                loadAverage(files.firstLine("/proc/loadavg")),
                stat == null ? null : intField(stat, "procs_running"),
                ticks == null ? null : ticks[0],
                ticks == null ? null : ticks[1],
                ticks == null ? null : (int) ticks[2],
                CpuTicks.ownTicks(files.firstLine("/proc/self/stat")),
                vmstat == null ? null : longField(vmstat, "pswpin"),
                vmstat == null ? null : longField(vmstat, "pswpout"));
    }

    /** The CPUs that have a {@code cpuN} line, or {@code null} when there are none. */
    private static BitSet onlineCpus(String stat) {
        BitSet online = new BitSet();
        stat.lines()
                .filter(l -> l.startsWith("cpu") && l.length() > 3 && Character.isDigit(l.charAt(3)))
                .map(l -> CpuList.parse(l.substring(3, l.indexOf(' ') < 0 ? l.length() : l.indexOf(' '))))
                .filter(cpu -> cpu != null)
                .forEach(online::or);
        return online.isEmpty() ? null : online;
    }

    /** The governors of the allowed CPUs (of {@code cpu0} when the affinity is unknown), distinct. */
    private String governor(BitSet allowed) {
        BitSet cpus = allowed == null || allowed.isEmpty() ? BitSet.valueOf(new long[] {1}) : allowed;
        TreeSet<String> governors = new TreeSet<>();
        for (int cpu = cpus.nextSetBit(0); cpu >= 0; cpu = cpus.nextSetBit(cpu + 1)) {
            String governor = files.firstLine("/sys/devices/system/cpu/cpu" + cpu + "/cpufreq/scaling_governor");
            if (governor != null && governor.matches("[A-Za-z0-9_-]{1,32}")) {
                governors.add(governor);
            }
        }
        return governors.isEmpty() ? null : String.join(", ", governors);
    }

    /** Intel's {@code no_turbo} (1: off), else the generic {@code cpufreq/boost} (1: on). */
    private Boolean turbo() {
        String noTurbo = files.firstLine("/sys/devices/system/cpu/intel_pstate/no_turbo");
        if ("0".equals(noTurbo) || "1".equals(noTurbo)) {
            return "0".equals(noTurbo);
        }
        String boost = files.firstLine("/sys/devices/system/cpu/cpufreq/boost");
        if ("0".equals(boost) || "1".equals(boost)) {
            return "1".equals(boost);
        }
        return null;
    }

    private static Double loadAverage(String loadavg) {
        if (loadavg == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(loadavg.split("\\s+")[0]);
            return Double.isFinite(value) && value >= 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String statusField(String status, String name) {
        if (status == null) {
            return null;
        }
        return status.lines()
                .filter(l -> l.startsWith(name + ":"))
                .map(l -> l.substring(name.length() + 1).trim())
                .findFirst()
                .orElse(null);
    }

    /** The number after {@code name} on its own line ({@code procs_running 3}, {@code pswpin 0}). */
    private static Long longField(String text, String name) {
        return text.lines()
                .filter(l -> l.startsWith(name + " "))
                .findFirst()
                .map(l -> {
                    try {
                        long value = Long.parseLong(l.substring(name.length()).trim());
                        return value >= 0 ? value : null;
                    } catch (NumberFormatException e) {
                        return null;
                    }
                })
                .orElse(null);
    }

    private static Integer intField(String text, String name) {
        Long value = longField(text, name);
        return value == null || value > Integer.MAX_VALUE ? null : value.intValue();
    }
}
