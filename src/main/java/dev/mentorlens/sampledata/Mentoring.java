package dev.mentorlens.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static dev.mentorlens.sampledata.Days.LAST_DAY;
import static dev.mentorlens.sampledata.Days.NONE;

/** Programmes, cohorts, enrolments, matches and group circles. Sized in proportion to the workforce. */
final class Mentoring {

    record Programme(String id, String name, String format, int start, int end, int cadence, String owner) {
    }

    record Cohort(int programme, String name, int opens, int windowDays, double menteeShare, int runMin,
                  int runMax) {
    }

    static final int CAREER = 0;
    static final int CIRCLES = 1;
    static final int REVERSE = 2;
    static final int PEER = 3;

    static final List<Programme> PROGRAMMES = List.of(
            new Programme("career-mentoring", "Career Mentoring", "one_to_one", Days.of(2025, 1, 13), NONE, 30,
                    "helene.moreau@mentorlens.example"),
            new Programme("women-in-tech-circles", "Women in Tech Circles, EMEA", "group", Days.of(2025, 3, 3),
                    NONE, 14, ""),
            new Programme("reverse-mentoring", "Reverse Mentoring — Digital Skills", "reverse",
                    Days.of(2025, 9, 1), Days.of(2026, 12, 31), 30, "t.adeyemi@mentorlens.example"),
            new Programme("peer-coaching", "Peer Coaching \"Pods\"", "peer", Days.of(2025, 6, 2), NONE, 21,
                    "peer.pods@mentorlens.example"));

    static final List<Cohort> COHORTS = List.of(
            new Cohort(CAREER, "2025-spring", Days.of(2025, 1, 6), 40, 0.035, 300, 365),
            new Cohort(CAREER, "2025-autumn", Days.of(2025, 9, 1), 35, 0.035, 300, 365),
            new Cohort(CAREER, "2026-spring", Days.of(2026, 2, 16), 35, 0.035, 300, 365),
            new Cohort(CIRCLES, "2025-spring", Days.of(2025, 3, 3), 25, 0.035, 260, 280),
            new Cohort(CIRCLES, "2026-spring", Days.of(2026, 3, 2), 25, 0.035, 260, 280),
            new Cohort(REVERSE, "2025-autumn", Days.of(2025, 9, 1), 25, 0.02, 180, 240),
            new Cohort(REVERSE, "2026-spring", Days.of(2026, 3, 2), 25, 0.02, 180, 240),
            new Cohort(PEER, "2025-summer", Days.of(2025, 6, 2), 25, 0.02, 150, 210),
            new Cohort(PEER, "2026-spring", Days.of(2026, 4, 6), 25, 0.02, 150, 210));

    static final byte ENGAGED = 0;
    static final byte DORMANT = 1;
    static final byte UNMATCHED = 2;

    static final class Enrolment {
        final int cohort;
        final int employee;
        final boolean mentor;
        final int enrolled;
        int exited = NONE;
        String exitReason = "";
        byte engagement = UNMATCHED;

        Enrolment(int cohort, int employee, boolean mentor, int enrolled) {
            this.cohort = cohort;
            this.employee = employee;
            this.mentor = mentor;
            this.enrolled = enrolled;
        }

        int programme() {
            return COHORTS.get(cohort).programme();
        }
    }

    static final class Match {
        final int cohort;
        final int mentor;
        final int mentee;
        final int matchedOn;
        final int endedOn;
        /** Sessions before the pair stops meeting; Integer.MAX_VALUE for pairs that keep going. */
        final int sessionsBeforeDormant;

        Match(int cohort, int mentor, int mentee, int matchedOn, int endedOn, int sessionsBeforeDormant) {
            this.cohort = cohort;
            this.mentor = mentor;
            this.mentee = mentee;
            this.matchedOn = matchedOn;
            this.endedOn = endedOn;
            this.sessionsBeforeDormant = sessionsBeforeDormant;
        }

        int programme() {
            return COHORTS.get(cohort).programme();
        }
    }

    /** A group of one facilitator (a mentor enrolment) and 2-7 mentee enrolments meeting together. */
    record Circle(int cohort, int facilitator, int[] members, int starts, int ends) {
    }

    final Workforce staff;
    final List<Enrolment> enrolments = new ArrayList<>();
    final List<Match> matches = new ArrayList<>();
    final List<Circle> circles = new ArrayList<>();

