package dev.mentorlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import dev.mentorlens.ingest.InputFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputPathsTests {

    private final Path out = Path.of("reports").toAbsolutePath().normalize();

    @Test
    void buildsAPathInsideTheFolderFromPlainNames() {
        assertThat(OutputPaths.within(out, "compare", "career", "2025 spring-vs-2026.b-2026-10"))
                .isEqualTo(out.resolve("compare/career/2025 spring-vs-2026.b-2026-10"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../../../x/ESCAPED", "..", ".", "", "a/b", "a\\b", "/etc", "nul\0"})
    void refusesANameThatIsNotOnePlainPathElement(String name) {
        assertThatThrownBy(() -> OutputPaths.within(out, "compare", name, "x"))
                .isInstanceOf(InputFileException.class).hasMessageContaining("outside " + out);
    }

    @Test
    void refusesALabelBuiltFromAnEscapingCohortName() {
        String label = CohortComparison.label("../../../../x/ESCAPED", "2026-spring") + "-2026-10";

        assertThatThrownBy(() -> OutputPaths.within(out, "compare", "career", label))
                .isInstanceOf(InputFileException.class);
    }

    @Test
    void refusesTheFolderItself() {
        assertThatThrownBy(() -> OutputPaths.within(out)).isInstanceOf(InputFileException.class);
    }
}
