package dev.mentorlens.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.OutputFolders;
import dev.mentorlens.support.TestDatabase;
import dev.mentorlens.support.Workers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layout of the partitions changes nothing in the outputs: one partition, three on local threads,
 * and the programmes' partitions sent to one or three worker processes over RabbitMQ all publish the same
 * metrics, rejects, charts and workbooks, byte for byte.
 */
class PartitionLayoutIntegrationTests {

    private static final Path SAMPLE = Path.of("sample-data");

    @TempDir
    Path work;

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void threePartitionsOnLocalThreadsWriteWhatOnePartitionWrites(String kind) throws Exception {
        TestDatabase single = TestDatabase.create(kind, "one_partition");
        Path one = monthly(single, "one", List.of());
        TestDatabase threads = TestDatabase.create(kind, "three_threads");
        Path three = monthly(threads, "three", List.of("--mentorlens.partitions.count=3"));

        OutputFolders.assertIdentical(three, one);
        assertThat(partitionNames(single, "metricsStep")).containsExactly("metricsStep:partition0");
        assertThat(partitionNames(threads, "metricsStep")).containsExactly("metricsStep:partition0",
                "metricsStep:partition1", "metricsStep:partition2");
        assertThat(partitionNames(threads, "workbooksStep")).hasSize(3);
        // the session files are read in three partitions where the database decides them together after
        // reading (PostgreSQL); on H2 each chunk is decided against the rows before it, so by one reader
        assertThat(partitionNames(threads, "ingestSessionsStep")).hasSize(kind.equals("postgres") ? 3 : 1);
        assertThat(partitionNames(threads, "ingestSurveyResponsesStep")).hasSize(kind.equals("postgres") ? 3 : 1);
    }

    @Test
    void oneWorkerAndThreeWorkersWriteWhatOneProcessWrites() throws Exception {
        Path alone = monthly(TestDatabase.create("postgres", "one_process"), "alone", List.of());
        for (int count : new int[] {1, 3}) {
            TestDatabase db = TestDatabase.create("postgres", "workers_" + count);
            try (Workers workers = new Workers(db, work)) {
                for (int i = 0; i < count; i++) {
                    workers.start();
                }
                Path published = monthly(db, "workers-" + count, workers.remoteArgs());

                OutputFolders.assertIdentical(published, alone);
                List<String> pids = workers.started().stream().map(p -> Long.toString(p.pid())).toList();
                List<String> ran = db.jdbc().queryForList("select distinct worker from partition_worker", String.class);
                assertThat(ran).as("the workers that ran partitions").isNotEmpty()
                        .allSatisfy(worker -> assertThat(pids).contains(worker.substring(worker.lastIndexOf(':') + 1)));
                // four partitions per step in the remote profile: sessions, survey responses, metrics, workbooks
                assertThat(db.jdbc().queryForObject("select count(*) from partition_worker where finished_at is not null",
                        Integer.class)).isEqualTo(16);
            }
        }
    }

    private Path monthly(TestDatabase db, String name, List<String> settings) {
        Path output = work.resolve("out-" + name);
        List<String> args = new ArrayList<>(List.of("monthly", "--period", "2026-10", "--input", SAMPLE.toString(),
                "--output", output.toString(), "--quiet"));
        args.addAll(settings);
        CommandResult result = MentorLensCli.run(db, args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        return output.resolve("2026-10");
    }

    private static List<String> partitionNames(TestDatabase db, String step) {
        return db.jdbc().queryForList("select step_name from batch_step_execution where step_name like ?"
                + " order by step_name", String.class, step + ":%");
    }
}
