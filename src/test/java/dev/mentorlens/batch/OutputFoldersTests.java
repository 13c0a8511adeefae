package dev.mentorlens.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs cannot write into one output folder at once, a staging folder replaced under a run is not
 * published, and a publish killed part-way leaves one clean period folder after the next run.
 */
class OutputFoldersTests {

    @TempDir
    Path out;

    @Test
    void aSecondRunCannotLockAnOutputFolderThatIsLockedUntilTheFirstReleasesIt() {
        OutputFolders folders = new OutputFolders(out);

        try (OutputFolders.Lock first = folders.lock()) {
            assertThatThrownBy(() -> new OutputFolders(out).lock())
                    .isInstanceOf(OutputFolders.OutputFolderBusyException.class)
                    .hasMessageContaining("Another MentorLens run is writing into the output folder " + out);
        }
        try (OutputFolders.Lock again = new OutputFolders(out).lock()) {
            assertThat(Files.exists(out.resolve(OutputFolders.LOCK_FILE))).isTrue();
        }
    }

    @Test
    void aStagingFolderStartedAgainByAnotherRunIsNotPublishedByTheFirst() throws Exception {
        OutputFolders folders = new OutputFolders(out);
        folders.startStaging("2026-10", 1);
        Files.writeString(folders.staging("2026-10").resolve("from-run-1.csv"), "a\n");
        folders.startStaging("2026-10", 2);

        assertThatThrownBy(() -> folders.claimStaging("2026-10", 1)).hasMessageContaining("changed by another run");
        folders.claimStaging("2026-10", 2);
        assertThat(folders.staging("2026-10").resolve(OutputFolders.OWNER_FILE)).doesNotExist();
    }

    @Test
    void aReplacedCopyLeftNextToThePublishedPeriodIsDeletedByTheNextPublish() throws Exception {
        OutputFolders folders = new OutputFolders(out);
        folderWithManifest("2026-10", "{\"job_execution_id\": 2}");
        Files.createDirectories(out.resolve("2026-10.replaced-17/career"));
        Files.writeString(out.resolve("2026-10.replaced-17/career/metrics.csv"), "old\n");
        folders.startStaging("2026-10", 3);
        Files.writeString(folders.staging("2026-10").resolve("manifest.json"), "{\"job_execution_id\": 3}");

        folders.publish("2026-10");

        assertThat(entries()).containsExactly("2026-10");
        assertThat(out.resolve("2026-10/manifest.json")).content().contains("3");
    }

    @Test
    void aPublishKilledBetweenItsRenamesIsUndoneWhenTheNextRunStartsStaging() throws Exception {
        OutputFolders folders = new OutputFolders(out);
        folderWithManifest("2026-10.replaced-17", "{\"job_execution_id\": 2}");
        Files.createDirectories(out.resolve("2026-10.incomplete"));

        folders.startStaging("2026-10", 3);

        assertThat(out.resolve("2026-10/manifest.json")).content().contains("2");
        assertThat(entries()).containsExactly("2026-10", "2026-10.incomplete");
    }

    @Test
    void ofSeveralReplacedCopiesWithoutAPublishedPeriodTheLastPublishedIsRestored() throws Exception {
        OutputFolders folders = new OutputFolders(out);
        for (String copy : new String[] {"2026-10.replaced-900", "2026-10.replaced-5"}) {
            folderWithManifest(copy, copy);
        }
        Files.setLastModifiedTime(out.resolve("2026-10.replaced-900/manifest.json"), FileTime.fromMillis(1_000));
        Files.setLastModifiedTime(out.resolve("2026-10.replaced-5/manifest.json"), FileTime.fromMillis(2_000));

        folders.recoverInterruptedPublish("2026-10");

        assertThat(out.resolve("2026-10/manifest.json")).content().isEqualTo("2026-10.replaced-5");
        assertThat(entries()).containsExactly("2026-10");
    }

    private void folderWithManifest(String folder, String manifest) throws Exception {
        Files.createDirectories(out.resolve(folder));
        Files.writeString(out.resolve(folder).resolve("manifest.json"), manifest);
    }

    private List<String> entries() throws Exception {
        try (Stream<Path> list = Files.list(out)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
