package dev.mentorlens.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Typed access to the values of one row under the reading rules of docs/inputs.md: values are not trimmed,
 * integers are {@code -?[0-9]+} only, dates are strict ISO dates and timestamps need an offset.
 * The bounds of docs/inputs.md hold here: dates (timestamps in the reporting zone) from 1900-01-01
 * to 2199-12-31, identifiers of at most 100 and free text of at most 10,000 characters (code points).
 * Every check throws {@link RowRejectedException} with a reason a user can act on.
 */
final class FieldReader {

    static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST_DATE = LocalDate.of(2199, 12, 31);
    static final int MAX_IDENTIFIER_LENGTH = 100;
    static final int MAX_TEXT_LENGTH = 10_000;

    private static final Pattern COHORT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._ -]{0,63}");

    private final InputRow row;

    FieldReader(InputRow row) {
        this.row = row;
    }

    String required(String column) {
        String value = row.value(column);
        if (value.isEmpty()) {
            throw new RowRejectedException("required field " + column + " is empty");
        }
        return value;
    }

    /** The value, or null when empty. */
    String optional(String column) {
        String value = row.value(column);
        return value.isEmpty() ? null : value;
    }

    /** A required identifier (an id or key column) of at most 100 characters. */
    String identifier(String column) {
        return checkLength(column, required(column), MAX_IDENTIFIER_LENGTH);
    }

    /** Optional free text of at most 10,000 characters, or null when empty. */
    String optionalText(String column) {
        String value = optional(column);
        return value == null ? null : checkLength(column, value, MAX_TEXT_LENGTH);
    }

    /** A cohort name: it names files, so only letters, digits, '.', '_', ' ' and '-', at most 64. */
    String cohort(String column) {
        return matching(column, COHORT,
                "a letter or digit followed by at most 63 letters, digits, '.', '_', ' ' or '-'");
    }

    private static String checkLength(String column, String value, int max) {
        if (value.length() > max && value.codePointCount(0, value.length()) > max) {
            throw new RowRejectedException(column + " is longer than " + max + " characters");
        }
        return value;
    }

    String matching(String column, Pattern pattern, String expected) {
        String value = required(column);
        if (!pattern.matcher(value).matches()) {
            throw new RowRejectedException(column + " must be " + expected);
        }
        return value;
    }

    int requiredInteger(String column, int min, int max) {
        return toInteger(column, required(column), min, max);
    }

    Integer optionalInteger(String column, int min, int max) {
        String value = optional(column);
        return value == null ? null : toInteger(column, value, min, max);
    }

    LocalDate requiredDate(String column) {
        return toDate(column, required(column));
    }

    LocalDate optionalDate(String column) {
        String value = optional(column);
        return value == null ? null : toDate(column, value);
    }

    /** A timestamp with an offset whose date in the reporting zone lies within the supported date range. */
    OffsetDateTime requiredTimestamp(String column, ZoneId zone) {
        String value = required(column);
        OffsetDateTime parsed = IsoText.commonTimestamp(value);
        if (parsed == null) {
            try {
                parsed = OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeParseException e) {
                throw new RowRejectedException(column + " is not a valid timestamp with an offset");
            }
        }
        // Years far out of range are refused before any zone arithmetic, which could overflow.
        int year = parsed.getYear();
        if (year < FIRST_DATE.getYear() - 1 || year > LAST_DATE.getYear() + 1) {
            throw outOfRange(column);
        }
        checkRange(column, parsed.atZoneSameInstant(zone).toLocalDate());
        return parsed;
    }

    String requiredEnum(String column, Set<String> allowed) {
        return checkEnum(column, required(column), allowed);
    }

    String optionalEnum(String column, Set<String> allowed) {
        String value = optional(column);
        return value == null ? null : checkEnum(column, value, allowed);
    }

    private static String checkEnum(String column, String value, Set<String> allowed) {
        if (!allowed.contains(value)) {
            throw new RowRejectedException(column + " is not one of " + String.join("|", new TreeSet<>(allowed)));
        }
        return value;
    }

    private static int toInteger(String column, String value, int min, int max) {
        if (!IsoText.isInteger(value)) {
            throw new RowRejectedException(column + " is not an integer");
        }
        long parsed;
        try {
            parsed = Long.parseLong(value);
        } catch (NumberFormatException e) {
            parsed = Long.MAX_VALUE;
        }
        if (parsed < min || parsed > max) {
            throw new RowRejectedException(column + " is out of range " + min + "-" + max);
        }
        return (int) parsed;
    }

    private static LocalDate toDate(String column, String value) {
        if (!IsoText.isDateShape(value)) {
            throw new RowRejectedException(column + " is not a YYYY-MM-DD date");
        }
        LocalDate date = IsoText.date(value, 0);
        if (date == null) {
            throw new RowRejectedException(column + " is not a valid date");
        }
        return checkRange(column, date);
    }

    private static LocalDate checkRange(String column, LocalDate date) {
        if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
            throw outOfRange(column);
        }
        return date;
    }

    private static RowRejectedException outOfRange(String column) {
        return new RowRejectedException(column + " is outside " + FIRST_DATE + " to " + LAST_DATE
                + " (in the reporting zone)");
    }
}
