package dev.perfgate.paired.config;

/**
 * A request {@link RequestValidator} has accepted: only {@link #of} makes one, so a request is validated
 * once, whether the caller checks it early (the Maven goal, before waiting for the benchmark lock) or just
 * runs it.
 */
public final class CheckedRequest {

    private final PairedRunRequest request;

    private CheckedRequest(PairedRunRequest request) {
        this.request = request;
    }

    /** Validates {@code request}; each error names the setting to change. */
    public static CheckedRequest of(PairedRunRequest request) throws InvalidConfigurationException {
        RequestValidator.validate(request);
        return new CheckedRequest(request);
    }

    public PairedRunRequest request() {
        return request;
    }
}
