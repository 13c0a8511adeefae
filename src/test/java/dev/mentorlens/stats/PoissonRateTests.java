package dev.mentorlens.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PoissonRateTests {

    @Test
    void tenEventsGiveTheTabulatedExactInterval() {
        // exact Poisson limits for a count of 10: 4.795 to 18.390 (Garwood 1936; e.g. Ulm's tables)
        PoissonRate rate = PoissonRate.of(10, 100);

        assertThat(rate.rate().getAsDouble()).isEqualTo(10.0, within(1e-12));
        assertThat(rate.ciLow().getAsDouble()).isEqualTo(4.795, within(1e-3));
        assertThat(rate.ciHigh().getAsDouble()).isEqualTo(18.390, within(1e-3));
    }

    @Test
    void noEventsGiveZeroWithAnUpperLimitOfThreePointSixEightNine() {
        PoissonRate rate = PoissonRate.of(0, 50);

        assertThat(rate.rate().getAsDouble()).isZero();
        assertThat(rate.ciLow().getAsDouble()).isZero();
        assertThat(rate.ciHigh().getAsDouble()).isEqualTo(3.689 * 2, within(1e-3));
    }

    @Test
    void noPersonTimeGivesNoRate() {
        assertThat(PoissonRate.of(3, 0).rate()).isEmpty();
        assertThat(PoissonRate.of(3, 0).ciHigh()).isEmpty();
    }
}
