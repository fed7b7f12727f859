package dev.perfgate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class MavenLogListenerTest {

    @Test
    void leftoverProcessesAreAWarningThatNamesThePairAndTheSide() {
        List<CharSequence> warnings = new ArrayList<>();
        MavenLogListener listener = new MavenLogListener(
                new SystemStreamLog() {
                    @Override
                    public void warn(CharSequence content) {
                        warnings.add(content);
                    }
                },
                "startup");
        listener.leftoversKilled(3, "current", 2);
        listener.leftoversKilled(1, "baseline", 1);
        assertEquals(
                List.of(
                        "[startup] killed 2 processes left behind by pair 3, current",
                        "[startup] killed 1 process left behind by pair 1, baseline"),
                warnings.stream().map(String::valueOf).toList());
    }
}