    Mentoring(Workforce staff) {
        this.staff = staff;
        List<int[]> menteesByCohort = new ArrayList<>();
        List<int[]> mentorsByCohort = new ArrayList<>();
        for (int c = 0; c < COHORTS.size(); c++) {
            enrol(c, menteesByCohort, mentorsByCohort);
        }
        retainSomeMentees();
        for (int c = 0; c < COHORTS.size(); c++) {
            if (COHORTS.get(c).programme() == CIRCLES) {
                formCircles(c, menteesByCohort.get(c), mentorsByCohort.get(c));
            } else {
                pair(c, menteesByCohort.get(c), mentorsByCohort.get(c));
            }
        }
    }

    private boolean menteeFits(int programme, int lvl, int tenureDays) {
        return switch (programme) {
            case CAREER -> lvl <= 7;
            case CIRCLES -> lvl <= 9;
            case REVERSE -> lvl >= 7;
            default -> lvl >= 3 && lvl <= 8;
        };
    }

    private boolean mentorFits(int programme, int lvl, int tenureDays) {
        return switch (programme) {
            case CAREER -> lvl >= 6 && tenureDays >= 730;
            case CIRCLES -> lvl >= 6;
            case REVERSE -> lvl <= 5 && tenureDays <= 5 * 365;
            default -> lvl >= 3 && lvl <= 8;
        };
    }

    private void enrol(int c, List<int[]> menteesByCohort, List<int[]> mentorsByCohort) {
        Cohort cohort = COHORTS.get(c);
        SplittableRandom r = Rand.of(staff.seed, 10, c, 0);
        int n = staff.n;
        int mentees = Math.max(3, (int) Math.round(n * cohort.menteeShare()));
        int mentors = switch (PROGRAMMES.get(cohort.programme()).format()) {
            case "one_to_one" -> (int) Math.ceil(mentees * 0.75);
            case "group" -> (int) Math.ceil(mentees / 7.0);
            default -> mentees;
        };
        int[] pool = new int[n];
        boolean[] taken = new boolean[n];
        int size = 0;
        for (int i = 0; i < n; i++) {
            if (eligible(i, cohort) && menteeFits(cohort.programme(), staff.levelAround(i, cohort.opens()),
                    cohort.opens() - staff.hire[i])) {
                pool[size++] = i;
            }
        }
        Rand.partialShuffle(pool, size, mentees, r);
        int[] chosenMentees = java.util.Arrays.copyOf(pool, Math.min(mentees, size));
        for (int i : chosenMentees) {
            taken[i] = true;
        }

        size = 0;
        if (cohort.programme() == CAREER && cohort.name().equals("2026-spring")) {
            // someone from the first cohort pays it forward, so one person holds both roles over time
            for (Enrolment e : enrolments) {
                if (e.cohort == 0 && !e.mentor && !taken[e.employee] && eligible(e.employee, cohort)) {
                    pool[size++] = e.employee;
                    taken[e.employee] = true;
                    break;
                }
            }
        }
        int forced = size;
        for (int i = 0; i < n; i++) {
            if (!taken[i] && eligible(i, cohort) && mentorFits(cohort.programme(),
                    staff.levelAround(i, cohort.opens()), cohort.opens() - staff.hire[i])) {
                pool[size++] = i;
            }
        }
        int[] rest = java.util.Arrays.copyOfRange(pool, forced, size);
        Rand.partialShuffle(rest, rest.length, mentors - forced, r);
        int[] chosenMentors = new int[Math.min(mentors, size)];
        System.arraycopy(pool, 0, chosenMentors, 0, forced);
        System.arraycopy(rest, 0, chosenMentors, forced, chosenMentors.length - forced);

        mentorsByCohort.add(addEnrolments(c, chosenMentors, true, r));
        menteesByCohort.add(addEnrolments(c, chosenMentees, false, r));
    }

    private boolean eligible(int i, Cohort cohort) {
        return staff.hire[i] <= cohort.opens() - 45 && staff.term[i] > cohort.opens() + cohort.windowDays() + 14;
    }

    /** Adds enrolments sorted by enrolment date and returns their indexes. */
    private int[] addEnrolments(int c, int[] people, boolean mentor, SplittableRandom r) {
        Cohort cohort = COHORTS.get(c);
        long[] keyed = new long[people.length];
        for (int k = 0; k < people.length; k++) {
            long day = cohort.opens() + r.nextInt(cohort.windowDays());
            keyed[k] = (day << 32) | people[k];
        }
        java.util.Arrays.sort(keyed);
        int[] indexes = new int[people.length];
        for (int k = 0; k < keyed.length; k++) {
            indexes[k] = enrolments.size();
            enrolments.add(new Enrolment(c, (int) keyed[k], mentor, (int) (keyed[k] >>> 32)));
        }
        return indexes;
    }

