package dev.mentorlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dev.mentorlens.metrics.LatestResponses.AttributedResponse;
import org.junit.jupiter.api.Test;

class LatestResponsesTests {

    private static Response response(String id, String respondent, String submittedAt, String localDate) {
        return new Response(id, respondent, "mentee", OffsetDateTime.parse(submittedAt).toInstant().toEpochMilli(),
                LocalDate.parse(localDate), 4, null, null);
    }

    @Test
    void keepsTheGreatestInstantNotTheGreatestLocalText() {
        LatestResponses latest = new LatestResponses();
        // 23:30-03:00 is 02:30Z the next day: later than 01:00+00:00 although its text sorts first.
        latest.accept(response("R1", "E1", "2026-10-05T23:30:00-03:00", "2026-10-06"));
        latest.accept(response("R2", "E1", "2026-10-06T01:00:00Z", "2026-10-06"));
        assertThat(latest.responses()).extracting(Response::responseId).containsExactly("R1");
    }

    @Test
    void equalInstantsKeepTheGreatestResponseIdWhateverTheOrder() {
        LatestResponses first = new LatestResponses();
        first.accept(response("R7", "E1", "2026-10-06T01:00:00Z", "2026-10-06"));
        first.accept(response("R3", "E1", "2026-10-06T01:00:00Z", "2026-10-06"));
        LatestResponses second = new LatestResponses();
        second.accept(response("R3", "E1", "2026-10-06T01:00:00Z", "2026-10-06"));
        second.accept(response("R7", "E1", "2026-10-06T01:00:00Z", "2026-10-06"));
        assertThat(first.responses()).extracting(Response::responseId).containsExactly("R7");
        assertThat(second.responses()).extracting(Response::responseId).containsExactly("R7");
    }

    @Test
    void keepsOneResponsePerRespondent() {
        LatestResponses latest = new LatestResponses();
        latest.accept(response("R1", "E1", "2026-10-01T10:00:00Z", "2026-10-01"));
        latest.accept(response("R2", "E2", "2026-10-01T10:00:00Z", "2026-10-01"));
        latest.accept(response("R3", "E1", "2026-10-02T10:00:00Z", "2026-10-02"));
        assertThat(latest.responses()).extracting(Response::responseId).containsExactlyInAnyOrder("R2", "R3");
    }

    @Test
    void cohortComesFromTheLatestEnrolmentOnOrBeforeTheSubmittedDateInAnyRole() {
        List<Enrolment> enrolments = List.of(
                new Enrolment("2025-spring", "E1", "mentee", LocalDate.parse("2025-01-10"), null),
                new Enrolment("2026-spring", "E1", "mentor", LocalDate.parse("2026-03-01"), null),
                new Enrolment("2026-autumn", "E1", "mentor", LocalDate.parse("2026-10-02"), null));
        List<AttributedResponse> attributed = LatestResponses.attribute(
                List.of(response("R1", "E1", "2026-10-01T23:30:00-03:00", "2026-10-01")), enrolments);
        assertThat(attributed).extracting(AttributedResponse::cohort).containsExactly("2026-spring");
    }

    @Test
    void aRespondentWithoutEnrolmentByThenBelongsToNoCohort() {
        List<Enrolment> enrolments = List.of(
                new Enrolment("2026-autumn", "E1", "mentee", LocalDate.parse("2026-10-02"), null));
        List<AttributedResponse> attributed = LatestResponses.attribute(
                List.of(response("R1", "E1", "2026-10-01T10:00:00Z", "2026-10-01")), enrolments);
        assertThat(attributed).extracting(AttributedResponse::cohort).containsOnlyNulls();
    }
}
