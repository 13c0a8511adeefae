package dev.mentorlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.mentorlens.metrics.ActivationMetrics.Activation;
import dev.mentorlens.metrics.LatestResponses.AttributedResponse;
import org.junit.jupiter.api.Test;

/**
 * Breakdowns as a security feature: every cell under anonymity, counts included, and no hidden
 * cell can be recovered by subtracting the shown cells of its attribute from the programme's total.
 */
class BreakdownMetricsTests {

    private static final LocalDate D = LocalDate.parse("2026-10-31");
    private static final LocalDate ENROLLED = LocalDate.parse("2026-01-10");
    private static final int K = 5;

    /** 7 women, 6 men, 2 non-binary, 1 without gender; generation A for all but two. */
    private final Map<String, Map<String, String>> attributes = new HashMap<>();
    private final Map<String, LocalDate> mentees = new java.util.TreeMap<>();
    private final List<Employee> employees = new ArrayList<>();
    private final List<AttributedResponse> responses = new ArrayList<>();

    BreakdownMetricsTests() {
        add("W", 7, "woman", 5);
        add("M", 6, "man", 2);
        add("N", 2, "non-binary", 1);
        add("X", 1, null, 1);
        attributes.get("W1").remove("generation");
        attributes.get("M1").remove("generation");
        // M3's latest answer was given as a mentor: not a mentee answer.
        responses.add(new AttributedResponse(new Response("r-M3", "M3", Enrolment.MENTOR, 1, D, 1, null, null), null));
    }

    private void add(String prefix, int count, String gender, int answering) {
        for (int i = 1; i <= count; i++) {
            String id = prefix + i;
            mentees.put(id, ENROLLED);
            Map<String, String> values = new HashMap<>();
            if (gender != null) {
                values.put("gender", gender);
            }
            values.put("generation", "A");
            attributes.put(id, values);
            employees.add(new Employee(id, "Sales", LocalDate.parse("2020-01-01"), null, null, List.of()));
            if (i <= answering) {
                responses.add(new AttributedResponse(new Response("r-" + id, id, Enrolment.MENTEE, 1, D, 4, null,
                        null), null));
            }
        }
    }

    private List<BreakdownRow> breakdowns() {
        Activation activation = new Activation(mentees, Map.of("W1", ENROLLED, "M1", ENROLLED), Map.of("W1", ENROLLED));
        return BreakdownMetrics.of("2026-10", Programme.of("p", 30, List.of(), List.of()), D,
                List.of("gender", "generation"), attributes, activation, responses, new Workforce(employees), K);
    }

    @Test
    void writesAttributesAsListedValuesInOrderAndEveryMetric() {
        assertThat(breakdowns()).extracting(r -> r.attribute() + "=" + r.attributeValue()).containsSubsequence(
                "gender=man", "gender=non-binary", "gender=woman", "generation=A").hasSize(4 * 6);
        assertThat(breakdowns()).filteredOn(r -> r.attributeValue().equals("woman")).extracting(BreakdownRow::metric)
                .containsExactlyElementsOf(BreakdownMetrics.METRICS);
    }

    @Test
    void hidesSmallValuesAndTheNextSmallestWhenTheRemainderWouldGiveThemAway() {
        Map<String, Set<String>> hidden = breakdowns().stream().filter(BreakdownRow::suppressed).collect(
                Collectors.groupingBy(BreakdownRow::metric,
                        Collectors.mapping(r -> r.attribute() + "=" + r.attributeValue(), Collectors.toSet())));

        // non-binary (2) + the mentee without gender (1) = 3 < 5: man (6) is hidden too.
        assertThat(hidden.get("mentees")).containsExactlyInAnyOrder("gender=man", "gender=non-binary", "generation=A");
        // Mentee answers: man 2, non-binary 1, no gender 1 hidden (4 < 5), so woman (5) is hidden as well.
        assertThat(hidden.get("satisfaction_mean")).containsExactlyInAnyOrder("gender=man", "gender=non-binary",
                "gender=woman", "generation=A");
        assertThat(breakdowns()).filteredOn(r -> r.suppressed())
                .allSatisfy(r -> assertThat(r.value()).isNull())
                .allSatisfy(r -> assertThat(r.n()).isNull());
    }

    @Test
    void noHiddenCellIsTheTotalMinusTheShownCells() {
        List<BreakdownRow> rows = breakdowns();
        for (String attribute : List.of("gender", "generation")) {
            for (String metric : BreakdownMetrics.METRICS) {
                // The unknowns of a line: its hidden cells holding someone, and the mentees without a value.
                List<Long> unknown = new ArrayList<>();
                for (BreakdownRow row : rows) {
                    if (row.attribute().equals(attribute) && row.metric().equals(metric) && row.suppressed()) {
                        long n = trueN(attribute, row.attributeValue(), metric);
                        if (n > 0) {
                            unknown.add(n);
                        }
                    }
                }
                long remainder = trueN(attribute, null, metric);
                if (remainder > 0) {
                    unknown.add(remainder);
                }
                assertThat(unknown.size()).as(attribute + " " + metric + ": a lone unknown is total minus shown")
                        .isNotEqualTo(1);
                if (!unknown.isEmpty()) {
                    assertThat(unknown.stream().mapToLong(Long::longValue).sum()).as(attribute + " " + metric)
                            .isGreaterThanOrEqualTo(K);
                }
            }
        }
    }

    /** The n behind a cell, counted from the inputs: mentees, or their mentee answers for satisfaction. */
    private long trueN(String attribute, String value, String metric) {
        Set<String> answered = responses.stream().filter(r -> r.response().role().equals(Enrolment.MENTEE))
                .map(r -> r.response().respondentId()).collect(Collectors.toSet());
        return mentees.keySet().stream()
                .filter(id -> java.util.Objects.equals(attributes.get(id).get(attribute), value))
                .filter(id -> !metric.equals("satisfaction_mean") || answered.contains(id)).count();
    }
}