    /** Part of the programme effect: some mentees who would have left stay. */
    private void retainSomeMentees() {
        for (Enrolment e : enrolments) {
            if (e.mentor) {
                continue;
            }
            int i = e.employee;
            if (staff.menteeSince[i] == NONE) {
                SplittableRandom r = Rand.of(staff.seed, 11, i, 0);
                if (staff.term[i] != NONE && Rand.chance(r, 0.4)) {
                    staff.term[i] = NONE;
                    staff.termReason[i] = 0;
                }
            }
            staff.menteeSince[i] = Math.min(staff.menteeSince[i], e.enrolled);
        }
    }

    private int term(int enrolment) {
        return staff.term[enrolments.get(enrolment).employee];
    }

    private void pair(int c, int[] mentees, int[] mentors) {
        Cohort cohort = COHORTS.get(c);
        if (mentors.length == 0) {
            return;
        }
        SplittableRandom r = Rand.of(staff.seed, 12, c, 0);
        int firstMatch = matches.size();
        int[] order = mentees.clone();
        Rand.partialShuffle(order, order.length, order.length, r);
        for (int k = 0; k < order.length; k++) {
            Enrolment mentee = enrolments.get(order[k]);
            int mentor = mentors[k % mentors.length];
            if (Rand.chance(r, 0.05)) {
                leaveIfTerminated(mentee);
                continue;
            }
            int start = Math.max(mentee.enrolled, enrolments.get(mentor).enrolled) + 5 + r.nextInt(20);
            int plannedEnd = start + cohort.runMin() + r.nextInt(cohort.runMax() - cohort.runMin() + 1);
            int withdraws = Rand.chance(r, 0.07) ? start + 20 + r.nextInt(120) : NONE;
            while (mentor >= 0 && start < Math.min(term(order[k]), term(mentor)) && start <= LAST_DAY) {
                int end = Math.min(Math.min(plannedEnd, withdraws), Math.min(term(order[k]), term(mentor)));
                // the last pair of the newest career cohort never meets, so "never" shows in the dormant list
                boolean neverMeets = cohort.programme() == CAREER && c == 2 && k == order.length - 1;
                int sessions = neverMeets ? 0 : sessionsBeforeDormant(r);
                if (end <= start) {
                    break;
                }
                if (sessions != Integer.MAX_VALUE && end == plannedEnd) {
                    // nobody closes a pair that went quiet
                    end = NONE;
                }
                addMatch(c, mentor, order[k], start, end, sessions);
                if (end > LAST_DAY) {
                    break;
                }
                if (end == term(order[k])) {
                    mentee.exited = end;
                    mentee.exitReason = "left_company";
                    break;
                }
                if (end == withdraws) {
                    mentee.exited = end;
                    mentee.exitReason = "withdrew";
                    break;
                }
                if (end == plannedEnd) {
                    mentee.exited = end;
                    mentee.exitReason = "completed";
                    break;
                }
                // the mentor left: rematch with a colleague from the same cohort who is staying on
                int previous = mentor;
                mentor = -1;
                for (int m : mentors) {
                    if (m != previous && term(m) > end + 60 && enrolments.get(m).enrolled <= end) {
                        mentor = m;
                        break;
                    }
                }
                start = end + 7 + r.nextInt(14);
            }
            if (mentee.exited == NONE && withdraws <= LAST_DAY) {
                mentee.exited = withdraws;
                mentee.exitReason = "withdrew";
            }
            leaveIfTerminated(mentee);
        }
        closeMentors(mentors, firstMatch);
    }

    private void leaveIfTerminated(Enrolment e) {
        int t = staff.term[e.employee];
        if (e.exited == NONE && t <= LAST_DAY) {
            e.exited = t;
            e.exitReason = "left_company";
        }
    }

    private static int sessionsBeforeDormant(SplittableRandom r) {
        double u = r.nextDouble();
        if (u < 0.02) {
            return 0;
        }
        return u < 0.12 ? 1 + r.nextInt(3) : Integer.MAX_VALUE;
    }

