package dev.mentorlens.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import static dev.mentorlens.sampledata.Days.FIRST_SESSION_DAY;
import static dev.mentorlens.sampledata.Days.LAST_DAY;
import static dev.mentorlens.sampledata.Days.NONE;

/**
 * Session logs, streamed one day at a time. Every pair (match) and every circle is a slot in a
 * calendar queue keyed by the day of its next session, so the state is a few ints per slot and no
 * session outlives the day it is written on.
 */
final class Sessions {

    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    static final String[] HEADER = {"session_id", "programme_id", "match_id", "started_at", "duration_minutes",
            "status", "channel", "attendee_ids"};
    /** sessions-2026-03.csv comes from another export tool: other column order, one extra column. */
    static final String REORDERED_MONTH = "2026-03";
    private static final String[] REORDERED_HEADER = {"Programme_ID", "session_id", "status", "Started_At",
            "attendee_ids", "match_id", "channel", "duration_minutes", "booked_via"};
    private static final int[] REORDERED_FROM = {1, 0, 5, 3, 7, 2, 6, 4};
    private static final int ID = 0;
    private static final int PROGRAMME = 1;
    private static final int MATCH = 2;
    private static final int STARTED = 3;
    private static final int DURATION = 4;
    private static final int STATUS = 5;
    private static final int CHANNEL = 6;
    private static final int ATTENDEES = 7;

    private static final String[] CHANNELS = {"video", "in_person", "phone", "chat", ""};
    private static final int[] CHANNEL_WEIGHTS = {45, 30, 10, 8, 7};
    private static final int[] DURATIONS = {30, 45, 60, 75, 90};
    private static final int[] DURATION_WEIGHTS = {10, 20, 45, 5, 20};

    /** Deliberate bad rows in priority order: small runs get only the first few. */
    private enum Bad {
        AFTER_TERMINATION(null, "session after an attendee's termination_date"),
        UNKNOWN_PROGRAMME("2025-09", "unknown programme (career-mentorship)"),
        IDENTICAL_DUPLICATE(REORDERED_MONTH, "identical duplicate of the last row of sessions-2026-02.csv"),
        CONFLICTING_REPEAT("2026-04", "conflicting key repeat (session id from sessions-2025-06.csv)"),
        NO_OFFSET("2025-08", "bad timestamp (started_at without offset)"),
        MISSING_STATUS("2025-10", "missing required field (status)"),
        UNKNOWN_STATUS("2025-11", "unknown enum value (status Held)"),
        ONE_ATTENDEE("2026-01", "fewer than 2 distinct attendees"),
        WRONG_FIELD_COUNT("2026-02", "wrong number of fields (7 instead of 8)"),
        OUT_OF_RANGE("2026-05", "out-of-range value (duration_minutes 1500)"),
        UNKNOWN_MATCH("2026-06", "unknown match"),
        UNKNOWN_ATTENDEE("2026-07", "unknown employee in attendee_ids"),
        NOT_AN_INTEGER("2025-04", "value does not parse (duration_minutes 60.0)");

        final String month;
        final String kind;

        Bad(String month, String kind) {
            this.month = month;
            this.kind = kind;
        }
    }

    private record Pending(long instant, int slot, String[] row) {
    }

    private final Workforce staff;
    private final Mentoring mentoring;
    private final int matchSlots;
    private final int slots;
    private final int[] endBefore;
    private final int[] ordinal;
    private final int[] bucketHead;
    private final int[] bucketNext;
    private String idFormat = "S%07d";

    Sessions(Workforce staff, Mentoring mentoring) {
        this.staff = staff;
        this.mentoring = mentoring;
        this.matchSlots = mentoring.matches.size();
        this.slots = matchSlots + mentoring.circles.size();
        this.endBefore = new int[slots];
        this.ordinal = new int[slots];
        this.bucketHead = new int[LAST_DAY - FIRST_SESSION_DAY + 1];
        this.bucketNext = new int[slots];
    }

    void write(Path dir, Report report) throws IOException {
        long estimate = simulate(null, null, 0);
        idFormat = "S%0" + Math.max(7, String.valueOf(estimate * 2).length()) + "d";
        simulate(dir, report, Report.budget(estimate));
    }

