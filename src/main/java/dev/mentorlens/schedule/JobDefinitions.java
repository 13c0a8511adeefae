package dev.mentorlens.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import dev.mentorlens.runs.MonthlySettings;
import dev.mentorlens.schedule.JobDefinition.JobSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The job definitions of the {@code jobs/} folder, read again on every {@link #load()}. Each file is
 * checked on its own: a bad one is reported in one sentence and left out, the others are used. The
 * site configuration ({@code monthly-report.yml}, whose settings sit under {@code mentorlens:}) lives
 * in the same folder and is not a job; its settings are the defaults of every job.
 */
@Component
public class JobDefinitions {

    private final Path folder;
    private final JobSettings defaults;

    JobDefinitions(MonthlySettings site, @Value("${mentorlens.jobs.folder:}") String folder,
            @Value("${mentorlens.config-base:}") String configBase) {
        this.folder = folder.isBlank() ? Path.of(configBase).resolve("jobs").toAbsolutePath().normalize()
                : Path.of(folder).toAbsolutePath().normalize();
        this.defaults = new JobSettings(site.zone(), site.maxRejectRatio(), site.anonymityThreshold(),
                site.commentThreshold(), site.surveyWindowMonths(), site.breakdowns().isBlank() ? List.of()
                        : List.of(site.breakdowns().strip().split("\\s*,\\s*")));
    }

    /** What a load found: the usable definitions, and one sentence per file that is not. */
    public record Loaded(Path folder, List<JobDefinition> definitions, List<String> problems) {

        public Optional<JobDefinition> named(String name) {
            return definitions.stream().filter(d -> d.name().equals(name)).findFirst();
        }
    }

    public Path folder() {
        return folder;
    }

    /** The names, sizes and modification times of the folder's definition files: changes when one does. */
    public String fingerprint() {
        if (!Files.isDirectory(folder)) {
            return "";
        }
        StringBuilder fingerprint = new StringBuilder();
        for (Path file : files(folder)) {
            try {
                fingerprint.append(file.getFileName()).append(':').append(Files.size(file)).append(':')
                        .append(Files.getLastModifiedTime(file).toMillis()).append(';');
            } catch (IOException e) {
                fingerprint.append(file.getFileName()).append(":unreadable;");
            }
        }
        return fingerprint.toString();
    }

    public Loaded load() {
        return load(folder, defaults);
    }

    /** Reads every {@code *.yml} and {@code *.yaml} of a folder, in name order; folders resolve against its parent. */
    static Loaded load(Path folder, JobSettings defaults) {
        if (!Files.isDirectory(folder)) {
            return new Loaded(folder, List.of(), List.of("The job definition folder " + folder + " does not exist;"
                    + " create it, or point mentorlens.jobs.folder at it."));
        }
        Path base = folder.getParent() == null ? folder : folder.getParent();
        List<JobDefinition> definitions = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Path> names = new HashMap<>();
        for (Path file : files(folder)) {
            try {
                String shown = folder.getFileName() + "/" + file.getFileName();
                if (DefinitionParser.isSiteConfiguration(DefinitionParser.read(file, shown))) {
                    continue;
                }
                JobDefinition definition = DefinitionParser.parse(file, base, defaults);
                Path earlier = names.putIfAbsent(definition.name(), file);
                if (earlier != null) {
                    problems.add(shown + ": name '" + definition.name() + "' is already used by " + earlier.getFileName()
                            + "; give each job a name of its own.");
                    continue;
                }
                definitions.add(definition);
            } catch (InvalidDefinitionException e) {
                problems.add(e.getMessage());
            }
        }
        return new Loaded(folder, List.copyOf(definitions), List.copyOf(problems));
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yml")
                    || f.getFileName().toString().endsWith(".yaml")).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("The job definition folder " + folder + " cannot be read: "
                    + e.getMessage(), e);
        }
    }
}
