package dev.perfgate.host;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The three host facts a receipt records, read from Linux's own files: what OSHI reports for them on
 * Linux, without OSHI's start-up (about a second of class loading and probing on a busy 2-CPU VM, for a
 * build that asks for nothing else). Each fact is empty where its file cannot be read, and the probe then
 * asks OSHI.
 */
final class LinuxHostFacts {

    private static final Path CPUINFO = Path.of("/proc/cpuinfo");
    private static final Path MEMINFO = Path.of("/proc/meminfo");
    private static final Path HOSTNAME = Path.of("/proc/sys/kernel/hostname");

    private LinuxHostFacts() {}

    /** The logical processors the kernel lists (online ones), as OSHI counts them. */
    static Optional<Integer> cpuCount() {
        try (var lines = Files.lines(CPUINFO)) {
            long count = lines.filter(line -> line.matches("processor\\s*:.*")).count();
            return count > 0 ? Optional.of((int) count) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** MemTotal, in bytes. */
    static Optional<Long> memoryBytes() {
        try (var lines = Files.lines(MEMINFO)) {
            return lines.filter(line -> line.startsWith("MemTotal:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024)
                    .filter(bytes -> bytes > 0)
                    .findFirst();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** The node name gethostname(2) returns (this UTS namespace's). */
    static Optional<String> hostname() {
        // One read: a sysctl file has no size, and some sysctls give nothing to a read past offset 0.
        try (FileChannel channel = FileChannel.open(HOSTNAME)) {
            ByteBuffer buffer = ByteBuffer.allocate(256);
            channel.read(buffer);
            String name = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
            return name.isEmpty() ? Optional.empty() : Optional.of(name);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
