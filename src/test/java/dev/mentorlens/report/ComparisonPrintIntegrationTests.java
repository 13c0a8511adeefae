package dev.mentorlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison workbook printed by LibreOffice: every word of its verdicts and explanations is on a
 * page and within its width (nothing runs off the edge), the charts take a page of their own, and the
 * whole prints on three pages.
 */
class ComparisonPrintIntegrationTests {

    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\" yMax=\"[0-9.]+\">([^<]*)</word>");
    private static final Pattern PAGE = Pattern.compile("<page width=\"([0-9.]+)\"");

    @TempDir
    Path temp;

    @Test
    void theVerdictsAndExplanationsPrintWhole() throws Exception {
        ComparisonData data = ComparisonWorkbookTests.sample();
        Path workbook = temp.resolve("a-vs-b.xlsx");
        ComparisonWorkbook.write(ProgrammeWorkbookTests.TEMPLATES, data, workbook);

        Path pdf = LibreOffice.toPdf(workbook, temp);
        String boxes = bboxes(pdf);

        List<String> words = new ArrayList<>();
        Matcher page = PAGE.matcher(boxes);
        assertThat(page.find()).isTrue();
        double width = Double.parseDouble(page.group(1));
        Matcher word = WORD.matcher(boxes);
        while (word.find()) {
            words.add(unescape(word.group(3)));
            assertThat(Double.parseDouble(word.group(2))).as("right edge of \"" + word.group(3) + "\"")
                    .isLessThan(width - 20);
        }
        List<String> expected = new ArrayList<>();
        for (List<Out> row : ComparisonWorkbook.tests(data)) {
            expected.add((String) row.get(1).value());
        }
        expected.add(Measure.of("promotion_rate_ratio").meaning());
        expected.add(Verdicts.promotion(data.a().get("promotion_rate_ratio"), 5));
        for (String text : expected) {
            for (String token : text.split("\\s+")) {
                assertThat(words).as("\"" + token + "\" of: " + text).contains(token);
            }
        }
        assertThat(boxes.split("<page ", -1).length - 1).as("pages").isEqualTo(3);
    }

    /** The words of a PDF with their boxes, as pdftotext (poppler-utils) gives them. */
    private String bboxes(Path pdf) throws Exception {
        Path out = temp.resolve(pdf.getFileName() + ".html");
        Process process;
        try {
            process = new ProcessBuilder("pdftotext", "-bbox", pdf.toString(), out.toString())
                    .redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            throw new AssertionError("pdftotext is needed to read the printed workbook and is not installed:"
                    + " apt-get install poppler-utils", e);
        }
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8)).isZero();
        return Files.readString(out);
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
