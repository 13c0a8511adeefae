package dev.mentorlens.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two runs cannot write into one output folder at once, and a staging folder replaced under a run is not published. */
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
}
