package dev.mentorlens.sampledata;

import static dev.mentorlens.sampledata.Days.LAST_DAY;
import static dev.mentorlens.sampledata.Days.NONE;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * The goals pairs set themselves, one file per year of {@code set_on}: a few goals per match, set in
 * its first weeks, most with a due date; engaged pairs achieve more of theirs. Titles include a
 * comma, quotes, a line break and text that looks like a formula.
 */
final class Goals {

    private static final String[] TITLES = {"Lead a cross-team project", "Present at the all-hands",
        "Finish the cloud certification", "Build a network outside Engineering, Sales and Finance",
        "Own the \"quarterly planning\" deck", "Write a blog post\nand share it internally",
        "=SUM(A1:A3) budget review", "Mentor a new joiner", "Negotiate a stretch assignment",
        "Improve public speaking"};
    private static final int[] GOALS_PER_MATCH_WEIGHTS = {1, 3, 4, 3};

    private final Workforce staff;
    private final Mentoring mentoring;

    Goals(Workforce staff, Mentoring mentoring) {
        this.staff = staff;
        this.mentoring = mentoring;
    }

    void write(Path dir, Report report) throws IOException {
        String[] header = {"goal_id", "match_id", "set_on", "due_on", "achieved_on", "title"};
        int goal = 0;
        String[] repeat = null;
        try (CsvSink first = CsvSink.open(dir, "goals-2025.csv", false, false, header);
                CsvSink second = CsvSink.open(dir, "goals-2026.csv", false, false, header)) {
            for (int k = 0; k < mentoring.matches.size(); k++) {
                Mentoring.Match m = mentoring.matches.get(k);
                SplittableRandom r = Rand.of(staff.seed, 21, k, 0);
                int count = Rand.weighted(r, GOALS_PER_MATCH_WEIGHTS);
                boolean engaged = m.sessionsBeforeDormant == Integer.MAX_VALUE;
                for (int j = 0; j < count; j++) {
                    int set = m.matchedOn + 7 + r.nextInt(35);
                    int due = Rand.chance(r, 0.8) ? set + 60 + r.nextInt(150) : NONE;
                    int achieved = Rand.chance(r, engaged ? 0.55 : 0.2) ? set + 20 + r.nextInt(200) : NONE;
                    String title = TITLES[r.nextInt(TITLES.length)];
                    if (set > LAST_DAY || (m.endedOn != NONE && set > m.endedOn)) {
                        continue;
                    }
                    String[] row = {String.format("G%06d", ++goal), mentoring.matchId(k), Days.iso(set), Days.iso(due),
                        achieved > LAST_DAY ? "" : Days.iso(achieved), title};
                    CsvSink out = Days.date(set).getYear() <= 2025 ? first : second;
                    out.write(row);
                    if (repeat == null && out == first) {
                        repeat = row;
                    }
                }
            }
            int budget = Report.budget(goal);
            writeBadRows(first, report, budget);
            if (repeat != null && budget >= 2) {
                report.duplicate(second, second.write(repeat), "goals", "identical repeat of " + repeat[0]
                        + " from goals-2025.csv");
            }
            report.file(first, "goals");
            report.file(second, "goals");
        }
    }

    /** After the valid goals of 2025: about 1 % of the goals' rows, as in the other sources. */
    private void writeBadRows(CsvSink out, Report report, int budget) throws IOException {
        Mentoring.Match m = mentoring.matches.get(mentoring.matches.size() / 2);
        int set = m.matchedOn + 10;
        String match = mentoring.matchId(mentoring.matches.size() / 2);
        if (budget >= 1) {
            report.bad(out, out.write("G900001", match, Days.iso(set), Days.iso(set - 3), "",
                    "Plan the next quarter"), "goals", "impossible date order (due_on before set_on)");
        }
        if (budget >= 2) {
            report.bad(out, out.write("G900002", "M99999", Days.iso(set), "", "", "Shadow a director"), "goals",
                    "unknown match (M99999)");
        }
    }
}
