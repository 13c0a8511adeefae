package dev.mentorlens.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** The input files of each source in an input folder, checked for presence and required columns. */
public final class InputFolder {

    /** One input file: its name and the sha256 of its bytes. */
    public record InputFile(Source source, String name, String sha256) {
    }

    private final Path dir;

    public InputFolder(Path dir) {
        this.dir = dir;
    }

    /** The files of a source in name order; fails when there are none or a required column is missing. */
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
                throw new InputFileException(CsvFileReader.problem(path.getFileName().toString(), 0, e), e);
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
            paths = listing.filter(p -> Files.isRegularFile(p) && source.matches(p.getFileName().toString()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (paths.isEmpty()) {
            throw new InputFileException("Required input " + source.pattern() + " is missing in " + dir + ".");
        }
        for (Path path : paths) {
            checkColumns(source, path);
        }
        return paths;
    }

    private static void checkColumns(Source source, Path path) {
        List<String> header;
        try {
            header = CsvFileReader.readHeader(path);
        } catch (IOException e) {
            throw new InputFileException(CsvFileReader.problem(path.getFileName().toString(), 0, e), e);
        } catch (UncheckedIOException e) {
            throw new InputFileException(CsvFileReader.problem(path.getFileName().toString(), 0, e.getCause()), e);
        }
        for (String column : source.requiredColumns()) {
            if (!header.contains(column)) {
                throw new InputFileException("Input file " + path.getFileName() + " has no required column "
                        + column + " (its columns are: " + String.join(", ", header) + ").");
            }
        }
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
