package dev.perfgate.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** A Maven log that keeps each message as a "[level] message" line instead of printing it to the test output. */
final class RecordingLog extends SystemStreamLog {

    final List<String> lines = new ArrayList<>();

    /** Whether the log says DEBUG is on, as {@code mvn -X} does; the debug lines are kept either way. */
    boolean debugEnabled;

    @Override
    public boolean isDebugEnabled() {
        return debugEnabled;
    }

    @Override
    public void debug(CharSequence content) {
        lines.add("[debug] " + content);
    }

    @Override
    public void info(CharSequence content) {
        lines.add("[info] " + content);
    }

    @Override
    public void warn(CharSequence content) {
        lines.add("[warning] " + content);
    }

    @Override
    public void error(CharSequence content) {
        lines.add("[error] " + content);
    }
}
