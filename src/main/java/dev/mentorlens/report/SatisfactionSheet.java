package dev.mentorlens.report;

import java.util.ArrayList;
import java.util.List;

import dev.mentorlens.report.Details.Comment;
import dev.mentorlens.report.Details.RoleScores;

/**
 * Satisfaction: per group the survey measures, the 1–5 distribution of mentors and mentees, and the
 * comments of groups large enough to show them. A suppressed group shows the marker, never a number,
 * and its comments are left out even if the list handed in had them.
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

        List<List<Out>> comments = new ArrayList<>();
        for (Comment comment : data.details().comments()) {
            if (commentsShown(data, comment.cohort())) {
                comments.add(List.of(groupLabel(comment.cohort()), Out.input(comment.text())));
            }
        }
        book.table("comments_table").write(comments);
        // one autofilter per sheet: on the group table, set last so the rows it spans are final
        table.freezeAndFilter(last);
    }

    static Out groupLabel(String cohort) {
        return ProgrammeData.ALL.equals(cohort) ? Out.label("Whole programme") : Out.input(cohort);
    }

    private static boolean commentsShown(ProgrammeData data, String cohort) {
        Figure respondents = data.figure(cohort, "respondents");
        return respondents != null && !respondents.suppressed() && respondents.value() != null
                && respondents.value() >= data.commentThreshold();
    }
}
