package dev.mentorlens.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class ProgrammePartitionerTests {

    @Test
    void dealsTheProgrammesInTurnIntoAtMostTheGridSize() {
        Map<String, ExecutionContext> partitions = new ProgrammePartitioner(() -> List.of("a", "b", "c", "d", "e"))
                .partition(3);

        assertThat(partitions.keySet()).containsExactly("partition0", "partition1", "partition2");
        assertThat(partitions.values()).extracting(context -> context.getString(ProgrammePartitioner.PROGRAMMES))
                .containsExactly("a,d", "b,e", "c");
    }

    @Test
    void makesNoEmptyPartitionsButAlwaysOne() {
        assertThat(new ProgrammePartitioner(() -> List.of("a", "b")).partition(4)).hasSize(2);
        Map<String, ExecutionContext> none = new ProgrammePartitioner(List::of).partition(4);
        assertThat(none).hasSize(1);
        assertThat(ProgrammePartitioner.programmesOf(none.get("partition0").getString(ProgrammePartitioner.PROGRAMMES)))
                .isEmpty();
        assertThat(ProgrammePartitioner.programmesOf("a,b")).containsExactly("a", "b");
    }

    @Test
    void aPartitionRequestTravelsAsTextAndNothingElseIsTakenForOne() {
        PartitionRequest request = new PartitionRequest("0.1.0+20261201T000000Z", "metricsPartitionStep", 42);

        assertThat(PartitionRequest.parse(request.text())).isEqualTo(request);
        for (String text : List.of("", "hello", "mentorlens-partition release=1 step=s",
                "mentorlens-partition release=1 step=s stepExecution=x",
                "mentorlens-partition release= step=s stepExecution=1",
                "other release=1 step=s stepExecution=1")) {
            assertThatThrownBy(() -> PartitionRequest.parse(text)).as(text)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Not a partition request");
        }
    }
}
