package dev.perfgate.receipt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Receipts from upstream perfgate (and other v1 writers) have no {@code wall_ns}: their only wall time is
 * the whole-millisecond {@code wall_ms}. Read as a missing field, {@code wall_ns} would be 0 and wall time
 * would silently stop being gated; instead it is taken from {@code wall_ms} (1 ms resolution), and that is
 * said. A figure that is absent is never 0.
 */
final class MillisecondTimes {

    private static final long NANOS_PER_MILLI = 1_000_000L;

    private MillisecondTimes() {}

    /**
     * Fills {@code wall_ns} from {@code wall_ms} where it is missing, and {@code wall_diff_ns} from the two
     * halves. The samples must already have v1's shape ({@link ReceiptShape}).
     *
     * @return the note to show when some wall times came from {@code wall_ms}
     */
    static Optional<String> fillIn(JsonNode samples) {
        long runs = 0;
        long filled = 0;
        for (JsonNode sample : samples) {
            ObjectNode baseline = (ObjectNode) sample.get("baseline");
            ObjectNode current = (ObjectNode) sample.get("current");
            for (ObjectNode half : new ObjectNode[] {baseline, current}) {
                runs++;
                if (!hasValue(half, "wall_ns")) {
                    half.put("wall_ns", half.get("wall_ms").asLong() * NANOS_PER_MILLI);
                    filled++;
                }
            }
            if (!hasValue(sample, "wall_diff_ns")) {
                ((ObjectNode) sample)
                        .put(
                                "wall_diff_ns",
                                current.get("wall_ns").asLong()
                                        - baseline.get("wall_ns").asLong());
            }
        }
        if (filled == 0) {
            return Optional.empty();
        }
        String which = filled == runs ? "the receipt has no wall_ns" : filled + " of " + runs + " runs have no wall_ns";
        return Optional.of(
                "wall times are read from whole-millisecond wall_ms (" + which + "), so their resolution is 1 ms");
    }

    private static boolean hasValue(JsonNode node, String field) {
        return node.hasNonNull(field);
    }
}
