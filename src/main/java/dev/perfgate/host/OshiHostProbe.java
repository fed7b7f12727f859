package dev.perfgate.host;

import dev.perfgate.paired.HostProbe;
import dev.perfgate.receipt.HostInfo;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.Supplier;
import oshi.SystemInfo;
import oshi.hardware.HardwareAbstractionLayer;

/**
 * Describes the current machine with OSHI. It never fails a build: whatever OSHI cannot tell (for
 * example where JNA has no native library) falls back to what the JVM knows, or is left out.
 */
public final class OshiHostProbe implements HostProbe {

    private final Supplier<SystemInfo> systemInfo;

    /** A probe backed by OSHI's {@link SystemInfo}. */
    public OshiHostProbe() {
        this(SystemInfo::new);
    }

    /** For tests: lets OSHI fail the way it does on a platform without a usable JNA. */
    OshiHostProbe(Supplier<SystemInfo> systemInfo) {
        this.systemInfo = systemInfo;
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
        HardwareAbstractionLayer hardware = orNull(() -> systemInfo.get().getHardware());
        Integer cpuCount = hardware == null ? null : orNull(() -> hardware.getProcessor().getLogicalProcessorCount());
        if (cpuCount == null || cpuCount < 1) {
            cpuCount = Runtime.getRuntime().availableProcessors();
        }
        Long memoryBytes = hardware == null ? null : orNull(() -> hardware.getMemory().getTotal());
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

    /** OSHI's hostname, else the JVM's; {@code null} when neither knows it. */
    private String hostname() {
        String fromOshi = orNull(() -> systemInfo.get().getOperatingSystem().getNetworkParams().getHostName());
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
