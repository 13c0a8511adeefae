package dev.mentorlens.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
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

    /**
     * The files of a source in name order; fails when a required column is missing, or when there are
     * none of a source that is not optional.
     */
    public List<InputFile> filesOf(Source source) {
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
        if (paths.isEmpty() && !source.optional()) {
            throw new InputFileException("Required input " + source.pattern() + " is missing in " + dir + ".");
        }
        List<InputFile> files = new ArrayList<>();
        for (Path path : paths) {
            checkColumns(source, path);
            files.add(new InputFile(source, path.getFileName().toString(), sha256(path)));
        }
        return files;
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
