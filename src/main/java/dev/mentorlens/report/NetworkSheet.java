package dev.mentorlens.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.mentorlens.report.ReportRepository.BridgeRow;
import dev.mentorlens.report.ReportRepository.Person;

/** Network: the reach measures, the top bridges (with where they sit) and whether betweenness was estimated. */
final class NetworkSheet {

    private NetworkSheet() {
    }

    static void fill(TemplateBook book, Map<String, Figure> figures, List<BridgeRow> bridges, boolean estimated) {
        book.put("betweenness_note", Out.label(estimated
                ? "Betweenness was estimated by sampling (the network is large): the ranking of bridges is"
                        + " approximate."
                : "Betweenness was computed exactly. A higher value means more shortest paths pass through the"
                        + " person."));
        List<List<Out>> rows = new ArrayList<>();
        for (String metric : Measure.NETWORK) {
            Measure measure = Measure.of(metric);
            rows.add(List.of(Out.label(measure.label()), Out.of(figures.get(metric), measure.fmt(), 0),
                    Out.label(measure.meaning())));
        }
        TemplateTable table = book.table("network_table");
        int last = table.write(rows);
        List<List<Out>> top = new ArrayList<>();
        for (BridgeRow bridge : bridges) {
            List<Out> row = new ArrayList<>(List.of(Out.count(bridge.rank()), Out.input(bridge.employeeId())));
            row.addAll(whereTheySit(bridge.person()));
            row.add(Out.number(bridge.betweenness(), Fmt.CI));
            top.add(row);
        }
        book.table("bridges_table").write(top);
        table.freezeAndFilter(last);
    }

    /** Department, job level and manager of a person: whom to talk to and through whom. */
    static List<Out> whereTheySit(Person person) {
        Person known = person == null ? Person.UNKNOWN : person;
        return List.of(known.department() == null ? Out.label("") : Out.input(known.department()),
                Out.number(known.jobLevel() == null ? null : known.jobLevel().doubleValue(), Fmt.COUNT),
                known.managerId() == null ? Out.label("") : Out.input(known.managerId()));
    }
}
