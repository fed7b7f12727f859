package dev.perfgate.paired.config;

import java.math.BigDecimal;

/** Numbers in messages as a user would write them: {@code 5}, {@code 0.05}, not {@code 5.0} or {@code 5E-2}. */
public final class PlainNumbers {

    private PlainNumbers() {}

    public static String plain(double value) {
        return Double.isFinite(value)
                ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                : String.valueOf(value);
    }
}
