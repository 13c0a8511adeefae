package dev.mentorlens.schedule;

import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which reporting month a fire time stands for, read in the definition's time zone: a job that fires
 * on 2 December at 06:00 in London with {@code previous-month} reports November. The month of a
 * quarter is its last month, the one whose report covers the whole quarter.
 */
public enum PeriodRule {
    PREVIOUS_MONTH("previous-month"), CURRENT_MONTH("current-month"), PREVIOUS_QUARTER("previous-quarter");

    private final String label;

    PeriodRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The month to report for a fire time, as {@code YYYY-MM}. */
    public String periodAt(ZonedDateTime fireTime) {
        YearMonth month = YearMonth.from(fireTime);
        YearMonth period = switch (this) {
            case CURRENT_MONTH -> month;
            case PREVIOUS_MONTH -> month.minusMonths(1);
            case PREVIOUS_QUARTER -> {
                int firstMonthOfQuarter = (month.getMonthValue() - 1) / 3 * 3 + 1;
                yield YearMonth.of(month.getYear(), firstMonthOfQuarter).minusMonths(1);
            }
        };
        return period.toString();
    }

    static Optional<PeriodRule> of(String label) {
        return Arrays.stream(values()).filter(r -> r.label.equals(label)).findFirst();
    }

    static String labels() {
        return String.join(", ", Arrays.stream(values()).map(PeriodRule::label).toList());
    }
}
