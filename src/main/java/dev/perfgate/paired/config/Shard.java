package dev.perfgate.paired.config;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * This run is shard {@code index} of {@code count} of one benchmark, spread over machines by the CI (a
 * matrix, parallel jobs): it measures a fixed number of pairs in its own order and leaves the verdict to
 * the merge of all shards' receipts, which keeps each shard's pairs apart.
 *
 * @param index from 1
 * @param count the number of shards, at least {@code index}
 */
public record Shard(int index, int count) {

    /** More shards than this is a typo, not a CI matrix. */
    public static final int MAX_COUNT = 1000;

    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,4})\\s*/\\s*(\\d{1,4})\\s*");

    /** Seeds shards whose request sets none: the order then depends on the shard alone, so a rerun repeats it. */
    private static final long DEFAULT_BASE_SEED = 0x5EED_5A4D_0000_0001L;

    /**
     * Reads {@code i/n}, e.g. {@code 2/4}.
     *
     * @throws InvalidConfigurationException when it is not of that form or i is not between 1 and n
     */
    public static Shard parse(String text) throws InvalidConfigurationException {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new InvalidConfigurationException(
                    "shard",
                    "shard is '" + text + "'; it must be i/n, this run's"
                            + " number from 1 and the number of shards, e.g. 2/4");
        }
        int index = Integer.parseInt(m.group(1));
        int count = Integer.parseInt(m.group(2));
        if (index < 1 || count > MAX_COUNT || index > count) {
            throw new InvalidConfigurationException(
                    "shard",
                    "shard is " + index + "/" + count + "; i/n needs" + " 1 <= i <= n <= " + MAX_COUNT + ", e.g. 2/4");
        }
        return new Shard(index, count);
    }

    /**
     * This shard's share of a pair budget: the budget split as evenly as it goes, the first shards taking one
     * more (30 over 4 shards: 8, 8, 7, 7), so the shards together measure exactly the budget.
     */
    public int share(int maxPairs) {
        return maxPairs / count + (index <= maxPairs % count ? 1 : 0);
    }

    /** The pairs this shard measures: {@code repeat} when set, else its {@link #share} of {@code maxPairs}. */
    public int pairs(Integer repeat, int maxPairs) {
        return repeat != null ? repeat : share(maxPairs);
    }

    /**
     * The seed of this shard's pair order: derived from the shard (and the requested seed, when one is set),
     * so each shard has its own balanced order and the receipt, which records it, reproduces it.
     */
    public long seed(Long requested) {
        long base = requested != null ? requested : DEFAULT_BASE_SEED;
        return new SplittableRandom(base ^ (index * 0x9E37_79B9_7F4A_7C15L) ^ ((long) count << 32)).nextLong();
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
