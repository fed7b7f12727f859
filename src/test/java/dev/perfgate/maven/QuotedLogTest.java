package dev.perfgate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class QuotedLogTest {

    @Test
    void everyLineLoggedThroughTheMojoLogIsQuoted() {
        RecordingLog recorded = new RecordingLog();
        org.apache.maven.plugin.logging.Log log = QuotedLog.of(recorded);

        log.info("[x] out\u001b[2J\n::error::fake");
        log.warn("\u001b]0;title\u0007w");
        log.error("::set-output name=a::b");

        assertEquals(
                List.of("[info] [x] out[2J\n: :error::fake", "[warning] ]0;titlew", "[error] : :set-output name=a::b"),
                recorded.lines);
        assertSame(log, QuotedLog.of(log));
    }

    @Test
    void aGoalsFailureMessageIsQuotedAndKeepsItsCause() {
        IllegalStateException cause = new IllegalStateException("why");
        MojoFailureException failure = assertThrows(
                MojoFailureException.class,
                () -> QuotedErrors.run(() -> {
                    throw new MojoFailureException(
                            "perfgate 'x' failed:\n  - exit 1; last lines of its stderr:\n"
                                    + "      ::error::fake\u001b[31m",
                            cause);
                }));
        MojoExecutionException execution = assertThrows(
                MojoExecutionException.class,
                () -> QuotedErrors.run(() -> {
                    throw new MojoExecutionException("bench.name '\u001b]0;t\u0007'");
                }));

        assertEquals(
                "perfgate 'x' failed:\n  - exit 1; last lines of its stderr:\n      : :error::fake[31m",
                failure.getMessage());
        assertSame(cause, failure.getCause());
        assertEquals("bench.name ']0;t'", execution.getMessage());
    }
}
