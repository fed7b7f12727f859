package dev.perfgate.host;

import dev.perfgate.paired.HostProbe;
import dev.perfgate.receipt.HostInfo;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.function.Supplier;
import oshi.SystemInfo;
import oshi.hardware.HardwareAbstractionLayer;

/**
 * Describes the current machine with OSHI. It never fails a build: whatever OSHI cannot tell (for
 * example where JNA has no native library) falls back to what the JVM knows, or is left out. On Linux
 * the facts come from /proc first ({@link LinuxHostFacts}), and OSHI is started only for one it cannot
 * read: OSHI's start-up was the plugin's largest start-up cost after loading JNA.
 */
public final class OshiHostProbe implements HostProbe {

    private final Supplier<SystemInfo> systemInfo;
    private final boolean linuxFiles;

    /** A probe that reads Linux's files where it can, and asks OSHI's {@link SystemInfo} otherwise. */
    public OshiHostProbe() {
        this(
                SystemInfo::new,
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux"));
    }

    /** For tests: OSHI alone, which can be made to fail the way it does on a platform without a usable JNA. */
    OshiHostProbe(Supplier<SystemInfo> systemInfo) {
        this(systemInfo, false);
    }

    private OshiHostProbe(Supplier<SystemInfo> systemInfo, boolean linuxFiles) {
        this.systemInfo = systemInfo;
        this.linuxFiles = linuxFiles;
    }

    /**
     * Probes the host.
     *
     * @param includeHostnameHash whether to include the SHA-256 of the hostname, which tells receipts
     *                            from the same machine apart without naming it
     * @return the host in the receipt's terms; {@code memory_bytes} and {@code hostname_hash} may be absent
     */
    @Override
    public HostInfo probe(boolean includeHostnameHash) {
        Integer cpuCount = linuxFiles ? LinuxHostFacts.cpuCount().orElse(null) : null;
        Long memoryBytes = linuxFiles ? LinuxHostFacts.memoryBytes().orElse(null) : null;
        if (cpuCount == null || memoryBytes == null) {
            HardwareAbstractionLayer hardware = orNull(() -> systemInfo.get().getHardware());
            if (cpuCount == null && hardware != null) {
                cpuCount = orNull(() -> hardware.getProcessor().getLogicalProcessorCount());
            }
            if (memoryBytes == null && hardware != null) {
                memoryBytes = orNull(() -> hardware.getMemory().getTotal());
            }
        }
        if (cpuCount == null || cpuCount < 1) {
            cpuCount = Runtime.getRuntime().availableProcessors();
        }
        if (memoryBytes != null && memoryBytes <= 0) {
            memoryBytes = null;
        }
        String hostname = includeHostnameHash ? hostname() : null;
        return new HostInfo(
                OsArchNames.os(System.getProperty("os.name")),
                OsArchNames.arch(System.getProperty("os.arch")),
                cpuCount,
                memoryBytes,
                hostname == null ? null : HostnameHash.of(hostname));
    }

    /** Linux's, else OSHI's hostname, else the JVM's; {@code null} when none knows it. */
    private String hostname() {
        if (linuxFiles) {
            String fromLinux = LinuxHostFacts.hostname().orElse(null);
            if (fromLinux != null) {
                return fromLinux;
            }
        }
        String fromOshi = orNull(
                () -> systemInfo.get().getOperatingSystem().getNetworkParams().getHostName());
        if (fromOshi != null && !fromOshi.isBlank()) {
            return fromOshi;
        }
        try {
            String fromJvm = InetAddress.getLocalHost().getHostName();
            return fromJvm == null || fromJvm.isBlank() ? null : fromJvm;
        } catch (UnknownHostException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Runs one OSHI query. OSHI fails with unchecked exceptions and, without a usable JNA, with
     * linkage errors (UnsatisfiedLinkError, NoClassDefFoundError); either way the value is unknown.
     */
    private static <T> T orNull(Supplier<T> query) {
        try {
            return query.get();
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }
}
