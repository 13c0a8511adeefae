package dev.mentorlens.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Where a period's outputs go. A run writes into {@code <out>/<period>.incomplete} and publishing
 * renames that folder to {@code <out>/<period>}, so a period folder is complete or absent.
 */
public final class OutputFolders {

    private final Path output;

    public OutputFolders(Path output) {
        this.output = output;
    }

    public Path published(String period) {
        return output.resolve(period);
    }

    public Path staging(String period) {
        return output.resolve(period + ".incomplete");
    }

    /** Replaces the published folder of the period with the staging folder. */
    public void publish(String period) {
        Path staging = staging(period);
        Path target = published(period);
        try {
            Path previous = null;
            if (Files.exists(target)) {
                previous = output.resolve(period + ".replaced-" + System.nanoTime());
                move(target, previous);
            }
            move(staging, target);
            if (previous != null) {
                deleteTree(previous);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot publish " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Copies into the staging folder every entry of the published period folder that the staging
     * folder lacks, so that a run of one programme replaces only what it wrote.
     */
    public void keepOtherProgrammes(String period) {
        Path published = published(period);
        Path staging = staging(period);
        if (!Files.isDirectory(published)) {
            return;
        }
        try (Stream<Path> entries = Files.list(published)) {
            for (Path entry : entries.toList()) {
                Path target = staging.resolve(entry.getFileName().toString());
                if (!Files.exists(target) && !entry.getFileName().toString().equals("manifest.json")) {
                    copyTree(entry, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the other programmes of " + published + ": " + e.getMessage(), e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
