package dev.perfgate.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Finds test processes that outlived their run by a unique marker in their argv: tests start
 * {@code sleep 300.<nonce>} (GNU and busybox sleep take fractional seconds), so no other process on the
 * machine can match.
 */
public final class Survivors {

    private Survivors() {}

    /** Twelve random digits, used as the fractional part of a sleep's duration. */
    public static String nonce() {
        return Long.toString(100_000_000_000L + ThreadLocalRandom.current().nextLong(900_000_000_000L));
    }

    /** Pids of live (non-zombie) processes whose command line contains {@code marker}. */
    public static List<Long> find(String marker) {
        List<Long> found = new ArrayList<>();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(
                Path.of("/proc"), p -> p.getFileName().toString().chars().allMatch(Character::isDigit))) {
            for (Path process : processes) {
                String cmdline = read(process.resolve("cmdline"));
                if (cmdline.contains(marker)
                        && LeftoverProcesses.running(
                                Long.parseLong(process.getFileName().toString()))) {
                    found.add(Long.parseLong(process.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    /** Kills what a failed test left, so one failure does not leave sleeps for five minutes. */
    public static void killAll(String marker) {
        find(marker).forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException gone) {
            return "";
        }
    }
}