    private void addMatch(int c, int mentor, int mentee, int start, int end, int sessions) {
        matches.add(new Match(c, mentor, mentee, start, end <= LAST_DAY ? end : NONE, sessions));
        byte engagement = sessions == Integer.MAX_VALUE ? ENGAGED : DORMANT;
        enrolments.get(mentee).engagement = engagement;
        Enrolment m = enrolments.get(mentor);
        if (m.engagement != ENGAGED) {
            m.engagement = engagement;
        }
    }

    /** Mentors leave with the company, or complete once every pair they had has ended. */
    private void closeMentors(int[] mentors, int firstMatch) {
        // a cohort's mentor enrolments are contiguous, so they index these arrays directly
        int base = mentors[0];
        int[] lastEnd = new int[mentors.length];
        boolean[] open = new boolean[mentors.length];
        java.util.Arrays.fill(lastEnd, -1);
        for (int k = firstMatch; k < matches.size(); k++) {
            Match match = matches.get(k);
            int m = match.mentor - base;
            if (match.endedOn == NONE) {
                open[m] = true;
            } else {
                lastEnd[m] = Math.max(lastEnd[m], match.endedOn);
            }
        }
        for (int m = 0; m < mentors.length; m++) {
            Enrolment e = enrolments.get(mentors[m]);
            leaveIfTerminated(e);
            if (e.exited == NONE && !open[m] && lastEnd[m] >= 0) {
                e.exited = lastEnd[m];
                e.exitReason = "completed";
            }
        }
    }

    private void formCircles(int c, int[] mentees, int[] facilitators) {
        Cohort cohort = COHORTS.get(c);
        if (facilitators.length == 0) {
            return;
        }
        SplittableRandom r = Rand.of(staff.seed, 13, c, 0);
        int[] order = mentees.clone();
        Rand.partialShuffle(order, order.length, order.length, r);
        int count = Math.min(facilitators.length, Math.max(1, order.length / 2));
        int starts = cohort.opens() + cohort.windowDays() + 7 + r.nextInt(7);
        int ends = starts + cohort.runMin() + r.nextInt(cohort.runMax() - cohort.runMin() + 1);
        for (int g = 0; g < count; g++) {
            int size = 0;
            for (int k = g; k < order.length; k += count) {
                size++;
            }
            int[] members = new int[Math.min(size, 7)];
            for (int k = g, j = 0; k < order.length && j < members.length; k += count) {
                members[j++] = order[k];
            }
            int facilitator = facilitators[g];
            circles.add(new Circle(c, facilitator, members, starts, ends));
            for (int member : members) {
                Enrolment e = enrolments.get(member);
                int withdraws = Rand.chance(r, 0.07) ? starts + 20 + r.nextInt(120) : NONE;
                int leaves = Math.min(Math.min(ends, withdraws), term(member));
                if (Rand.chance(r, 0.4)) {
                    int start = Math.max(e.enrolled, enrolments.get(facilitator).enrolled) + 5 + r.nextInt(15);
                    if (start < Math.min(leaves, term(facilitator)) && start <= LAST_DAY) {
                        addMatch(c, facilitator, member, start, Math.min(leaves, term(facilitator)),
                                sessionsBeforeDormant(r));
                    }
                } else {
                    e.engagement = ENGAGED;
                }
                if (leaves <= LAST_DAY) {
                    e.exited = leaves;
                    e.exitReason = leaves == term(member) ? "left_company" : leaves == withdraws ? "withdrew"
                            : "completed";
                }
            }
            Enrolment f = enrolments.get(facilitator);
            f.engagement = ENGAGED;
            leaveIfTerminated(f);
            if (f.exited == NONE && ends <= LAST_DAY) {
                f.exited = ends;
                f.exitReason = "completed";
            }
        }
        for (int k = count; k < facilitators.length; k++) {
            leaveIfTerminated(enrolments.get(facilitators[k]));
        }
        for (int member : order) {
            leaveIfTerminated(enrolments.get(member));
        }
    }

    String matchId(int index) {
        return String.format("M%05d", index + 1);
    }

    void writeProgrammes(Path dir, Report report) throws IOException {
        try (CsvSink out = CsvSink.open(dir, "programmes.csv", false, false, "programme_id", "name", "format",
                "start_date", "end_date", "expected_cadence_days", "owner_email", "mentor_capacity")) {
            for (int k = 0; k < PROGRAMMES.size(); k++) {
                Programme p = PROGRAMMES.get(k);
                out.write(p.id(), p.name(), p.format(), Days.iso(p.start()), Days.iso(p.end()),
                        Integer.toString(p.cadence()), p.owner(), mentorCapacity(k));
            }
            report.file(out, "programmes");
        }
    }

