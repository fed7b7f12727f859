package dev.perfgate.host;

import java.util.ArrayList;
import java.util.List;

/**
 * The CPU quota of this process's cgroup, in CPUs ({@code 1.5} = 150 ms of CPU per 100 ms), from cgroup v2's
 * {@code cpu.max} or v1's {@code cpu.cfs_quota_us} / {@code cpu.cfs_period_us}. A quota set on a parent
 * cgroup limits too, so the smallest over the path and its parents counts. Inside a container the path in
 * {@code /proc/self/cgroup} may not exist under the mount (the container sees its own cgroup as the root):
 * the root is one of the parents looked at.
 */
final class CgroupCpuQuota {

    private CgroupCpuQuota() {}

    /** The quota in CPUs, or {@code null} when none is set or none can be read. */
    static Double read(SystemFiles files) {
        String cgroups = files.read("/proc/self/cgroup");
        if (cgroups == null) {
            return null;
        }
        Double smallest = null;
        for (String line : cgroups.lines().toList()) {
            String[] fields = line.split(":", 3);
            if (fields.length != 3) {
                continue;
            }
            for (String dir : directories(fields[1], fields[2])) {
                Double quota = fields[1].isEmpty() ? v2(files, dir) : v1(files, dir);
                if (quota != null && (smallest == null || quota < smallest)) {
                    smallest = quota;
                }
            }
        }
        return smallest;
    }

    /** Where the cgroup's files may be: under its controllers' mount (v1) or the unified one (v2), and parents. */
    private static List<String> directories(String controllers, String path) {
        List<String> mounts = new ArrayList<>();
        if (controllers.isEmpty()) {
            mounts.add("/sys/fs/cgroup");
        } else if (List.of(controllers.split(",")).contains("cpu")) {
            mounts.add("/sys/fs/cgroup/" + controllers);
            mounts.add("/sys/fs/cgroup/cpu");
            mounts.add("/sys/fs/cgroup/cpu,cpuacct");
        }
        List<String> dirs = new ArrayList<>();
        for (String mount : mounts) {
            String p = path.startsWith("/") && !path.contains("..") ? path : "/";
            while (true) {
                dirs.add(mount + (p.equals("/") ? "" : p));
                if (p.equals("/")) {
                    break;
                }
                int slash = p.lastIndexOf('/');
                p = slash <= 0 ? "/" : p.substring(0, slash);
            }
        }
        return dirs;
    }

    /** {@code cpu.max}: {@code "max 100000"} (no quota) or {@code "150000 100000"}. */
    private static Double v2(SystemFiles files, String dir) {
        String line = files.firstLine(dir + "/cpu.max");
        if (line == null) {
            return null;
        }
        String[] parts = line.split("\\s+");
        return parts.length == 2 ? ratio(parts[0], parts[1]) : null;
    }

    /** {@code cpu.cfs_quota_us} ({@code -1}: no quota) over {@code cpu.cfs_period_us}. */
    private static Double v1(SystemFiles files, String dir) {
        String quota = files.firstLine(dir + "/cpu.cfs_quota_us");
        String period = files.firstLine(dir + "/cpu.cfs_period_us");
        return quota == null || period == null ? null : ratio(quota, period);
    }

    private static Double ratio(String quota, String period) {
        try {
            long q = Long.parseLong(quota);
            long p = Long.parseLong(period);
            return q > 0 && p > 0 ? (double) q / p : null;
        } catch (NumberFormatException e) {
            return null; // "max" or garbage: no quota
        }
    }
}
