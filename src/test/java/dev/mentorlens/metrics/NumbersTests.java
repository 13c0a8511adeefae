package dev.mentorlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTests {

    @Test
    void writesAtMostSixDecimalsWithoutTrailingZeros() {
        assertThat(Numbers.format(10.75)).isEqualTo("10.75");
        assertThat(Numbers.format(0.5)).isEqualTo("0.5");
        assertThat(Numbers.format(300.0 / 14)).isEqualTo("21.428571");
        assertThat(Numbers.format(22.0)).isEqualTo("22");
    }

    @Test
    void neverWritesScientificNotationOrNegativeZero() {
        assertThat(Numbers.format(1.2e-9)).isEqualTo("0");
        assertThat(Numbers.format(-1.2e-9)).isEqualTo("0");
        assertThat(Numbers.format(1.5e-5)).isEqualTo("0.000015");
        assertThat(Numbers.format(1.0e12)).isEqualTo("1000000000000");
    }

    @Test
    void writesAbsentValuesAsEmpty() {
        assertThat(Numbers.format((Double) null)).isEmpty();
        assertThat(Numbers.format((Long) null)).isEmpty();
    }
}
