package dev.mentorlens.report;

import java.util.ArrayList;
import java.util.List;

import dev.mentorlens.report.Details.RoleScores;

/**
 * Satisfaction: per group the survey measures and the 1–5 distribution of mentors and mentees (the
 * comments are on their own sheet, {@link CommentsSheet}). A suppressed group shows the marker, never a
 * number.
 */
final class SatisfactionSheet {

    private SatisfactionSheet() {
    }

    static void fill(TemplateBook book, ProgrammeData data) {
        int k = data.anonymityThreshold();
        List<List<Out>> groups = new ArrayList<>();
        for (String cohort : data.figures().keySet()) {
            groups.add(List.of(groupLabel(cohort),
                    Out.of(data.figure(cohort, "respondents"), Fmt.COUNT, k),
                    Out.of(data.figure(cohort, "response_rate"), Fmt.PERCENT, k),
                    Out.of(data.figure(cohort, "satisfaction_mean"), Fmt.SCORE, k),
                    Out.ciLow(data.figure(cohort, "satisfaction_mean"), Fmt.SCORE),
                    Out.ciHigh(data.figure(cohort, "satisfaction_mean"), Fmt.SCORE),
                    Out.of(data.figure(cohort, "satisfaction_mean_mentor"), Fmt.SCORE, k),
                    Out.of(data.figure(cohort, "satisfaction_mean_mentee"), Fmt.SCORE, k),
                    Out.of(data.figure(cohort, "nps"), Fmt.WHOLE, k)));
        }
        TemplateTable table = book.table("satisfaction_table");
        int last = table.write(groups);

        List<List<Out>> roles = new ArrayList<>();
        for (RoleScores scores : data.details().scores()) {
            List<Out> row = new ArrayList<>();
            row.add(Out.label(scores.role().equals("mentor") ? "Mentors" : "Mentees"));
            if (scores.suppressed() || scores.respondents() < k) {
                row.add(Out.suppressed(k));
            } else {
                row.add(Out.count(scores.respondents()));
                for (int count : scores.counts()) {
                    row.add(Out.number((double) count / scores.respondents(), Fmt.PERCENT));
                }
            }
            roles.add(row);
        }
        book.table("distribution_table").write(roles);

        // one autofilter per sheet: on the group table, set last so the rows it spans are final
        table.freezeAndFilter(last);
    }

    static Out groupLabel(String cohort) {
        return ProgrammeData.ALL.equals(cohort) ? Out.label("Whole programme") : Out.input(cohort);
    }
}
