package dev.mentorlens.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;

import static dev.mentorlens.sampledata.Days.NONE;

/** Two pulse-survey waves, one file each, streamed day by day. */
final class Surveys {

    record Wave(String surveyId, String file, int opens, int days, List<String> specialComments) {
    }

    /**
     * The second wave sits inside the 3-month satisfaction window that ends 2026-10-31. The special
     * comments exercise CSV quoting and formula-injection handling; each appears exactly once.
     */
    static final List<Wave> WAVES = List.of(
            new Wave("pulse-2025-06", "survey_responses-2025.csv", Days.of(2025, 6, 9), 21,
                    List.of("Great start.\nSecond thought: please share the agenda before each session.")),
            new Wave("pulse-2026-09", "survey_responses-2026.csv", Days.of(2026, 9, 14), 28,
                    List.of("=SUM(A1:A3) is roughly how many times we met, which is fine",
                            "@HR team: please open the next cohort earlier",
                            "Line one: useful.\nLine two: \"flexible\" scheduling, please,\nand more in person.",
                            "+1 for the kick-off workshop")));

    private static final String[] COMMENTS = {
        "Helpful sessions, clear goals, good follow-up.",
        "My mentor asked \"what would you do if you weren't afraid?\" and it stuck with me.",
        "Too few sessions; our calendars kept clashing.",
        "Très bien organisé, merci à l'équipe RH !",
        "Gut strukturiert, aber zu kurz.",
        "Learned a lot about stakeholder management",
        "Não tivemos tempo suficiente, mas valeu a pena.",
        "Pairing across departments was the best part 🙌",
        "Honestly, I expected more structure",
        "Good, though sessions were often moved, shortened, or cancelled",
        "Zürich office has no quiet rooms for this",
        "I'd sign up again",
        "ok",
    };
    private static final String[] HEADER = {"response_id", "survey_id", "programme_id", "respondent_id", "role",
            "submitted_at", "satisfaction", "nps", "comment"};
    private static final double[] PROGRAMME_LIFT = {0.0, 0.25, 0.3, -0.1};

    private record Pending(long instant, int enrolment, String[] row) {
    }

    private final Workforce staff;
    private final Mentoring mentoring;
    private String idFormat = "R%06d";

    Surveys(Workforce staff, Mentoring mentoring) {
        this.staff = staff;
        this.mentoring = mentoring;
    }

    void write(Path dir, Report report) throws IOException {
        int enrolments = mentoring.enrolments.size();
        int[][] first = new int[WAVES.size()][];
        int[][] second = new int[WAVES.size()][];
        long total = 0;
        for (int w = 0; w < WAVES.size(); w++) {
            first[w] = new int[enrolments];
            second[w] = new int[enrolments];
            total += plan(w, first[w], second[w]);
        }
        idFormat = "R%0" + Math.max(6, String.valueOf(total * 2).length()) + "d";
        int budget = Report.budget(total);
        long[] sequence = {0};
        String[] firstResponse = null;
        for (int w = 0; w < WAVES.size(); w++) {
            Wave wave = WAVES.get(w);
            Deque<String> specials = new ArrayDeque<>(wave.specialComments());
            List<Pending> today = new ArrayList<>();
            String[] last = null;
            boolean badDone = false;
            try (CsvSink out = CsvSink.open(dir, wave.file(), false, false, HEADER)) {
                for (int day = wave.opens(); day <= wave.opens() + wave.days() + 10; day++) {
                    today.clear();
                    for (int e = 0; e < enrolments; e++) {
                        if (first[w][e] == day) {
                            today.add(response(w, e, 0, day, specials));
                        }
                        if (second[w][e] == day) {
                            today.add(response(w, e, 1, day, specials));
                        }
                    }
                    today.sort(Comparator.comparingLong(Pending::instant).thenComparingInt(Pending::enrolment));
                    for (Pending p : today) {
                        p.row()[0] = String.format(idFormat, ++sequence[0]);
                        out.write(p.row());
                        last = p.row();
                        if (firstResponse == null) {
                            firstResponse = p.row();
                        }
                    }
                    if (!badDone && last != null && day >= wave.opens() + 5) {
                        badDone = true;
                        writeBad(w, out, report, budget, last, firstResponse, sequence);
                    }
                }
                report.file(out, "survey_responses");
            }
        }
    }

