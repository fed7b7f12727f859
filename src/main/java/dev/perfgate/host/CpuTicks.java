package dev.perfgate.host;

import java.util.BitSet;

/** CPU time in clock ticks, from {@code /proc/stat} (every process) and {@code /proc/self/stat} (this one). */
final class CpuTicks {

    private CpuTicks() {}

    /**
     * Busy and total ticks of the given CPUs, and how many CPUs were counted: {@code {busy, total, cpus}}, or
     * {@code null} when {@code /proc/stat} lacks them. Busy is user, nice, system, irq, softirq and steal
     * (another virtual machine's time is also time this one could not run); guest time is already in user.
     *
     * @param allowed the CPUs to count; {@code null} or empty: the machine's total ({@code cpu} line)
     */
    static long[] sum(String stat, BitSet allowed) {
        boolean all = allowed == null || allowed.isEmpty();
        long busy = 0;
        long total = 0;
        int counted = 0;
        int online = 0;
        long[] aggregate = null;
        for (String line : stat.lines().toList()) {
            if (!line.startsWith("cpu")) {
                continue;
            }
            String[] fields = line.trim().split("\\s+");
            long[] times = times(fields);
            if (times == null) {
                return null;
            }
            if (fields[0].equals("cpu")) {
                aggregate = times;
                continue;
            }
            online++;
            int cpu;
            try {
                cpu = Integer.parseInt(fields[0].substring(3));
            } catch (NumberFormatException e) {
                return null;
            }
            if (!all && allowed.get(cpu)) {
                busy += times[0];
                total += times[1];
                counted++;
            }
        }
        if (all || counted == online) {
            return aggregate == null ? null : new long[] {aggregate[0], aggregate[1], online == 0 ? 1 : online};
        }
        return counted == 0 ? null : new long[] {busy, total, counted};
    }

    /** {@code {busy, total}} of one {@code cpu} line: user nice system idle iowait irq softirq steal. */
    private static long[] times(String[] fields) {
        if (fields.length < 9) {
            return null;
        }
        long[] t = new long[8];
        try {
            for (int i = 0; i < 8; i++) {
                t[i] = Long.parseLong(fields[i + 1]);
            }
        } catch (NumberFormatException e) {
            return null;
        }
        long busy = t[0] + t[1] + t[2] + t[5] + t[6] + t[7];
        return new long[] {busy, busy + t[3] + t[4]};
    }

    /**
     * utime + stime + cutime + cstime of {@code /proc/self/stat}: this JVM and every child it has waited for
     * (the runs, their reaped descendants), as {@code getrusage(RUSAGE_SELF)} plus {@code RUSAGE_CHILDREN}.
     * The command name may hold spaces and parentheses, so fields are counted after its last {@code ')'}.
     */
    static Long ownTicks(String selfStat) {
        if (selfStat == null) {
            return null;
        }
        int close = selfStat.lastIndexOf(')');
        String[] f = selfStat.substring(close + 1).trim().split("\\s+");
        if (close < 0 || f.length < 15) {
            return null;
        }
        try {
            // after the name: state(3) ppid(4) ... utime(14) stime(15) cutime(16) cstime(17)
            return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
