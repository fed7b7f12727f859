package dev.perfgate.paired;

/** Wall-clock timestamps for the receipt. A port so tests can fix the time. */
public interface Clock {

    /** Now, as RFC 3339 UTC with a {@code Z} suffix. */
    String nowRfc3339();
}
