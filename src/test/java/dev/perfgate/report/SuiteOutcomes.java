package dev.perfgate.report;

import dev.perfgate.paired.PairedRunListener;
import dev.perfgate.paired.PairedRunOutcome;
import dev.perfgate.paired.PairedRunUseCase;
import dev.perfgate.paired.config.PairedRunRequest;
import dev.perfgate.process.ProcessRunner;
import dev.perfgate.receipt.HostInfo;
import dev.perfgate.receipt.MetricDefinition;
import dev.perfgate.receipt.SchemaValidation;
import dev.perfgate.receipt.ToolInfo;
import dev.perfgate.testing.FakeRunner;
import dev.perfgate.testing.JmhRun;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A JMH suite gated through the use case over a fake runner: {@code Codec.encode} (avgt) 30% slower,
 * {@code Work.loop} (thrpt) 25% lower throughput, {@code Codec.added} in the current runs only, and any number
 * of unchanged {@code Fast.m<i>} benchmarks; beside the suite, a {@code <better>higher</better>} metric {@code ops}
 * 25% lower. Every value varies by about 1% from run to run.
 */
public final class SuiteOutcomes {

    private SuiteOutcomes() {}

    public static PairedRunOutcome suite(int unchanged) throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        ProcessRunner runner = FakeRunner.of(spec -> {
            boolean current = spec.side().equals("current");
            JmhRun run = new JmhRun(random)
                    .benchmark("Codec", "encode", "avgt", 100 * (current ? 1.3 : 1.0))
                    .benchmark("Work", "loop", "thrpt", 200 * (current ? 0.75 : 1.0));
            for (int i = 0; i < unchanged; i++) {
                run.benchmark("Fast", "m" + i, "avgt", 10 + i);
            }
            run.metric("ops", 400 * (current ? 0.75 : 1.0));
            if (current) {
                run.benchmark("Codec", "added", "avgt", 10);
            }
            return run.result();
        });
        PairedRunOutcome outcome = new PairedRunUseCase(
                        runner,
                        include -> new HostInfo("linux", "x86_64", 2, 4096L, null),
                        () -> "t",
                        new ToolInfo("perfgate-maven-plugin", "test"),
                        PairedRunListener.NONE,
                        () -> "run-1")
                .execute(PairedRunRequest.builder()
                        .name("suite")
                        .baselineCommand(List.of("java", "-jar", "old.jar"))
                        .currentCommand(List.of("java", "-jar", "new.jar"))
                        .repeat(16)
                        .metrics(List.of(
                                new MetricDefinition(
                                        "jmh", null, 10.0, null, null, null, "result.json", null, null, null, null),
                                new MetricDefinition("ops", "higher", 10.0, "ops=(\\S+)", null, null)))
                        .build());
        SchemaValidation.assertValid(outcome.receipt());
        return outcome;
    }
}
