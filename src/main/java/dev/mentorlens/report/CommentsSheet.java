package dev.mentorlens.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.mentorlens.report.Details.Comment;
import org.apache.poi.ss.usermodel.Row;

/**
 * Comments: each published comment once, in a wide wrapped column with rows as tall as their text.
 * The stored lists hold the whole programme's comments and, when cohorts may be shown apart, each
 * cohort's again; here a comment goes under its cohort and the whole programme keeps only the rest.
 * Cohorts are shown apart only when every cohort reaches the comment threshold, so that no list of a
 * group below it can be told apart (the whole programme's list minus the cohorts' would give it away).
 */
final class CommentsSheet {

    static final String WHOLE_PROGRAMME = "Whole programme";
    static final String REST = "Not in a cohort above";
    /** Points a wrapped line of the data font takes, with a little room so that lines never overlap. */
    private static final float LINE_POINTS = 13.5f;
    private static final float MAX_ROW_POINTS = 409f;

    private CommentsSheet() {
    }

    static void fill(TemplateBook book, ProgrammeData data) {
        List<List<Out>> rows = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Comment comment : listed(data)) {
            rows.add(List.of(label(comment.cohort()), Out.input(comment.text())));
            texts.add(comment.text());
        }
        TemplateTable table = book.table("comments_table");
        table.freezeAndFilter(table.write(rows));
        int textColumn = table.firstCol() + 1;
        int charsPerLine = Math.max(10, table.sheet().getColumnWidth(textColumn) / 256 - 1);
        for (int i = 0; i < texts.size(); i++) {
            Row row = table.sheet().getRow(table.headerRow() + 1 + i);
            row.setHeightInPoints(Math.min(MAX_ROW_POINTS, lines(texts.get(i), charsPerLine) * LINE_POINTS + 2));
        }
    }

    /** The comments to list, each once, with the group they are listed under ({@link #REST} for the rest). */
    static List<Comment> listed(ProgrammeData data) {
        Map<String, List<String>> byGroup = new LinkedHashMap<>();
        for (Comment comment : data.details().comments()) {
            byGroup.computeIfAbsent(comment.cohort(), g -> new ArrayList<>()).add(comment.text());
        }
        List<String> cohorts = data.figures().keySet().stream().filter(c -> !ProgrammeData.ALL.equals(c)).toList();
        boolean apart = !cohorts.isEmpty() && cohorts.stream().allMatch(c -> shown(data, c))
                && cohorts.stream().anyMatch(byGroup::containsKey);
        boolean wholeShown = shown(data, ProgrammeData.ALL);
        List<Comment> listed = new ArrayList<>();
        if (!apart) {
            if (wholeShown) {
                byGroup.getOrDefault(ProgrammeData.ALL, List.of())
                        .forEach(text -> listed.add(new Comment(ProgrammeData.ALL, text)));
            }
            return listed;
        }
        Map<String, Integer> inCohorts = new HashMap<>();
        for (String cohort : cohorts) {
            for (String text : byGroup.getOrDefault(cohort, List.of())) {
                listed.add(new Comment(cohort, text));
                inCohorts.merge(text, 1, Integer::sum);
            }
        }
        if (wholeShown) {
            for (String text : byGroup.getOrDefault(ProgrammeData.ALL, List.of())) {
                if (inCohorts.getOrDefault(text, 0) > 0) {
                    inCohorts.merge(text, -1, Integer::sum);
                } else {
                    listed.add(new Comment(REST, text));
                }
            }
        }
        return listed;
    }

    /** Whether a group has a shown respondent count that reaches the comment threshold. */
    static boolean shown(ProgrammeData data, String cohort) {
        Figure respondents = data.figure(cohort, "respondents");
        return respondents != null && !respondents.suppressed() && respondents.value() != null
                && respondents.value() >= data.commentThreshold();
    }

    /** Lines the text takes when wrapped at {@code charsPerLine}, counting its own line breaks. */
    static int lines(String text, int charsPerLine) {
        int lines = 0;
        for (String line : text.split("\r\n|\r|\n", -1)) {
            lines += Math.max(1, (line.length() + charsPerLine - 1) / charsPerLine);
        }
        return lines;
    }

    private static Out label(String group) {
        if (REST.equals(group)) {
            return Out.label(REST);
        }
        return ProgrammeData.ALL.equals(group) ? Out.label(WHOLE_PROGRAMME) : Out.input(group);
    }
}
