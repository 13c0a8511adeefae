package dev.mentorlens.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Compares published period folders file by file. */
public final class OutputFolders {

    private OutputFolders() {
    }

    /**
     * Both folders hold the same files with the same bytes: metrics, rejects, charts and workbooks. The
     * manifest is left out: it names the run that wrote the folder, and lists the hashes of the others.
     */
    public static void assertIdentical(Path actual, Path expected) throws IOException {
        List<Path> files = files(expected);
        assertThat(files).as("files of " + expected).isNotEmpty();
        assertThat(files(actual)).as("files of " + actual).isEqualTo(files);
        for (Path file : files) {
            assertThat(Files.mismatch(actual.resolve(file), expected.resolve(file)))
                    .as("%s differs from %s at byte", actual.resolve(file), expected.resolve(file)).isEqualTo(-1L);
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(folder::relativize)
                    .filter(path -> !path.toString().equals("manifest.json")).sorted().toList();
        }
    }
}
