package dev.mentorlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The images of a printed PDF; needs poppler-utils, and a missing pdfimages fails, never skips. */
final class PdfImages {

    private PdfImages() {
    }

    /** For each image of the PDF (by object id), the number of pages it is drawn on. */
    static Map<String, Integer> pagesPerImage(Path pdf) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("pdfimages", "-list", pdf.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("pdfimages is needed to check printed charts and is not installed:"
                    + " apt-get install poppler-utils", e);
        }
        List<String> lines = new String(process.getInputStream().readAllBytes()).lines().toList();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        Map<String, Integer> pages = new HashMap<>();
        for (String line : lines.subList(Math.min(2, lines.size()), lines.size())) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length > 10 && columns[2].equals("image")) {
                pages.merge(columns[10], 1, Integer::sum);
            }
        }
        return pages;
    }
}
