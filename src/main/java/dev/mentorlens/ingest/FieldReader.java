package dev.mentorlens.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Typed access to the values of one row under the SPEC reading rules: values are not trimmed,
 * integers are {@code -?[0-9]+} only, dates are strict ISO dates and timestamps need an offset.
 * Every check throws {@link RowRejectedException} with a reason a user can act on.
 */
final class FieldReader {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

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

    OffsetDateTime requiredTimestamp(String column) {
        String value = required(column);
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new RowRejectedException(column + " is not a valid timestamp with an offset");
        }
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
        if (!INTEGER.matcher(value).matches()) {
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
        if (!ISO_DATE.matcher(value).matches()) {
            throw new RowRejectedException(column + " is not a YYYY-MM-DD date");
        }
        try {
            return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw new RowRejectedException(column + " is not a valid date");
        }
    }
}
