package dev.perfgate.paired;

/**
 * A request {@link RequestValidator} has accepted: only {@link PairedRunUseCase#check} makes one, so a
 * request is validated once, whether the caller checks it early (the Maven goal, before waiting for the
 * benchmark lock) or just runs it.
 */
public final class CheckedRequest {

    private final PairedRunRequest request;

    CheckedRequest(PairedRunRequest request) {
        this.request = request;
    }

    public PairedRunRequest request() {
        return request;
    }
}
