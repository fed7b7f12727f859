package dev.perfgate.process;

/**
 * What a run wrote, read back after it ended. The receipt keeps the start of each stream, up to the cap;
 * an error is usually at the end, so where the cap cut a stream its last bytes are read too, for the
 * failure message.
 *
 * @param stdout     at most the cap of stdout, from its start, cut on a UTF-8 boundary
 * @param stderr     the same of stderr
 * @param stdoutTail the last {@link #TAIL_BYTES} (at most) of stdout, starting on a UTF-8 boundary, when
 *                   {@code stdout} is not all of it; empty when it is
 * @param stderrTail the same of stderr
 */
public record CapturedOutput(byte[] stdout, byte[] stderr, byte[] stdoutTail, byte[] stderrTail) {

    /** Bytes of a cut stream's end that are read: the last lines of an error, not a log. */
    public static final int TAIL_BYTES = 4096;

    public CapturedOutput {
        stdout = orEmpty(stdout);
        stderr = orEmpty(stderr);
        stdoutTail = orEmpty(stdoutTail);
        stderrTail = orEmpty(stderrTail);
    }

    private static byte[] orEmpty(byte[] bytes) {
        return bytes == null ? new byte[0] : bytes;
    }
}
