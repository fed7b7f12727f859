package dev.perfgate.process.shutdown;

import dev.perfgate.process.CommandSpec;
import dev.perfgate.process.CommandStartException;
import dev.perfgate.process.ProcessRunner;
import dev.perfgate.process.RunResult;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Runs the cleanup command of an interrupted build while the JVM shuts down, when the measuring runners start
 * nothing more (their shutdown hook refuses new runs). Unmeasured and short: the command gets the smaller of its
 * timeout and {@code maxWait} (a CI system kills a stopped job within seconds), and on overrun it is killed with
 * every descendant still attached to it. Output goes to private temporary files, read back capped.
 */
public final class ShutdownRunner implements ProcessRunner {

    /** Output read back per stream when the spec keeps all (cap 0): enough to quote an error. */
    private static final int MAX_OUTPUT = 1 << 20;

    private final Duration maxWait;

    public ShutdownRunner(Duration maxWait) {
        this.maxWait = maxWait;
    }

    @Override
    public String name() {
        return "shutdown";
    }

    @Override
    public RunResult run(CommandSpec spec) throws CommandStartException {
        Path stdout = null;
        Path stderr = null;
        try {
            stdout = Files.createTempFile("perfgate-cleanup-", ".out");
            stderr = Files.createTempFile("perfgate-cleanup-", ".err");
            ProcessBuilder builder = new ProcessBuilder(spec.argv())
                    .redirectInput(
                            ProcessBuilder.Redirect.from(new File(File.separatorChar == '/' ? "/dev/null" : "NUL")))
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile());
            if (spec.workingDirectory() != null) {
                builder.directory(spec.workingDirectory().toFile());
            }
            builder.environment().putAll(spec.environment());
            long start = System.nanoTime();
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                throw new CommandStartException(spec.side(), spec.argv(), e.getMessage(), e);
            }
            Duration limit = spec.timeout() == null || spec.timeout().compareTo(maxWait) > 0 ? maxWait : spec.timeout();
            boolean exited = waitFor(process, limit);
            if (!exited) {
                killTree(process);
            }
            long wall = System.nanoTime() - start;
            int cap = spec.outputCapBytes() == 0 ? MAX_OUTPUT : (int) Math.min(MAX_OUTPUT, spec.outputCapBytes());
            return new RunResult(
                    wall, exited ? process.exitValue() : -1, !exited, read(stdout, cap), read(stderr, cap), null, null);
        } catch (IOException e) {
            throw new CommandStartException(
                    spec.side(), spec.argv(), "cannot create its output files: " + e.getMessage(), e);
        } finally {
            deleteQuietly(stdout);
            deleteQuietly(stderr);
        }
    }

    /** Whether it exited within the limit; an interrupt ends the wait as an overrun would. */
    private static boolean waitFor(Process process, Duration limit) {
        try {
            return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void killTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] read(Path file, int cap) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(cap);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
