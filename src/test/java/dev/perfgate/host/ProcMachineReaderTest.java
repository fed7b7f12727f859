package dev.perfgate.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcMachineReaderTest {

    @TempDir
    Path root;

    private FakeMachine machine() {
        return new FakeMachine(root);
    }

    @Test
    void readsTheCountersOfAnIdleFourCpuMachine() {
        MachineFacts facts = machine()
                .stat(new long[] {10, 20, 30, 40}, new long[] {100, 100, 100, 100}, 3)
                .selfTicks(5, 6, 7, 8)
                .loadavg("1.89")
                .swap(12, 34)
                .allowed("0-3")
                .reader()
                .facts();
        MachineReading reading = new ProcMachineReader(root).read(facts);
        assertEquals(4, facts.onlineCpus());
        assertEquals(4, facts.allowedCount());
        assertEquals(1.89, reading.loadAverage());
        assertEquals(3, reading.procsRunning());
        assertEquals(100L, reading.busyTicks());
        assertEquals(500L, reading.totalTicks());
        assertEquals(4, reading.countedCpus());
        assertEquals(26L, reading.ownTicks(), "utime + stime + cutime + cstime, counted after the name's last ')'");
        assertEquals(12L, reading.swapIn());
        assertEquals(34L, reading.swapOut());
    }

    @Test
    void countsOnlyTheCpusThisProcessMayRunOn() {
        FakeMachine m = machine()
                .stat(new long[] {10, 20, 30, 40}, new long[] {100, 100, 100, 100}, 1)
                .allowed("1,3");
        MachineFacts facts = m.reader().facts();
        MachineReading reading = m.reader().read(facts);
        assertEquals(2, facts.allowedCount());
        assertEquals(60L, reading.busyTicks());
        assertEquals(260L, reading.totalTicks());
        assertEquals(2, reading.countedCpus());
    }

    @Test
    void anAffinityMaskOfEveryPossibleCpuMeansTheOnlineOnes() {
        MachineFacts facts = machine()
                .stat(new long[] {1, 2}, new long[] {3, 4}, 1)
                .allowed("0-127")
                .reader()
                .facts();
        assertEquals(2, facts.allowedCount());
        BitSet expected = new BitSet();
        expected.set(0, 2);
        assertEquals(expected, facts.allowedCpus());
    }

    @Test
    void readsACgroupV2QuotaSetOnAParent() {
        MachineFacts facts = machine()
                .stat(new long[] {1, 2, 3, 4}, new long[] {5, 5, 5, 5}, 1)
                .file("/proc/self/cgroup", "0::/ci/job-7\n")
                .file("/sys/fs/cgroup/ci/job-7/cpu.max", "max 100000\n")
                .file("/sys/fs/cgroup/ci/cpu.max", "150000 100000\n")
                .reader()
                .facts();
        assertEquals(1.5, facts.cpuQuota());
        assertEquals(1.5, facts.usableCpus(), "4 CPUs allowed, capped by a quota of 1.5");
    }

    @Test
    void readsACgroupV1QuotaAndIgnoresAnUnsetOne() {
        MachineFacts facts = machine()
                .file("/proc/self/cgroup", "5:memory:/x\n3:cpu,cpuacct:/docker/abc\n")
                .file("/sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_quota_us", "-1\n")
                .file("/sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_period_us", "100000\n")
                .file("/sys/fs/cgroup/cpu,cpuacct/cpu.cfs_quota_us", "200000\n")
                .file("/sys/fs/cgroup/cpu,cpuacct/cpu.cfs_period_us", "100000\n")
                .reader()
                .facts();
        assertEquals(2.0, facts.cpuQuota());
        MachineFacts none = new FakeMachine(root.resolve("other"))
                .file("/proc/self/cgroup", "0::/\n")
                .file("/sys/fs/cgroup/cpu.max", "max 100000\n")
                .reader()
                .facts();
        assertNull(none.cpuQuota());
    }

    @Test
    void readsTheGovernorsOfTheAllowedCpusAndTurbo() {
        FakeMachine m = machine()
                .stat(new long[] {1, 2, 3}, new long[] {5, 5, 5}, 1)
                .allowed("1-2")
                .file("/sys/devices/system/cpu/cpu0/cpufreq/scaling_governor", "userspace\n")
                .file("/sys/devices/system/cpu/cpu1/cpufreq/scaling_governor", "powersave\n")
                .file("/sys/devices/system/cpu/cpu2/cpufreq/scaling_governor", "performance\n")
                .file("/sys/devices/system/cpu/intel_pstate/no_turbo", "1\n");
        MachineFacts facts = m.reader().facts();
        assertEquals("performance, powersave", facts.governor());
        assertEquals(false, facts.turbo(), "no_turbo 1: turbo off");
        m.file("/sys/devices/system/cpu/intel_pstate/no_turbo", "")
                .file("/sys/devices/system/cpu/cpufreq/boost", "1\n");
        assertEquals(true, m.reader().facts().turbo(), "no intel_pstate answer: cpufreq/boost 1 means on");
    }

    @Test
    void aMachineWithoutProcTellsNothingAndDoesNotFail() {
        ProcMachineReader reader = new ProcMachineReader(root.resolve("nothing-here"));
        MachineFacts facts = reader.facts();
        assertEquals(MachineFacts.unknown(), facts);
        assertEquals(MachineReading.unknown(), reader.read(facts));
    }

    @Test
    void garbageIsUnknownRatherThanAFigure() {
        MachineFacts facts = machine()
                .file("/proc/stat", "cpu  x y z\ncpu0 1 2\nprocs_running many\n")
                .file("/proc/loadavg", "nan 1 2\n")
                .file("/proc/self/stat", "12 (java) S 1 2\n")
                .file("/proc/self/status", "Cpus_allowed_list:\t3-1\n")
                .reader()
                .facts();
        MachineReading reading = new ProcMachineReader(root).read(facts);
        assertNull(facts.allowedCpus());
        assertNull(reading.busyTicks());
        assertNull(reading.procsRunning());
        assertNull(reading.loadAverage());
        assertNull(reading.ownTicks());
    }
}
