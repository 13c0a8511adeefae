package dev.mentorlens.stats;

import java.util.OptionalDouble;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * A rate of events per 100 person-years with its exact (Garwood) 95% confidence interval, from the
 * chi-squared quantiles of the Poisson count: [χ²(0.025; 2a)/2, χ²(0.975; 2a+2)/2] per person-year.
 */
public record PoissonRate(long events, double personYears, OptionalDouble rate, OptionalDouble ciLow,
        OptionalDouble ciHigh) {

    public static PoissonRate of(long events, double personYears) {
        if (events < 0 || !(personYears >= 0)) {
            throw new IllegalArgumentException("events " + events + " and person-years " + personYears
                    + " must not be negative");
        }
        if (personYears == 0) {
            return new PoissonRate(events, personYears, OptionalDouble.empty(), OptionalDouble.empty(),
                    OptionalDouble.empty());
        }
        double low = events == 0 ? 0 : new ChiSquaredDistribution(2.0 * events).inverseCumulativeProbability(0.025) / 2;
        double high = new ChiSquaredDistribution(2.0 * events + 2).inverseCumulativeProbability(0.975) / 2;
        double per100 = 100 / personYears;
        return new PoissonRate(events, personYears, OptionalDouble.of(events * per100), OptionalDouble.of(low * per100),
                OptionalDouble.of(high * per100));
    }
}