    /** Runs the whole calendar; with a null dir it only counts, which sizes the bad-row budget. */
    private long simulate(Path dir, Report report, int budget) throws IOException {
        Arrays.fill(bucketHead, -1);
        Arrays.fill(ordinal, 0);
        for (int s = 0; s < slots; s++) {
            SplittableRandom r = Rand.of(staff.seed, 20, s, 0);
            int first;
            if (s < matchSlots) {
                Mentoring.Match m = mentoring.matches.get(s);
                first = m.matchedOn + 3 + r.nextInt(10);
                int end = m.endedOn == NONE ? LAST_DAY + 1 : m.endedOn;
                endBefore[s] = Math.min(end, Math.min(term(m.mentor), term(m.mentee)));
            } else {
                Mentoring.Circle c = mentoring.circles.get(s - matchSlots);
                first = c.starts();
                endBefore[s] = Math.min(c.ends(), LAST_DAY + 1);
            }
            schedule(s, Math.max(first, FIRST_SESSION_DAY));
        }

        EnumSetPlan plan = new EnumSetPlan(budget);
        int[] afterTermination = dir == null ? null : afterTermination();
        long count = 0;
        long sequence = 0;
        CsvSink out = null;
        String month = null;
        String[] lastOfMonth = null;
        String[] lastOfPreviousMonth = null;
        String[] firstOfJune2025 = null;
        List<Pending> today = new ArrayList<>();
        try {
            for (int day = FIRST_SESSION_DAY; day <= LAST_DAY; day++) {
                LocalDate date = Days.date(day);
                String dayMonth = date.toString().substring(0, 7);
                if (dir != null && !dayMonth.equals(month)) {
                    if (out != null) {
                        report.file(out, "sessions");
                        out.close();
                    }
                    month = dayMonth;
                    lastOfPreviousMonth = lastOfMonth;
                    lastOfMonth = null;
                    boolean reordered = month.equals(REORDERED_MONTH);
                    out = CsvSink.open(dir, "sessions-" + month + ".csv", false, false,
                            reordered ? REORDERED_HEADER : HEADER);
                    if (reordered && plan.on(Bad.IDENTICAL_DUPLICATE) && lastOfPreviousMonth != null) {
                        report.duplicate(out, emit(out, lastOfPreviousMonth), "sessions",
                                Bad.IDENTICAL_DUPLICATE.kind);
                    }
                }
                today.clear();
                int s = bucketHead[day - FIRST_SESSION_DAY];
                while (s >= 0) {
                    int following = bucketNext[s];
                    occur(s, day, today);
                    s = following;
                }
                count += today.size();
                if (dir == null) {
                    continue;
                }
                today.sort(Comparator.comparingLong(Pending::instant).thenComparingInt(Pending::slot));
                for (Pending p : today) {
                    p.row()[ID] = String.format(idFormat, ++sequence);
                    emit(out, p.row());
                    lastOfMonth = p.row();
                    if (firstOfJune2025 == null && month.equals("2025-06")) {
                        firstOfJune2025 = p.row();
                    }
                }
                if (lastOfMonth == null || date.getDayOfMonth() < 12) {
                    continue;
                }
                for (Bad bad : Bad.values()) {
                    if (!plan.on(bad) || plan.done(bad)) {
                        continue;
                    }
                    String[] row = null;
                    if (bad == Bad.AFTER_TERMINATION) {
                        if (afterTermination != null && day >= afterTermination[0]) {
                            row = afterTerminationRow(afterTermination, String.format(idFormat, ++sequence));
                        }
                    } else if (bad == Bad.CONFLICTING_REPEAT) {
                        if (month.equals(bad.month) && firstOfJune2025 != null) {
                            row = firstOfJune2025.clone();
                            row[STATUS] = row[STATUS].equals("held") ? "cancelled" : "held";
                            row[DURATION] = row[DURATION].equals("45") ? "60" : "45";
                        }
                    } else if (bad != Bad.IDENTICAL_DUPLICATE && month.equals(bad.month)) {
                        row = corrupt(bad, lastOfMonth.clone(), String.format(idFormat, ++sequence));
                    }
                    if (row != null) {
                        long line = bad == Bad.WRONG_FIELD_COUNT ? out.write(row) : emit(out, row);
                        report.bad(out, line, "sessions", bad.kind + detail(bad, row));
                        plan.markDone(bad);
                    }
                }
            }
            if (out != null) {
                report.file(out, "sessions");
            }
        } finally {
            if (out != null) {
                out.close();
            }
        }
        return count;
    }

    private static String detail(Bad bad, String[] row) {
        return switch (bad) {
            case AFTER_TERMINATION, ONE_ATTENDEE, UNKNOWN_ATTENDEE -> " [" + row[ATTENDEES] + "]";
            case UNKNOWN_MATCH -> " [" + row[MATCH] + "]";
            case CONFLICTING_REPEAT -> " [" + row[ID] + "]";
            default -> "";
        };
    }

