package dev.mentorlens.runs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import dev.mentorlens.batch.ComparisonParameters;
import dev.mentorlens.batch.MonthlyParameters;
import dev.mentorlens.batch.OutputFolders;

/**
 * The files a run published (workbooks, CSVs, charts, the manifest) and the one file a download names.
 * A download is looked up among the listed files only: regular files found without following symbolic
 * links, whose real path lies inside the run's folder. Nothing else can be read, whatever the name asked.
 */
public final class RunFiles {

    /** One published file: its path relative to the run's folder (with {@code /}), what it is, its size. */
    public record RunFile(String path, String kind, long size) {
    }

    private final Path root;
    private final Predicate<String> belongs;

    private RunFiles(Path root, Predicate<String> belongs) {
        this.root = root;
        this.belongs = belongs;
    }

    /** The folder a run publishes into: its period folder, or its comparison's folder; empty for other jobs. */
    public static Optional<RunFiles> of(RunView run) {
        if (run.output() == null || run.output().isBlank()) {
            return Optional.empty();
        }
        String period = run.parameter(MonthlyParameters.PERIOD);
        if (MonthlyParameters.JOB_NAME.equals(run.job()) && period != null) {
            return Optional.of(new RunFiles(new OutputFolders(Path.of(run.output())).published(period), name -> true));
        }
        if (ComparisonParameters.JOB_NAME.equals(run.job())) {
            try {
                Path base = ComparisonParameters.fileBase(run.output(), run.parameter(ComparisonParameters.PROGRAMME),
                        run.parameter(ComparisonParameters.COHORT_A), run.parameter(ComparisonParameters.COHORT_B),
                        period);
                String prefix = base.getFileName() + ".";
                return Optional.of(new RunFiles(base.getParent(), name -> !name.contains("/") && name.startsWith(prefix)));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** For tests and other callers that know the folder. */
    static RunFiles in(Path root) {
        return new RunFiles(root, name -> true);
    }

    public Path folder() {
        return root;
    }

    /** The same folder with only the files whose relative path passes {@code allowed}: listed and found alike. */
    public RunFiles limitedTo(Predicate<String> allowed) {
        return new RunFiles(root, belongs.and(allowed));
    }

    /** The published files, sorted by path; none when the folder does not exist (yet, or any more). */
    public List<RunFile> list() {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<RunFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.sorted().toList()) {
                String relative = relative(file);
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !hidden(relative) && belongs.test(relative)) {
                    files.add(new RunFile(relative, kind(relative), Files.size(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root + ": " + e.getMessage(), e);
        }
        return files;
    }

    /**
     * The published file of that relative path, or empty: for a name with {@code ..}, {@code .}, a backslash,
     * an absolute path, a file not listed (a symbolic link, a hidden or staging file) or one whose real path
     * leaves the folder.
     */
    public Optional<Path> find(String requested) {
        if (!wellFormed(requested)) {
            return Optional.empty();
        }
        boolean listed = list().stream().anyMatch(file -> file.path().equals(requested));
        if (!listed) {
            return Optional.empty();
        }
        try {
            Path realRoot = root.toRealPath();
            Path real = root.resolve(requested).toRealPath();
            return real.startsWith(realRoot) && Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)
                    ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static boolean wellFormed(String requested) {
        if (requested == null || requested.isEmpty() || requested.startsWith("/") || requested.contains("\\")
                || requested.indexOf('\0') >= 0 || requested.contains(":")) {
            return false;
        }
        for (String segment : requested.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private String relative(Path file) {
        List<String> names = new ArrayList<>();
        root.relativize(file).forEach(name -> names.add(name.toString()));
        return String.join("/", names);
    }

    private static boolean hidden(String relative) {
        return relative.startsWith(".") || relative.contains("/.");
    }

    static String kind(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        if (name.equals("manifest.json")) {
            return "manifest";
        }
        if (name.endsWith(".xlsx")) {
            return "workbook";
        }
        if (name.endsWith(".csv")) {
            return "csv";
        }
        if (name.endsWith(".png") || name.endsWith(".svg")) {
            return "chart";
        }
        return "file";
    }
}
