package dev.mentorlens.schedule;

import java.util.Arrays;
import java.util.Optional;

/** What a job definition runs: the monthly report of its programmes, or comparisons of cohorts. */
public enum JobKind {
    MONTHLY_REPORT("monthly-report"), COHORT_COMPARISON("cohort-comparison");

    private final String label;

    JobKind(String label) {
        this.label = label;
    }

    /** The name used in definition files and the API, e.g. {@code monthly-report}. */
    public String label() {
        return label;
    }

    static Optional<JobKind> of(String label) {
        return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
    }

    static String labels() {
        return String.join(" or ", Arrays.stream(values()).map(JobKind::label).toList());
    }
}
