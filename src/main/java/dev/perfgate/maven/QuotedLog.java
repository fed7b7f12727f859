package dev.perfgate.maven;

import dev.perfgate.report.LogText;
import org.apache.maven.plugin.logging.Log;

/**
 * The Mojo's log, through which every line perfgate writes passes {@link LogText#quote}: a command's output,
 * a command line or a receipt's text cannot reach the terminal as escape sequences or the CI runner as a
 * workflow command.
 */
final class QuotedLog implements Log {

    private final Log log;

    QuotedLog(Log log) {
        this.log = log;
    }

    static Log of(Log log) {
        return log instanceof QuotedLog ? log : new QuotedLog(log);
    }

    private static CharSequence quote(CharSequence content) {
        return content == null ? null : LogText.quote(content.toString());
    }

    @Override
    public boolean isDebugEnabled() {
        return log.isDebugEnabled();
    }

    @Override
    public void debug(CharSequence content) {
        log.debug(quote(content));
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        log.debug(quote(content), error);
    }

    @Override
    public void debug(Throwable error) {
        log.debug(error);
    }

    @Override
    public boolean isInfoEnabled() {
        return log.isInfoEnabled();
    }

    @Override
    public void info(CharSequence content) {
        log.info(quote(content));
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        log.info(quote(content), error);
    }

    @Override
    public void info(Throwable error) {
        log.info(error);
    }

    @Override
    public boolean isWarnEnabled() {
        return log.isWarnEnabled();
    }

    @Override
    public void warn(CharSequence content) {
        log.warn(quote(content));
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        log.warn(quote(content), error);
    }

    @Override
    public void warn(Throwable error) {
        log.warn(error);
    }

    @Override
    public boolean isErrorEnabled() {
        return log.isErrorEnabled();
    }

    @Override
    public void error(CharSequence content) {
        log.error(quote(content));
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        log.error(quote(content), error);
    }

    @Override
    public void error(Throwable error) {
        log.error(error);
    }
}