    private void writeBad(int w, CsvSink out, Report report, int budget, String[] last, String[] firstResponse,
                          long[] sequence) throws IOException {
        if (w == 0) {
            if (budget >= 1) {
                String[] row = last.clone();
                row[0] = String.format(idFormat, ++sequence[0]);
                row[6] = "6";
                report.bad(out, out.write(row), "survey_responses", "out-of-range value (satisfaction 6)");
            }
            if (budget >= 4) {
                String[] row = last.clone();
                row[0] = String.format(idFormat, ++sequence[0]);
                row[4] = "coach";
                report.bad(out, out.write(row), "survey_responses", "unknown enum value (role coach)");
            }
            return;
        }
        if (budget >= 2) {
            String[] row = firstResponse.clone();
            row[6] = row[6].equals("5") ? "4" : "5";
            report.bad(out, out.write(row), "survey_responses",
                    "conflicting key repeat (" + row[0] + " from survey_responses-2025.csv)");
        }
        if (budget >= 3) {
            String[] row = last.clone();
            row[0] = String.format(idFormat, ++sequence[0]);
            row[3] = staff.unknownId(4);
            report.bad(out, out.write(row), "survey_responses", "unknown employee (respondent " + row[3] + ")");
        }
        if (budget >= 5) {
            String[] row = last.clone();
            row[0] = String.format(idFormat, ++sequence[0]);
            row[7] = "8.5";
            report.bad(out, out.write(row), "survey_responses", "value does not parse (nps 8.5)");
        }
    }

    /** Decides who answers a wave and when; returns the number of responses. */
    private long plan(int w, int[] first, int[] second) {
        Wave wave = WAVES.get(w);
        Arrays.fill(first, NONE);
        Arrays.fill(second, NONE);
        long count = 0;
        for (int e = 0; e < first.length; e++) {
            Mentoring.Enrolment en = mentoring.enrolments.get(e);
            int term = staff.term[en.employee];
            if (en.enrolled > wave.opens() - 21 || en.exited <= wave.opens() || term <= wave.opens()) {
                continue;
            }
            SplittableRandom r = Rand.of(staff.seed, 30 + w, e, 99);
            if (!Rand.chance(r, en.mentor ? 0.75 : 0.7)) {
                continue;
            }
            int day = wave.opens() + (int) (wave.days() * Math.pow(r.nextDouble(), 1.7));
            if (day >= term) {
                continue;
            }
            first[e] = day;
            count++;
            if (Rand.chance(r, 0.06)) {
                int again = day + 1 + r.nextInt(8);
                if (again < term) {
                    second[e] = again;
                    count++;
                }
            }
        }
        return count;
    }

    private Pending response(int w, int e, int which, int day, Deque<String> specials) {
        Mentoring.Enrolment en = mentoring.enrolments.get(e);
        SplittableRandom r = Rand.of(staff.seed, 30 + w, e, which);
        double mean = (en.mentor ? 4.2 : 3.9) + PROGRAMME_LIFT[en.programme()]
                + (en.engagement == Mentoring.DORMANT ? -1.3 : en.engagement == Mentoring.UNMATCHED ? -0.9 : 0);
        int satisfaction = (int) Math.max(1, Math.min(5, Math.round(mean + r.nextGaussian() * 0.85)));
        String nps = "";
        if (!Rand.chance(r, 0.12)) {
            nps = Long.toString(Math.max(0, Math.min(10, Math.round(satisfaction * 2.1 - 0.8 + r.nextGaussian()))));
        }
        String comment = "";
        if (Rand.chance(r, 0.3)) {
            comment = specials.isEmpty() ? COMMENTS[r.nextInt(COMMENTS.length)] : specials.poll();
        }
        LocalTime time = LocalTime.of(7, 0).plusSeconds(r.nextInt(15 * 3600));
        ZonedDateTime at = ZonedDateTime.of(Days.date(day), time, staff.zone(en.employee));
        String[] row = {null, WAVES.get(w).surveyId(), Mentoring.PROGRAMMES.get(en.programme()).id(),
                staff.id(en.employee), en.mentor ? "mentor" : "mentee", Sessions.TIMESTAMP.format(at),
                Integer.toString(satisfaction), nps, comment};
        return new Pending(at.toEpochSecond(), e, row);
    }
}
