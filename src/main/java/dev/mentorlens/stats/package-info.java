/**
 * Pure statistics behind the MentorLens metrics: the t confidence interval of a mean
 * (satisfaction), the Kaplan–Meier survival estimate and the log-rank test (retention), the
 * rate ratio of events per 100 person-years (promotions) and the tie-corrected Mann–Whitney U
 * test (cohort comparison). The package owns the formulas and the rules that make a result
 * undefined, as docs/metrics.md defines them; an undefined result is always an empty
 * {@code Optional}/{@code OptionalDouble}, never {@code NaN} or {@code null}. It has no Spring,
 * no I/O and no knowledge of programmes or employees: callers pass plain numbers and get
 * immutable values back.
 */
package dev.mentorlens.stats;
