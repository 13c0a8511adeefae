package dev.mentorlens.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateFilesTests {

    @TempDir
    Path work;

    @Test
    void createsEveryMissingFolderOwnerOnlyAndLeavesExistingOnesAlone() throws IOException {
        chmod(work, "rwxr-xr-x");

        PrivateFiles.createDirectories(work.resolve("out/2026-10.incomplete/rejects"));

        assertThat(mode(work)).isEqualTo("rwxr-xr-x");
        assertThat(mode(work.resolve("out"))).isEqualTo("rwx------");
        assertThat(mode(work.resolve("out/2026-10.incomplete"))).isEqualTo("rwx------");
        assertThat(mode(work.resolve("out/2026-10.incomplete/rejects"))).isEqualTo("rwx------");
    }

    @Test
    void writesNewFilesOwnerOnlyAndTightensAFileItReplaces() throws IOException {
        Path old = Files.writeString(work.resolve("metrics.csv"), "old");
        chmod(old, "rw-r--r--");

        try (Writer writer = PrivateFiles.newWriter(old)) {
            writer.write("new");
        }
        PrivateFiles.write(work.resolve("charts/trend.png"), new byte[] {1, 2});

        assertThat(old).hasContent("new");
        assertThat(mode(old)).isEqualTo("rw-------");
        assertThat(mode(work.resolve("charts"))).isEqualTo("rwx------");
        assertThat(mode(work.resolve("charts/trend.png"))).isEqualTo("rw-------");
    }

    @Test
    void restrictsATreeWrittenByOtherCode() throws IOException {
        Path copied = Files.createDirectories(work.resolve("period/peer-coaching"));
        Path file = Files.writeString(copied.resolve("metrics.csv"), "x");
        chmod(copied, "rwxr-xr-x");
        chmod(file, "rw-rw-rw-");

        PrivateFiles.restrictTree(work.resolve("period"));

        assertThat(mode(work.resolve("period"))).isEqualTo("rwx------");
        assertThat(mode(copied)).isEqualTo("rwx------");
        assertThat(mode(file)).isEqualTo("rw-------");
    }

    @Test
    void findsTheFileOfAnEmbeddedDatabaseUrlOnly() {
        assertThat(EmbeddedDatabaseFolder.databaseFile("jdbc:h2:file:./data/mentorlens;MODE=PostgreSQL"))
                .contains(Path.of("./data/mentorlens"));
        assertThat(EmbeddedDatabaseFolder.databaseFile("jdbc:h2:/srv/db/x")).contains(Path.of("/srv/db/x"));
        assertThat(EmbeddedDatabaseFolder.databaseFile("jdbc:h2:mem:test")).isEmpty();
        assertThat(EmbeddedDatabaseFolder.databaseFile("jdbc:h2:tcp://host/db")).isEmpty();
        assertThat(EmbeddedDatabaseFolder.databaseFile("jdbc:postgresql://127.0.0.1:5432/test")).isEmpty();
    }

    @Test
    void makesCommitsDurableUnlessTheUrlSaysOtherwise() {
        assertThat(EmbeddedDatabaseFolder.withDurableCommits("jdbc:h2:file:./data/x;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:file:./data/x;MODE=PostgreSQL;WRITE_DELAY=0");
        assertThat(EmbeddedDatabaseFolder.withDurableCommits("jdbc:h2:file:./data/x;write_delay=200"))
                .isEqualTo("jdbc:h2:file:./data/x;write_delay=200");
    }

    @Test
    void preparesTheDatabaseFolderAndTightensTheFilesOfAnOlderInstallation() throws IOException {
        Path data = Files.createDirectories(work.resolve("data"));
        Path oldTrace = Files.writeString(data.resolve("mentorlens.trace.db"), "x");
        chmod(data, "rwxr-xr-x");
        chmod(oldTrace, "rw-r--r--");

        EmbeddedDatabaseFolder.prepare(data.resolve("mentorlens"));

        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(mode(oldTrace)).isEqualTo("rw-------");
        assertThat(mode(data.resolve("mentorlens.mv.db"))).isEqualTo("rw-------");
    }

    private static void chmod(Path path, String mode) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
    }

    static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
