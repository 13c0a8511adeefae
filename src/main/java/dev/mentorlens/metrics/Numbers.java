package dev.mentorlens.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/** How numbers are written: '.' as separator, at most 6 decimals, no exponent, no trailing zeros. */
final class Numbers {

    private Numbers() {
    }

    static String format(Double value) {
        if (value == null) {
            return "";
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Metric value is not finite: " + value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.stripTrailingZeros().toPlainString();
    }

    static String format(Long value) {
        return value == null ? "" : Long.toString(value);
    }

    static Double orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    /** {@code numerator / denominator}, {@code null} when the denominator is 0. */
    static Double ratio(double numerator, double denominator) {
        return denominator == 0 ? null : numerator / denominator;
    }
}