    /** Career mentors should carry at most 2 mentees, reverse mentors 1; the others set no capacity. */
    private static String mentorCapacity(int programme) {
        return switch (programme) {
            case CAREER -> "2";
            case REVERSE -> "1";
            default -> "";
        };
    }

    void writeEnrolments(Path dir, Report report) throws IOException {
        int budget = Report.budget(enrolments.size());
        int badAt = enrolments.size() / 2;
        try (CsvSink out = CsvSink.open(dir, "enrolments.csv", false, false, "programme_id", "cohort",
                "employee_id", "role", "enrolled_on", "exited_on", "exit_reason")) {
            for (int k = 0; k < enrolments.size(); k++) {
                Enrolment e = enrolments.get(k);
                Cohort cohort = COHORTS.get(e.cohort);
                out.write(PROGRAMMES.get(cohort.programme()).id(), cohort.name(), staff.id(e.employee),
                        e.mentor ? "mentor" : "mentee", Days.iso(e.enrolled), Days.iso(e.exited), e.exitReason);
                if (k == badAt) {
                    String programme = PROGRAMMES.get(cohort.programme()).id();
                    if (budget >= 1) {
                        report.bad(out, out.write(programme, cohort.name(), staff.unknownId(1), "mentee",
                                Days.iso(e.enrolled), "", ""), "enrolments",
                                "unknown employee (" + staff.unknownId(1) + ")");
                    }
                    if (budget >= 2) {
                        report.bad(out, out.write(programme, cohort.name(), staff.id(e.employee),
                                e.mentor ? "mentee" : "mentor", "", "", ""), "enrolments",
                                "missing required field (enrolled_on)");
                    }
                    if (budget >= 3) {
                        report.bad(out, out.write("leadership-academy", cohort.name(), staff.id(e.employee),
                                "mentee", Days.iso(e.enrolled), "", ""), "enrolments",
                                "unknown programme (leadership-academy)");
                    }
                    if (budget >= 4) {
                        report.bad(out, out.write(programme, cohort.name(), staff.id(e.employee), "buddy",
                                Days.iso(e.enrolled), "", ""), "enrolments", "unknown enum value (role buddy)");
                    }
                }
            }
            report.file(out, "enrolments");
        }
    }

    /** Written with a BOM and CRLF line ends, as a spreadsheet export on Windows would be. */
    void writeMatches(Path dir, Report report) throws IOException {
        int budget = Report.budget(matches.size());
        int badAt = matches.size() / 3;
        try (CsvSink out = CsvSink.open(dir, "matches.csv", true, true, "match_id", "programme_id", "cohort",
                "mentor_id", "mentee_id", "matched_on", "ended_on")) {
            for (int k = 0; k < matches.size(); k++) {
                Match m = matches.get(k);
                Cohort cohort = COHORTS.get(m.cohort);
                String programme = PROGRAMMES.get(cohort.programme()).id();
                String mentor = staff.id(enrolments.get(m.mentor).employee);
                String mentee = staff.id(enrolments.get(m.mentee).employee);
                out.write(matchId(k), programme, cohort.name(), mentor, mentee, Days.iso(m.matchedOn),
                        Days.iso(m.endedOn));
                if (k == badAt) {
                    if (budget >= 1) {
                        report.bad(out, out.write(matchId(matches.size()), programme, cohort.name(), mentor,
                                mentee, Days.iso(m.matchedOn), Days.iso(m.matchedOn - 9)), "matches",
                                "impossible date order (ended_on before matched_on)");
                    }
                    if (budget >= 2) {
                        report.bad(out, out.write(matchId(matches.size() + 1), programme, cohort.name(), mentor,
                                mentee, "2025-02-30", ""), "matches", "bad date (matched_on 2025-02-30)");
                    }
                    if (budget >= 3) {
                        report.bad(out, out.write(matchId(matches.size() + 2), programme, cohort.name(),
                                staff.unknownId(2), mentee, Days.iso(m.matchedOn), ""), "matches",
                                "unknown employee (mentor " + staff.unknownId(2) + ")");
                    }
                }
            }
            report.file(out, "matches");
        }
    }
}
