package dev.mentorlens.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The integer, date and timestamp shapes of the inputs read character by character: every row has several,
 * and a regular expression or a {@link java.time.format.DateTimeFormatter} per value was a large part of
 * reading a row. The answers are those of {@code -?[0-9]+}, {@code [0-9]{4}-[0-9]{2}-[0-9]{2}} with
 * {@code ISO_LOCAL_DATE}, and {@code ISO_OFFSET_DATE_TIME} for the timestamps it knows.
 */
final class IsoText {

    private IsoText() {
    }

    /** Whether the text is {@code -?[0-9]+}. */
    static boolean isInteger(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        if (text.length() == start) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text is {@code [0-9]{4}-[0-9]{2}-[0-9]{2}}. */
    static boolean isDateShape(String text) {
        return text.length() == 10 && hasDateShapeAt(text, 0);
    }

    /** The date written as YYYY-MM-DD at {@code from} (shape already checked), or null when no such day exists. */
    static LocalDate date(String text, int from) {
        try {
            return LocalDate.of(digits(text, from, 4), digits(text, from + 5, 2), digits(text, from + 8, 2));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The common timestamps {@code YYYY-MM-DDTHH:MM:SSZ} and {@code YYYY-MM-DDTHH:MM:SS±HH:MM} with values in
     * range, as {@code ISO_OFFSET_DATE_TIME} reads them; null for any other text, which the formatter then
     * decides (fractions, lower case, missing seconds, invalid values...).
     */
    static OffsetDateTime commonTimestamp(String text) {
        int length = text.length();
        if ((length != 20 && length != 25) || !hasDateShapeAt(text, 0) || text.charAt(10) != 'T'
                || !hasTimeShapeAt(text, 11)) {
            return null;
        }
        ZoneOffset offset;
        if (length == 20) {
            if (text.charAt(19) != 'Z') {
                return null;
            }
            offset = ZoneOffset.UTC;
        } else {
            char sign = text.charAt(19);
            if ((sign != '+' && sign != '-') || !isDigit(text.charAt(20)) || !isDigit(text.charAt(21))
                    || text.charAt(22) != ':' || !isDigit(text.charAt(23)) || !isDigit(text.charAt(24))) {
                return null;
            }
            int hours = digits(text, 20, 2);
            int minutes = digits(text, 23, 2);
            if (hours > 17 || minutes > 59) {
                return null;
            }
            offset = sign == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes)
                    : ZoneOffset.ofHoursMinutes(-hours, -minutes);
        }
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        LocalDate date = date(text, 0);
        if (date == null || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        return OffsetDateTime.of(LocalDateTime.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), hour,
                minute, second), offset);
    }

    private static boolean hasDateShapeAt(String text, int from) {
        return hasShapeAt(text, from, "dddd-dd-dd");
    }

    private static boolean hasTimeShapeAt(String text, int from) {
        return hasShapeAt(text, from, "dd:dd:dd");
    }

    /** Whether the text at {@code from} follows the shape: 'd' an ASCII digit, any other character itself. */
    private static boolean hasShapeAt(String text, int from, String shape) {
        for (int i = 0; i < shape.length(); i++) {
            char c = text.charAt(from + i);
            if (shape.charAt(i) == 'd' ? !isDigit(c) : c != shape.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
