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
 * of one programme keeps the other programmes' folders of the published period; the manifest records
 * per programme folder which inputs it was computed from and lists as stale those computed from other
 * inputs than this run's. The inputs are taken as the plan step hashed them, so no file is read again.
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
        this.programme = programme == null ? MonthlyParameters.ALL_PROGRAMMES : programme;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Path staging = folders.staging(period);
        long executionId = contribution.getStepExecution().getJobExecutionId();
        folders.claimStaging(period, executionId);
        recoverInterruptedPublish();
        List<InputFolder.InputFile> inputFiles = new IngestFiles(jdbc).files();
        String currentInputs = ProgrammeInputs.fingerprint(inputFiles);
        Path published = folders.published(period);
        List<ProgrammeInputs.Computed> stale = ProgrammeInputs.stale(published, programme, currentInputs);
        Map<String, ProgrammeInputs.Computed> computed = Map.of();
        if (!MonthlyParameters.ALL_PROGRAMMES.equals(programme)) {
            computed = ProgrammeInputs.recorded(published);
            folders.keepOtherProgrammes(period);
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("period", period);
        manifest.put("programme", programme);
        manifest.put("job_execution_id", executionId);
        manifest.put("outputs", outputs(staging));
        manifest.put("inputs", inputs(inputFiles));
        manifest.put("inputs_sha256", currentInputs);
        manifest.put("programmes", programmes(staging, computed, currentInputs, executionId));
        manifest.put("stale_programmes", stale.stream().map(PublishTasklet::staleEntry).toList());
        try {
            try (OutputStream out = PrivateFiles.newOutputStream(staging.resolve("manifest.json"))) {
                JSON.writeValue(out, manifest);
            }
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(new IOException("Cannot write manifest.json: " + e.getMessage(), e));
        }
        PrivateFiles.restrictTree(staging);
        folders.publish(period);
        contribution.getStepExecution().getJobExecution().getExecutionContext().putString(RunSummary.STALE_KEY,
                RunSummary.staleNotice(period, stale.stream().map(ProgrammeInputs.Computed::programme).toList()));
        return RepeatStatus.FINISHED;
    }

    private void recoverInterruptedPublish() {
        try {
            folders.recoverInterruptedPublish(period);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clean up after an interrupted publish of " + period + " in "
                    + folders.published(period).getParent() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Per programme folder that will be published: the inputs it was computed from. Folders this run
     * wrote come from the current inputs; folders kept from the published period keep their record.
     */
    private List<Map<String, Object>> programmes(Path staging, Map<String, ProgrammeInputs.Computed> recorded,
            String currentInputs, long executionId) {
        List<Map<String, Object>> programmes = new ArrayList<>();
        for (String name : ProgrammeInputs.programmeFolders(staging)) {
            boolean writtenNow = MonthlyParameters.ALL_PROGRAMMES.equals(programme) || programme.equals(name);
            ProgrammeInputs.Computed from = writtenNow ? new ProgrammeInputs.Computed(name, currentInputs, executionId)
                    : recorded.getOrDefault(name, new ProgrammeInputs.Computed(name, null, null));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("programme", name);
            entry.put("inputs_sha256", from.inputsSha256());
            entry.put("job_execution_id", from.jobExecutionId());
            programmes.add(entry);
        }
        return programmes;
    }

    private static Map<String, Object> staleEntry(ProgrammeInputs.Computed computed) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("programme", computed.programme());
        entry.put("computed_from_inputs_of_run", computed.jobExecutionId());
        entry.put("inputs_sha256", computed.inputsSha256());
        entry.put("reason", ProgrammeInputs.STALE_REASON);
        return entry;
    }

    /** The input files by source, then name, each with its keys in a fixed order: the same inputs, the same text. */
    static List<Map<String, String>> inputs(List<InputFolder.InputFile> files) {
        return files.stream()
                .sorted(java.util.Comparator.comparing((InputFolder.InputFile f) -> f.source().id())
                        .thenComparing(InputFolder.InputFile::name))
                .map(f -> {
                    Map<String, String> entry = new LinkedHashMap<>();
                    entry.put("source", f.source().id());
                    entry.put("file", f.name());
                    entry.put("sha256", f.sha256());
                    return entry;
                }).toList();
    }

    private static List<Map<String, String>> outputs(Path staging) {
        List<Map<String, String>> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(staging)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = staging.relativize(file).toString().replace('\\', '/');
                if (!relative.equals("manifest.json")) {
                    Map<String, String> entry = new LinkedHashMap<>();
                    entry.put("path", relative);
                    entry.put("sha256", InputFolder.sha256(file));
                    files.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
