package dev.perfgate.paired;

import dev.perfgate.paired.config.InvalidConfigurationException;
import dev.perfgate.paired.config.PairedRunRequest;
import dev.perfgate.paired.config.Requests;
import dev.perfgate.process.CommandSpec;
import dev.perfgate.process.CommandStartException;
import dev.perfgate.process.PeakMemory;
import dev.perfgate.process.ProcessRunner;
import dev.perfgate.process.RunResult;
import dev.perfgate.receipt.HostInfo;
import dev.perfgate.receipt.SchemaValidation;
import dev.perfgate.receipt.ToolInfo;
import dev.perfgate.testing.FakeRunner;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.DoubleSupplier;

/** Test doubles for the use case's ports, like the seed's TestRunner, TestHostProbe and TestClock. */
final class Fakes {

    static final HostInfo HOST = new HostInfo("linux", "x86_64", null, null, null);
    static final ToolInfo TOOL = new ToolInfo("perfgate-maven-plugin", "test");

    private Fakes() {}

    static RunResult run(long wallMs, int exitCode, boolean timedOut, Long maxRssKb, String stdout, String stderr) {
        return new RunResult(
                wallMs * 1_000_000L,
                exitCode,
                timedOut,
                stdout.getBytes(),
                stderr.getBytes(),
                null,
                maxRssKb == null ? null : new PeakMemory(maxRssKb, "rusage"));
    }

    static RunResult ok(double wallMs) {
        return new RunResult(Math.round(wallMs * 1_000_000L), 0, false, new byte[0], new byte[0], null, null);
    }

    /** Returns queued results per side (so the pair order does not matter) and records what it ran. */
    static final class QueuedRunner implements ProcessRunner {
        private final Deque<RunResult> baseline = new ArrayDeque<>();
        private final Deque<RunResult> current = new ArrayDeque<>();
        final List<String> sidesRun = new ArrayList<>();
        final List<CommandSpec> specs = new ArrayList<>();

        QueuedRunner pair(RunResult baselineRun, RunResult currentRun) {
            baseline.add(baselineRun);
            current.add(currentRun);
            return this;
        }

        @Override
        public String name() {
            return "posix"; // a runner name the receipt's schema allows
        }

        @Override
        public RunResult run(CommandSpec spec) throws CommandStartException {
            sidesRun.add(spec.side());
            specs.add(spec);
            Deque<RunResult> queue = spec.side().equals("baseline") ? baseline : current;
            if (queue.isEmpty()) {
                throw new CommandStartException(spec.side(), spec.argv(), "no more queued runs", null);
            }
            return queue.removeFirst();
        }
    }

    /** Generates runs forever from a wall-time source per side. */
    static FakeRunner generating(DoubleSupplier baselineMs, DoubleSupplier currentMs) {
        return FakeRunner.of(
                spec -> ok(spec.side().equals("baseline") ? baselineMs.getAsDouble() : currentMs.getAsDouble()));
    }

    static final class RecordingHostProbe implements HostProbe {
        final List<Boolean> seenIncludeHash = new ArrayList<>();

        @Override
        public HostInfo probe(boolean includeHostnameHash) {
            seenIncludeHash.add(includeHostnameHash);
            return HOST;
        }
    }

    static CheckedUseCase useCase(ProcessRunner runner, HostProbe probe) {
        return new CheckedUseCase(new PairedRunUseCase(
                runner,
                probe,
                () -> "2024-01-01T00:00:00Z",
                TOOL,
                PairedRunListener.NONE,
                () -> "00000000-0000-4000-8000-000000000001"));
    }

    /** The use case, with every receipt it produces checked against the v1 and the strict schema. */
    record CheckedUseCase(PairedRunUseCase useCase) {
        PairedRunOutcome execute(PairedRunRequest request)
                throws InvalidConfigurationException, CommandStartException, HookFailedException {
            PairedRunOutcome outcome = useCase.execute(request);
            SchemaValidation.assertValid(outcome.receipt());
            return outcome;
        }
    }

    static PairedRunRequest.Builder request() {
        return Requests.request();
    }

    /** Upstream's fixed design: exactly {@code pairs} measured pairs, one look. */
    static PairedRunRequest.Builder fixed(int pairs) {
        return request().requireSignificance(false).repeat(pairs);
    }
}
