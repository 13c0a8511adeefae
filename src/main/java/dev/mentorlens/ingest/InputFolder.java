package dev.mentorlens.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The input files of each source in an input folder, checked for presence and required columns. */
public final class InputFolder {

    /** One input file: its name and the sha256 of its bytes. */
    public record InputFile(Source source, String name, String sha256) {
    }

    private static final int MAX_SHOWN_COLUMNS = 60;

    private static final Pattern COLUMN_NAME = Pattern.compile("[\\p{L}\\p{N}_ .()-]{0,64}");

    private final Path dir;

    public InputFolder(Path dir) {
        this.dir = dir;
    }

    /**
     * The files of a source in name order; fails when there are none of a source that is not optional,
     * when an entry of that name is not a regular file or is a link that leaves the folder, or when a
     * required column is missing or a column the source reads appears twice.
     */
    public List<InputFile> filesOf(Source source) {
        List<InputFile> files = new ArrayList<>();
        for (Path path : checkedPaths(source)) {
            files.add(new InputFile(source, path.getFileName().toString(), sha256(path)));
        }
        return files;
    }

    /**
     * Checks, reading no further than the headers, that every source has its files and their required
     * columns; throws {@link InputFileException} naming the first problem.
     */
    public void checkAllSources() {
        for (Source source : Source.values()) {
            checkedPaths(source);
        }
    }

    /** The programme ids listed in programmes.csv, whatever the rest of their rows hold. */
    public Set<String> programmeIds() {
        Set<String> ids = new HashSet<>();
        for (Path path : checkedPaths(Source.PROGRAMMES)) {
            try (CsvFileReader reader = new CsvFileReader(path, List.of("programme_id"))) {
                for (InputRow row = reader.next(); row != null; row = reader.next()) {
                    String id = row.values().get("programme_id");
                    if (id != null) {
                        ids.add(id.strip());
                    }
                }
            } catch (IOException e) {
                throw new InputFileException(CsvFileReader.problem(path, 0, e), e);
            }
        }
        return ids;
    }

    private List<Path> checkedPaths(Source source) {
        if (!Files.isDirectory(dir)) {
            throw new InputFileException("The input folder " + dir + " does not exist.");
        }
        List<Path> paths;
        try (Stream<Path> listing = Files.list(dir)) {
            paths = listing.filter(p -> source.matches(p.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (paths.isEmpty() && !source.optional()) {
            throw new InputFileException("Required input " + source.pattern() + " is missing in " + dir + ".");
        }
        List<Path> checked = new ArrayList<>();
        for (Path path : paths) {
            Path file = inside(path.getFileName().toString());
            checkColumns(source, file);
            checked.add(file);
        }
        return checked;
    }

    /**
     * The path of an input file of this folder, checked: a regular file, or a link to a regular file
     * inside the folder. A link that leaves the folder is refused, so that nobody who can write the
     * input folder makes MentorLens read (and report on) a file elsewhere.
     */
    public Path inside(String name) {
        Path path = dir.resolve(name);
        if (Files.isSymbolicLink(path)) {
            try {
                Path target = path.toRealPath();
                if (!target.startsWith(dir.toRealPath())) {
                    throw new InputFileException("Input file " + name + " is a link to a file outside the input"
                            + " folder, which MentorLens does not follow; copy the file into the folder instead.");
                }
            } catch (IOException e) {
                throw new InputFileException("Input file " + name + " is a link to nothing that can be read;"
                        + " replace it with the file itself.", e);
            }
        }
        if (Files.isDirectory(path)) {
            throw new InputFileException("Input " + name + " in " + dir + " is a folder, not a CSV file; move it out"
                    + " of the input folder or rename it.");
        }
        if (!Files.isRegularFile(path)) {
            throw new InputFileException("Input " + name + " in " + dir + " is not a regular file; replace it with"
                    + " the CSV file itself.");
        }
        return path;
    }

    private static void checkColumns(Source source, Path path) {
        List<String> header;
        try {
            header = CsvFileReader.readHeader(path);
        } catch (IOException e) {
            throw new InputFileException(CsvFileReader.problem(path, 0, e), e);
        } catch (UncheckedIOException e) {
            throw new InputFileException(CsvFileReader.problem(path, 0, e.getCause()), e);
        }
        for (String column : source.specColumns()) {
            int first = header.indexOf(column);
            int last = header.lastIndexOf(column);
            if (first != last) {
                throw new InputFileException("Input file " + path.getFileName() + " has the column " + column
                        + " twice (columns " + (first + 1) + " and " + (last + 1) + "); remove or rename one of them.");
            }
        }
        for (String column : source.requiredColumns()) {
            if (!header.contains(column)) {
                throw new InputFileException("Input file " + path.getFileName() + " has no required column "
                        + column + " (" + describe(header) + ").");
            }
        }
    }

    /**
     * The header's column names, when they look like column names. Anything else is not echoed: a file that
     * is not a CSV export (a key, a password file) must not have its first line printed.
     */
    static String describe(List<String> header) {
        boolean namesOnly = header.size() <= MAX_SHOWN_COLUMNS
                && header.stream().allMatch(name -> COLUMN_NAME.matcher(name).matches());
        if (!namesOnly) {
            return "its first line does not look like a header of column names";
        }
        return "its columns are: " + String.join(", ", header);
    }

    public static String sha256(Path path) {
        MessageDigest digest = RowChecker.sha256();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(path)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
