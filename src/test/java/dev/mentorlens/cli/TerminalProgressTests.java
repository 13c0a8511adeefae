package dev.mentorlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import dev.mentorlens.batch.StepProgress;
import org.junit.jupiter.api.Test;

class TerminalProgressTests {

    @Test
    void aPartitionsLineStaysJustAboveItsStepsWhenAnotherStepEndsInBetween() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalProgress progress = new TerminalProgress();
        progress.showOn(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);

        progress.progress(new StepProgress("ingestSessionsStep:partition0", 7, null, 70, true));
        progress.progress(new StepProgress("ingestJobHistoryStep", 3, null, 30, true));
        progress.progress(new StepProgress("ingestEnrolmentsStep", 4, null, 40, false));
        progress.progress(new StepProgress("ingestSessionsStep", 7, null, 70, true));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().map(line -> line.split("\\s+rows")[0].split("\\s+")))
                .extracting(words -> String.join(" ", words).strip())
                .containsExactly("ingestJobHistoryStep 3", "ingestSessionsStep:partition0 7", "ingestSessionsStep 7");
    }
}
