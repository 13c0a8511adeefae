package dev.mentorlens.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.mentorlens.report.Glance.Area;
import dev.mentorlens.report.Glance.Change;
import dev.mentorlens.report.OrganisationData.ProgrammeRow;

/**
 * At a glance, the first sheet of the organisation workbook: per programme the status of each area and
 * its first next step, the measures that changed most across programmes, and the verdicts on outcomes.
 */
final class OrganisationGlanceSheet {

    private OrganisationGlanceSheet() {
    }

    static void fill(TemplateBook book, OrganisationData data, TargetSettings targets) {
        int k = data.anonymityThreshold();
        book.put("glance_period", Out.label(data.period()));
        List<List<Out>> statuses = new ArrayList<>();
        List<List<Out>> verdicts = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        List<String> changeNames = new ArrayList<>();
        for (ProgrammeRow programme : data.programmes()) {
            String name = programme.stale() ? programme.name() + " " + OrganisationWorkbook.STALE_NOTE
                    : programme.name();
            Glance glance = Glance.of(Map.of(ProgrammeData.ALL, programme.now()), programme.lastMonth(),
                    targets.of(programme.programmeId()), k, programme.format());
            List<Out> row = new ArrayList<>(List.of(Out.input(name)));
            for (Area area : glance.areas()) {
                row.add(Out.label(area.status().text()));
            }
            row.add(Out.label(glance.actions().get(0).text()));
            statuses.add(row);
            verdicts.add(List.of(Out.input(name),
                    Out.label(glance.promotionStatus().worst(glance.retentionStatus()).text()),
                    Out.label("Promotions: " + glance.promotion() + ". Retention: " + glance.retention() + ".")));
            for (Change change : glance.changes()) {
                changes.add(change);
                changeNames.add(programme.name());
            }
        }
        TemplateTable table = book.table("status_table");
        int last = table.write(statuses);
        GlanceSheet.colourStatuses(book, table, last, 1, 2, 3, 4);
        GlanceSheet.fitHeights(table, last, 5);
        GlanceSheet.fitHeights(table, last, 0);
        List<List<Out>> top = new ArrayList<>();
        for (int i : Glance.largest(changes, 3)) {
            top.addAll(GlanceSheet.changes(List.of(changes.get(i)), changeNames.get(i) + ": ", k, false));
        }
        TemplateTable changeTable = book.table("changes_table");
        GlanceSheet.fitHeights(changeTable, changeTable.write(top), 0);
        TemplateTable verdictTable = book.table("verdicts_table");
        last = verdictTable.write(verdicts);
        GlanceSheet.colourStatuses(book, verdictTable, last, 1);
        GlanceSheet.mergeAndFit(verdictTable, last, 2, 5);
    }
}
