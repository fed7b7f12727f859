package dev.perfgate.paired.config;

import java.util.List;

/** The smallest valid request, for tests to change one setting at a time. */
public final class Requests {

    private Requests() {}

    /** Named {@code bench}, both commands {@code true}, every other setting the plugin's default. */
    public static PairedRunRequest.Builder request() {
        return PairedRunRequest.builder()
                .name("bench")
                .baselineCommand(List.of("true"))
                .currentCommand(List.of("true"));
    }
}
