package dev.mentorlens.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.mentorlens.ingest.InputFolder;
import dev.mentorlens.ingest.Source;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds the earlier run of a period whose published outputs a new run may take over: the last run of
 * the period that computed results (so the period's tables in the database still hold them) completed
 * with the same results key, and the published folder is its publication (or that of a later run that
 * took it over), complete and unchanged file by file.
 */
final class EarlierResults {

    /** Key, in the job's execution context, of the results key the run publishes. */
    static final String KEY = "results.key";

    /** Steps that leave the period's results in the database alone; any other step may have replaced them. */
    private static final Set<String> LEAVE_RESULTS_ALONE = Stream.concat(
            Stream.of(IngestStepsConfiguration.PLAN_STEP, "checkInputsStep", ResultsReuseConfiguration.REUSE_STEP,
                    "publishStep"),
            Stream.of(Source.values()).map(IngestStepsConfiguration::stepName)).collect(Collectors.toUnmodifiableSet());

    /**
     * @param computedBy the run that computed the results
     * @param publishedBy the run whose publication holds them now (the same run, or one that took them over)
     */
    record Reusable(long computedBy, long publishedBy) {
    }

    /** The run to take the results of, or why there is none. */
    record Verdict(Optional<Reusable> reusable, String reason) {

        static Verdict no(String reason) {
            return new Verdict(Optional.empty(), reason);
        }
    }

    private final JdbcTemplate jdbc;
    private final JobRepository jobRepository;

    EarlierResults(JdbcTemplate jdbc, JobRepository jobRepository) {
        this.jdbc = jdbc;
        this.jobRepository = jobRepository;
    }

    /**
     * @param published the period's published folder
     * @param staging the run's staging folder, with what the steps before the decision wrote (the rejects)
     */
    Verdict find(JobExecution current, String period, String key, String inputs, Path published, Path staging) {
        // newest first, loaded one by one: only the runs since the last one that computed are needed
        List<Long> earlier = jdbc.queryForList("select e.job_execution_id from batch_job_execution e"
                + " join batch_job_instance i on i.job_instance_id = e.job_instance_id"
                + " join batch_job_execution_params p on p.job_execution_id = e.job_execution_id"
                + " where i.job_name = ? and p.parameter_name = ? and p.parameter_value = ?"
                + " and e.job_execution_id <> ? order by e.job_execution_id desc", Long.class,
                MonthlyParameters.JOB_NAME, MonthlyParameters.PERIOD, period, current.getId());
        List<JobExecution> since = new ArrayList<>();
        JobExecution computedBy = null;
        for (long id : earlier) {
            JobExecution execution = jobRepository.getJobExecution(id);
            if (mayHaveComputed(execution)) {
                computedBy = execution;
                break;
            }
            since.add(execution);
        }
        if (computedBy == null) {
            return Verdict.no("no earlier run computed the results of " + period);
        }
        if (!sameResults(computedBy, key)) {
            return Verdict.no("run " + computedBy.getId() + ", the last to compute " + period + ", "
                    + (computedBy.getStatus() == BatchStatus.COMPLETED ? "had other inputs, settings or version"
                            : "did not complete"));
        }
        JsonNode manifest = manifest(published);
        if (manifest == null) {
            return Verdict.no("no published folder of " + period + " with a readable manifest.json");
        }
        long publishedBy = manifest.path("job_execution_id").asLong(-1);
        boolean takenOver = since.stream().anyMatch(e -> e.getId() == publishedBy && sameResults(e, key));
        if (publishedBy != computedBy.getId() && !takenOver) {
            return Verdict.no("the published folder of " + period + " is not the publication of run "
                    + computedBy.getId());
        }
        if (!inputs.equals(manifest.path("inputs_sha256").asString(""))) {
            return Verdict.no("the published folder of " + period + " was computed from other inputs");
        }
        Optional<String> changed = changedOutput(published, manifest, true);
        if (changed.isPresent()) {
            return Verdict.no("the published file " + changed.get() + " is missing, added or changed");
        }
        Optional<String> differs = changedOutput(staging, manifest, false);
        if (differs.isPresent()) {
            return Verdict.no("this run's " + differs.get() + " differs from the published one");
        }
        return new Verdict(Optional.of(new Reusable(computedBy.getId(), publishedBy)), "");
    }

    /** Whether a run started a step that may replace results; a partition counts as its manager step. */
    private static boolean mayHaveComputed(JobExecution execution) {
        return execution.getStepExecutions().stream().map(StepExecution::getStepName)
                .map(name -> name.contains(":") ? name.substring(0, name.indexOf(':')) : name)
                .anyMatch(name -> !LEAVE_RESULTS_ALONE.contains(name));
    }

    private static boolean sameResults(JobExecution execution, String key) {
        return execution.getStatus() == BatchStatus.COMPLETED
                && key.equals(execution.getExecutionContext().getString(KEY, ""));
    }

    private static JsonNode manifest(Path published) {
        Path file = published.resolve("manifest.json");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return JsonMapper.builder().build().readTree(Files.readString(file));
        } catch (IOException | JacksonException e) {
            return null;
        }
    }

    /**
     * A file of the folder that differs from the manifest's outputs: not listed, or of another hash; and
     * when the folder should be {@code complete}, a listed file it lacks.
     */
    static Optional<String> changedOutput(Path folder, JsonNode manifest, boolean complete) {
        Map<String, String> listed = new HashMap<>();
        for (JsonNode output : manifest.path("outputs")) {
            listed.put(output.path("path").asString(), output.path("sha256").asString());
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                if (relative.equals("manifest.json") || relative.equals(OutputFolders.OWNER_FILE)) {
                    continue;
                }
                String sha256 = listed.remove(relative);
                if (sha256 == null || !sha256.equals(InputFolder.sha256(file))) {
                    return Optional.of(relative);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the published folder " + folder + ": " + e.getMessage(), e);
        }
        return complete ? listed.keySet().stream().sorted().findFirst() : Optional.empty();
    }
}