    /**
     * Which deliberate bad rows this run carries and which have been written. The budget counts
     * rejects: the identical duplicate is not one (the product counts it as a duplicate), so it
     * does not use up a place, and it comes along once the rejects ranked ahead of it are on.
     */
    private static final class EnumSetPlan {
        private final int budget;
        private final boolean[] done = new boolean[Bad.values().length];

        EnumSetPlan(int budget) {
            this.budget = budget;
        }

        boolean on(Bad bad) {
            return rejectRank(bad) < budget;
        }

        /** Rejects ahead of {@code bad} in priority order. */
        private static int rejectRank(Bad bad) {
            int rank = 0;
            for (Bad other : Bad.values()) {
                if (other.ordinal() < bad.ordinal() && other != Bad.IDENTICAL_DUPLICATE) {
                    rank++;
                }
            }
            return rank;
        }

        boolean done(Bad bad) {
            return done[bad.ordinal()];
        }

        void markDone(Bad bad) {
            done[bad.ordinal()] = true;
        }
    }

    private String[] corrupt(Bad bad, String[] row, String id) {
        row[ID] = id;
        switch (bad) {
            case UNKNOWN_PROGRAMME -> row[PROGRAMME] = "career-mentorship";
            case NO_OFFSET -> row[STARTED] = row[STARTED].substring(0, 19);
            case MISSING_STATUS -> row[STATUS] = "";
            case UNKNOWN_STATUS -> row[STATUS] = "Held";
            case ONE_ATTENDEE -> {
                String first = row[ATTENDEES].substring(0, row[ATTENDEES].indexOf(';'));
                row[ATTENDEES] = first + ";" + first;
            }
            case WRONG_FIELD_COUNT -> {
                return new String[] {row[ID], row[PROGRAMME], row[MATCH], row[STARTED], row[DURATION], row[STATUS],
                        row[ATTENDEES]};
            }
            case OUT_OF_RANGE -> row[DURATION] = "1500";
            case UNKNOWN_MATCH -> row[MATCH] = mentoring.matchId(matchSlots + 50);
            case UNKNOWN_ATTENDEE -> {
                String first = row[ATTENDEES].substring(0, row[ATTENDEES].indexOf(';'));
                row[ATTENDEES] = first + ";" + staff.unknownId(3);
            }
            case NOT_AN_INTEGER -> row[DURATION] = "60.0";
            default -> throw new IllegalStateException(bad.name());
        }
        return row;
    }

    /** {day, match or -1, terminated employee, other attendee} for the session after a termination. */
    private int[] afterTermination() {
        for (int k = 0; k < matchSlots; k++) {
            Mentoring.Match m = mentoring.matches.get(k);
            for (int enrolment : new int[] {m.mentee, m.mentor}) {
                int person = mentoring.enrolments.get(enrolment).employee;
                int t = staff.term[person];
                if (t != NONE && t >= m.matchedOn + 45 && t >= Days.of(2025, 4, 1) && t <= LAST_DAY - 30) {
                    int other = mentoring.enrolments.get(enrolment == m.mentee ? m.mentor : m.mentee).employee;
                    return new int[] {t + 6, k, person, other};
                }
            }
        }
        for (int i = 0; i < staff.n; i++) {
            int t = staff.term[i];
            if (t != NONE && t >= Days.of(2025, 4, 1) && t <= LAST_DAY - 30) {
                for (int j = 0; j < staff.n; j++) {
                    if (j != i && staff.employed(j, t + 6)) {
                        return new int[] {t + 6, -1, i, j};
                    }
                }
            }
        }
        return null;
    }

    private String[] afterTerminationRow(int[] target, String id) {
        String programme = target[1] < 0 ? Mentoring.PROGRAMMES.get(Mentoring.CAREER).id()
                : Mentoring.PROGRAMMES.get(mentoring.matches.get(target[1]).programme()).id();
        String started = TIMESTAMP.format(ZonedDateTime.of(Days.date(target[0]), LocalTime.of(10, 0),
                staff.zone(target[3])));
        return new String[] {id, programme, target[1] < 0 ? "" : mentoring.matchId(target[1]), started, "60", "held",
                "video", staff.id(target[3]) + ";" + staff.id(target[2])};
    }

    private static long emit(CsvSink out, String[] row) throws IOException {
        if (!out.fileName().equals("sessions-" + REORDERED_MONTH + ".csv")) {
            return out.write(row);
        }
        String[] reordered = new String[REORDERED_HEADER.length];
        for (int k = 0; k < REORDERED_FROM.length; k++) {
            reordered[k] = row[REORDERED_FROM[k]];
        }
        reordered[8] = switch (row[CHANNEL]) {
            case "video" -> "Teams";
            case "in_person" -> "Room booking";
            default -> "";
        };
        return out.write(reordered);
    }

