package dev.mentorlens.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.mentorlens.ingest.IngestFiles;
import dev.mentorlens.ingest.InputFolder;
import dev.mentorlens.storage.PrivateFiles;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.SerializationFeature;

/**
 * Writes {@code manifest.json} (every output and input file with its sha256, and the job execution
 * id) into the staging folder, then publishes the folder as the period's outputs in one rename. A run
 * of one programme keeps the other programmes' folders of the published period.
 */
final class PublishTasklet implements Tasklet {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final JdbcTemplate jdbc;
    private final OutputFolders folders;
    private final String period;
    private final String programme;

    PublishTasklet(JdbcTemplate jdbc, OutputFolders folders, String period, String programme) {
        this.jdbc = jdbc;
        this.folders = folders;
        this.period = period;
        this.programme = programme;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Path staging = folders.staging(period);
        folders.claimStaging(period, contribution.getStepExecution().getJobExecutionId());
        if (!MonthlyParameters.ALL_PROGRAMMES.equals(programme)) {
            folders.keepOtherProgrammes(period);
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("period", period);
        manifest.put("programme", programme);
        manifest.put("job_execution_id", contribution.getStepExecution().getJobExecutionId());
        manifest.put("outputs", outputs(staging));
        manifest.put("inputs", inputs());
        try {
            try (OutputStream out = PrivateFiles.newOutputStream(staging.resolve("manifest.json"))) {
                JSON.writeValue(out, manifest);
            }
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(new IOException("Cannot write manifest.json: " + e.getMessage(), e));
        }
        PrivateFiles.restrictTree(staging);
        folders.publish(period);
        return RepeatStatus.FINISHED;
    }

    private static List<Map<String, String>> outputs(Path staging) {
        List<Map<String, String>> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(staging)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = staging.relativize(file).toString().replace('\\', '/');
                if (!relative.equals("manifest.json")) {
                    files.add(Map.of("path", relative, "sha256", InputFolder.sha256(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The inputs as the plan step hashed them, so the files are not read a second time. */
    private List<Map<String, String>> inputs() {
        return new IngestFiles(jdbc).files().stream()
                .map(f -> Map.of("source", f.source().id(), "file", f.name(), "sha256", f.sha256())).toList();
    }
}
