package dev.perfgate.paired;

import java.time.Instant;

/** The real clock: {@link Instant#now()} in RFC 3339 UTC (ISO-8601 with {@code Z}). */
public final class SystemClock implements Clock {

    @Override
    public String nowRfc3339() {
        return Instant.now().toString();
    }
}
