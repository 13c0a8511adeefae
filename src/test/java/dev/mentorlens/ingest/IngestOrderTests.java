package dev.mentorlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IngestOrderTests {

    @Test
    void theSourcesOthersAreCheckedAgainstComeFirstAndTheSessionsBalanceTheOtherSourcesOnTwoFlows() {
        IngestOrder order = IngestOrder.of(2);

        assertThat(order.chain()).containsExactly(Source.PROGRAMMES, Source.EMPLOYEES, Source.MATCHES);
        assertThat(order.flows()).containsExactly(List.of(Source.SESSIONS),
                List.of(Source.JOB_HISTORY, Source.ENROLMENTS, Source.SURVEY_RESPONSES, Source.GOALS));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 8})
    void everySourceIsIngestedOnceAndOnlyAfterTheSourcesItIsCheckedAgainst(int flows) {
        IngestOrder order = IngestOrder.of(flows);

        List<Source> all = new ArrayList<>(order.chain());
        order.flows().forEach(all::addAll);
        assertThat(all).containsExactlyInAnyOrder(Source.values());
        assertThat(order.flows()).hasSizeLessThanOrEqualTo(flows).allSatisfy(flow -> assertThat(flow).isNotEmpty());
        for (int i = 0; i < order.chain().size(); i++) {
            assertThat(order.chain().subList(0, i)).containsAll(order.chain().get(i).references());
        }
        for (List<Source> flow : order.flows()) {
            for (Source source : flow) {
                assertThat(order.chain()).as("what %s is checked against", source).containsAll(source.references());
            }
        }
    }

    @Test
    void aSingleFlowHoldsEveryOtherSourceInSourceOrder() {
        assertThat(IngestOrder.of(1).flows()).containsExactly(List.of(Source.JOB_HISTORY, Source.ENROLMENTS,
                Source.SESSIONS, Source.SURVEY_RESPONSES, Source.GOALS));
        assertThatThrownBy(() -> IngestOrder.of(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
