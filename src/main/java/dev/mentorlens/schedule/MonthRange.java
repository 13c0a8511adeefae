package dev.mentorlens.schedule;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The months of a backfill, from the first to the last included, in order. A range is refused in one
 * sentence when a month is not {@code YYYY-MM} within 1900-01 … 2199-12, when it runs backwards, or when it
 * is longer than {@value #MAX_MONTHS} months (a slip of the year would queue decades of runs).
 */
public record MonthRange(YearMonth from, YearMonth to) {

    public static final int MAX_MONTHS = 36;
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");

    /** The range of two months as typed, or {@link IllegalArgumentException} saying what is wrong with it. */
    public static MonthRange parse(String from, String to) {
        YearMonth first = month("from", from);
        YearMonth last = month("to", to);
        if (first.isAfter(last)) {
            throw new IllegalArgumentException("from " + first + " is after to " + last + "; give the earlier month"
                    + " as from.");
        }
        MonthRange range = new MonthRange(first, last);
        if (range.size() > MAX_MONTHS) {
            throw new IllegalArgumentException("A backfill covers at most " + MAX_MONTHS + " months, and " + first
                    + " to " + last + " is " + range.size() + "; split it into shorter ranges.");
        }
        return range;
    }

    /** A month as {@code YYYY-MM} from 1900-01 to 2199-12, or the sentence that names the field. */
    public static YearMonth month(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + " is missing; give a month as YYYY-MM, e.g. 2026-01.");
        }
        String value = text.strip();
        if (!MONTH.matcher(value).matches() || value.compareTo("1900-01") < 0 || value.compareTo("2199-12") > 0) {
            throw new IllegalArgumentException(field + " must be a month from 1900-01 to 2199-12 as YYYY-MM, e.g."
                    + " 2026-10 (got '" + text + "').");
        }
        return YearMonth.parse(value);
    }

    public int size() {
        return (int) (to.getYear() * 12L + to.getMonthValue() - from.getYear() * 12L - from.getMonthValue()) + 1;
    }

    /** Every month of the range as {@code YYYY-MM}, oldest first. */
    public List<String> months() {
        List<String> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month.toString());
        }
        return months;
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
