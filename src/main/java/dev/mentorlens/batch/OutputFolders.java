package dev.mentorlens.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import dev.mentorlens.storage.PrivateFiles;

/**
 * Where a period's outputs go. A run writes into {@code <out>/<period>.incomplete} and publishing
 * renames that folder to {@code <out>/<period>}, so a period folder is complete or absent.
 */
public final class OutputFolders {

    private final Path output;

    public OutputFolders(Path output) {
        this.output = output;
    }

    /** The lock file of the output folder, held while a run writes into it. */
    static final String LOCK_FILE = ".mentorlens.lock";
    /** Names the run that prepares a staging folder, so publishing can tell it was not replaced under it. */
    static final String OWNER_FILE = ".run";
    /** Suffix of a published folder being replaced, before the number that tells such copies apart. */
    static final String REPLACED = ".replaced-";

    /**
     * Locks the output folder against every other run, from any database or working folder, for as
     * long as the returned lock is open.
     */
    public Lock lock() {
        Path file = output.resolve(LOCK_FILE);
        FileChannel channel = null;
        try {
            PrivateFiles.createDirectories(output);
            if (!Files.exists(file)) {
                PrivateFiles.write(file, new byte[0]);
            }
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new Lock(channel, lock);
            }
        } catch (OverlappingFileLockException e) {
            // held by another run of this process
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Cannot lock the output folder " + output + ": " + e.getMessage(), e);
        }
        closeQuietly(channel);
        throw new OutputFolderBusyException("Another MentorLens run is writing into the output folder " + output
                + " (it holds " + file + "); wait for it to end, or choose another --output.");
    }

    /** The lock of an output folder; closing releases it. */
    public static final class Lock implements AutoCloseable {

        private final FileChannel channel;
        private final FileLock lock;

        private Lock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() {
            try {
                lock.release();
            } catch (IOException e) {
                // closing the channel below releases it as well
            }
            closeQuietly(channel);
        }
    }

    /** Another run holds the output folder. */
    public static final class OutputFolderBusyException extends RuntimeException {

        OutputFolderBusyException(String message) {
            super(message);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing left to release
            }
        }
    }

    /** Starts an empty staging folder for the period, owned by the given execution. */
    void startStaging(String period, long executionId) throws IOException {
        recoverInterruptedPublish(period);
        Path staging = staging(period);
        deleteTree(staging);
        PrivateFiles.createDirectories(staging);
        PrivateFiles.write(staging.resolve(OWNER_FILE), Long.toString(executionId).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Hands the staging folder of a failed execution to the execution that restarts it, when that folder is
     * still the failed one's; returns whether it did.
     */
    boolean adoptStaging(String period, long failedExecutionId, long executionId) throws IOException {
        Path mark = staging(period).resolve(OWNER_FILE);
        if (!Files.isRegularFile(mark) || !Files.readString(mark).strip().equals(Long.toString(failedExecutionId))) {
            return false;
        }
        PrivateFiles.write(mark, Long.toString(executionId).getBytes(StandardCharsets.UTF_8));
        return true;
    }

    /**
     * Checks that the staging folder is still the one the execution started, then removes the mark.
     * Fails when another run cleared or replaced it meanwhile.
     */
    void claimStaging(String period, long executionId) {
        Path mark = staging(period).resolve(OWNER_FILE);
        String owner;
        try {
            owner = Files.isRegularFile(mark) ? Files.readString(mark).strip() : "";
            if (owner.equals(Long.toString(executionId))) {
                Files.delete(mark);
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + mark + ": " + e.getMessage(), e);
        }
        throw new IllegalStateException("The staging folder " + staging(period) + " was changed by another run while"
                + " this one wrote it, so nothing was published; restart this run to write it again.");
    }

    public Path published(String period) {
        return output.resolve(period);
    }

    public Path staging(String period) {
        return output.resolve(period + ".incomplete");
    }

    /**
     * Replaces the published folder of the period with the staging folder: the published folder is
     * renamed to {@code <period>.replaced-<n>}, the staging folder to {@code <period>}, then the replaced
     * copy is deleted.
     */
    public void publish(String period) {
        Path staging = staging(period);
        Path target = published(period);
        try {
            recoverInterruptedPublish(period);
            Path previous = null;
            if (Files.exists(target)) {
                previous = output.resolve(period + REPLACED + System.nanoTime());
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
     * Cleans up after a publish that was killed part-way. Killed after both renames, it left a replaced
     * copy next to the new period folder: the copy is deleted. Killed between the renames, the period
     * folder is missing and the replaced copy is the last complete publication: it is renamed back, so
     * readers see the previous outputs until the interrupted run (a failed run, restarted as usual)
     * publishes again. Of several replaced copies the most recently published is restored.
     */
    void recoverInterruptedPublish(String period) throws IOException {
        List<Path> replaced = replacedCopies(period);
        Path target = published(period);
        if (!Files.exists(target) && !replaced.isEmpty()) {
            Path newest = replaced.stream().max(Comparator.comparing(OutputFolders::publishedAt)).orElseThrow();
            move(newest, target);
            replaced.remove(newest);
        }
        for (Path leftover : replaced) {
            deleteTree(leftover);
        }
    }

    private List<Path> replacedCopies(String period) throws IOException {
        if (!Files.isDirectory(output)) {
            return new ArrayList<>();
        }
        String prefix = period + REPLACED;
        try (Stream<Path> entries = Files.list(output)) {
            return new ArrayList<>(entries.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(Files::isDirectory).toList());
        }
    }

    /** When a replaced copy was published: the time its manifest was written (it is written last). */
    private static FileTime publishedAt(Path folder) {
        try {
            Path manifest = folder.resolve("manifest.json");
            return Files.getLastModifiedTime(Files.exists(manifest) ? manifest : folder);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
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
                    PrivateFiles.createDirectories(target);
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
