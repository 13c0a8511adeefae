package dev.mentorlens.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Keeps, per respondent, the response with the greatest submitted instant (ties: the greatest
 * response_id, so the choice does not depend on row order). Fed one response at a time, it
 * holds one response per respondent.
 */
final class LatestResponses implements Consumer<Response> {

    private final Map<String, Response> latest = new HashMap<>();

    @Override
    public void accept(Response response) {
        latest.merge(response.respondentId(), response, LatestResponses::later);
    }

    static Response later(Response a, Response b) {
        int byInstant = Long.compare(a.submittedEpochMs(), b.submittedEpochMs());
        if (byInstant != 0) {
            return byInstant > 0 ? a : b;
        }
        return a.responseId().compareTo(b.responseId()) >= 0 ? a : b;
    }

    Collection<Response> responses() {
        return new ArrayList<>(latest.values());
    }

    /**
     * The cohort of each latest response: the respondent's enrolment in the programme (any role)
     * with the latest enrolled_on on or before the submitted date; ties go to the greatest cohort
     * name. {@code null} when there is no such enrolment.
     */
    static List<AttributedResponse> attribute(Collection<Response> responses, List<Enrolment> enrolments) {
        Map<String, List<Enrolment>> byEmployee = new HashMap<>();
        enrolments.forEach(e -> byEmployee.computeIfAbsent(e.employeeId(), id -> new ArrayList<>()).add(e));
        List<AttributedResponse> attributed = new ArrayList<>();
        for (Response r : responses) {
            Enrolment best = null;
            for (Enrolment e : byEmployee.getOrDefault(r.respondentId(), List.of())) {
                if (e.enrolledOn().isAfter(r.submittedDate())) {
                    continue;
                }
                if (best == null || e.enrolledOn().isAfter(best.enrolledOn())
                        || (e.enrolledOn().equals(best.enrolledOn()) && e.cohort().compareTo(best.cohort()) > 0)) {
                    best = e;
                }
            }
            attributed.add(new AttributedResponse(r, best == null ? null : best.cohort()));
        }
        return attributed;
    }

    /** A latest response with its cohort ({@code null}: the no-cohort remainder). */
    record AttributedResponse(Response response, String cohort) {
    }
}
