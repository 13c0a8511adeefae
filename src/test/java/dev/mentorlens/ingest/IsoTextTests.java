package dev.mentorlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The hand-written readers of integers, dates and timestamps answer as the patterns and formatters they replace. */
class IsoTextTests {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    @Test
    void readsIntegersAsTheirPatternDoes() {
        for (String text : List.of("", "-", "0", "-0", "007", "12", "-12", "+3", " 3", "3 ", "4.5", "1e3", "--1",
                "١٢", "99999999999999999999", "0000000000000000000001")) {
            assertThat(IsoText.isInteger(text)).as(text).isEqualTo(INTEGER.matcher(text).matches());
        }
        forEachMutation("-1234567", text -> assertThat(IsoText.isInteger(text)).as(text)
                .isEqualTo(INTEGER.matcher(text).matches()));
    }

    @Test
    void readsDatesAsTheirPatternAndIsoLocalDateDo() {
        for (String text : List.of("2026-10-31", "0000-01-01", "1900-01-01", "2199-12-31", "2023-02-29",
                "2024-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-1-01", "2026/10/31", " 2026-10-31",
                "2026-10-31T00:00", "+2026-10-31", "20261031")) {
            assertSameDate(text);
        }
        forEachMutation("2024-02-29", IsoTextTests::assertSameDate);
    }

    @Test
    void readsCommonTimestampsAsIsoOffsetDateTimeDoes() {
        for (String text : List.of("2026-10-03T09:30:00+02:00", "2026-10-31T23:59:59Z", "2026-10-31T22:30:00-03:00",
                "2026-10-31T22:30:00-03:30", "2026-10-31T22:30:00+17:59", "2026-10-31T22:30:00-00:00",
                "0000-01-01T00:00:00Z", "2024-02-29T12:00:00+05:45")) {
            assertThat(IsoText.commonTimestamp(text)).as(text).isEqualTo(iso(text));
        }
        for (String text : List.of("2026-10-03T09:30:00", "2026-10-03", "2026-13-05T10:00:00+00:00",
                "2026-10-31T22:30:00.250-03:00", "2026-10-31t22:30:00z", "2026-10-31T24:00:00Z",
                "2026-10-31T23:60:00Z", "2026-10-31T23:59:60Z", "2026-10-31T22:30:00+18:00",
                "2026-10-31T22:30:00+19:00", "2026-10-31T22:30:00+01:60", "2026-10-31T22:30+01:00",
                "2023-02-29T12:00:00Z")) {
            // not among the common shapes in range: the formatter decides
            assertThat(IsoText.commonTimestamp(text)).as(text).isNull();
        }
        forEachMutation("2024-02-29T23:59:59+05:45", text -> {
            OffsetDateTime read = IsoText.commonTimestamp(text);
            if (read != null) {
                assertThat(read).as(text).isEqualTo(iso(text));
            }
        });
        forEachMutation("2026-10-31T09:05:07Z", text -> {
            OffsetDateTime read = IsoText.commonTimestamp(text);
            if (read != null) {
                assertThat(read).as(text).isEqualTo(iso(text));
            }
        });
    }

    private static void assertSameDate(String text) {
        boolean shaped = DATE.matcher(text).matches();
        assertThat(IsoText.isDateShape(text)).as(text).isEqualTo(shaped);
        if (shaped) {
            LocalDate expected;
            try {
                expected = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                expected = null;
            }
            assertThat(IsoText.date(text, 0)).as(text).isEqualTo(expected);
        }
    }

    private static OffsetDateTime iso(String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The text with one or two characters replaced, dropped or added, many times over. */
    private static void forEachMutation(String base, java.util.function.Consumer<String> check) {
        Random random = new Random(7);
        String alphabet = "0123456789-:+TZtz. x";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder(base);
            for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                int at = random.nextInt(text.length() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> text.insert(at, c);
                    case 1 -> {
                        if (at < text.length()) {
                            text.deleteCharAt(at);
                        }
                    }
                    default -> {
                        if (at < text.length()) {
                            text.setCharAt(at, c);
                        }
                    }
                }
            }
            check.accept(text.toString());
        }
    }
}