    private int term(int enrolment) {
        return staff.term[mentoring.enrolments.get(enrolment).employee];
    }

    private void schedule(int slot, int day) {
        if (day >= endBefore[slot] || day > LAST_DAY) {
            return;
        }
        int bucket = day - FIRST_SESSION_DAY;
        bucketNext[slot] = bucketHead[bucket];
        bucketHead[bucket] = slot;
    }

    private void occur(int slot, int day, List<Pending> today) {
        SplittableRandom r = Rand.of(staff.seed, 21, slot, ordinal[slot]++);
        if (slot < matchSlots) {
            pairSession(slot, day, r, today);
        } else {
            circleSession(slot, day, r, today);
        }
    }

    private void pairSession(int slot, int day, SplittableRandom r, List<Pending> today) {
        Mentoring.Match m = mentoring.matches.get(slot);
        if (ordinal[slot] > m.sessionsBeforeDormant) {
            return;
        }
        int mentor = mentoring.enrolments.get(m.mentor).employee;
        int mentee = mentoring.enrolments.get(m.mentee).employee;
        double u = r.nextDouble();
        String status = u < 0.83 ? "held" : u < 0.94 ? "cancelled" : "no_show";
        ZoneId zone = staff.zone(r.nextBoolean() ? mentor : mentee);
        String attendees = r.nextBoolean() ? staff.id(mentor) + ";" + staff.id(mentee)
                : staff.id(mentee) + ";" + staff.id(mentor);
        String duration = Integer.toString(DURATIONS[Rand.weighted(r, DURATION_WEIGHTS)]);
        add(today, slot, day, zone, r, new String[] {null, programmeId(m.programme()), mentoring.matchId(slot), null,
                duration, status, CHANNELS[Rand.weighted(r, CHANNEL_WEIGHTS)], attendees});
        int cadence = Mentoring.PROGRAMMES.get(m.programme()).cadence();
        int next = status.equals("held")
                ? day + cadence - cadence / 5 + r.nextInt(2 * (cadence / 5) + cadence / 10 + 1)
                : day + Math.max(4, cadence / 3) + r.nextInt(3);
        schedule(slot, next);
    }

    private void circleSession(int slot, int day, SplittableRandom r, List<Pending> today) {
        Mentoring.Circle c = mentoring.circles.get(slot - matchSlots);
        int[] present = new int[c.members().length + 1];
        int[] absent = new int[c.members().length + 1];
        int np = 0;
        int na = 0;
        for (int k = -1; k < c.members().length; k++) {
            Mentoring.Enrolment e = mentoring.enrolments.get(k < 0 ? c.facilitator() : c.members()[k]);
            boolean active = e.enrolled <= day && day < e.exited && day < staff.term[e.employee];
            if (!active) {
                continue;
            }
            if (r.nextDouble() < 0.85) {
                present[np++] = e.employee;
            } else {
                absent[na++] = e.employee;
            }
        }
        while (np < 3 && na > 0) {
            present[np++] = absent[--na];
        }
        if (np >= 3) {
            StringBuilder attendees = new StringBuilder();
            for (int k = 0; k < np; k++) {
                attendees.append(k == 0 ? "" : ";").append(staff.id(present[k]));
            }
            double u = r.nextDouble();
            String status = u < 0.9 ? "held" : u < 0.98 ? "cancelled" : "no_show";
            String duration = Integer.toString(60 + 15 * r.nextInt(3));
            String channel = r.nextDouble() < 0.6 ? "video" : "in_person";
            int host = mentoring.enrolments.get(c.facilitator()).employee;
            add(today, slot, day, staff.zone(host), r, new String[] {null, programmeId(Mentoring.COHORTS
                    .get(c.cohort()).programme()), "", null, duration, status, channel, attendees.toString()});
        }
        schedule(slot, day + 12 + r.nextInt(5));
    }

    private static String programmeId(int programme) {
        return Mentoring.PROGRAMMES.get(programme).id();
    }

    /** Office hours 08:00-17:45 local, so the UTC date is the local date for every offset used. */
    private static void add(List<Pending> today, int slot, int day, ZoneId zone, SplittableRandom r, String[] row) {
        LocalTime time = LocalTime.of(8, 0).plusMinutes(15L * r.nextInt(40));
        ZonedDateTime at = ZonedDateTime.of(Days.date(day), time, zone);
        row[STARTED] = TIMESTAMP.format(at);
        today.add(new Pending(at.toEpochSecond(), slot, row));
    }
}
