package dev.mentorlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** 100,000 dormant pairs stream into the workbook in bounded memory. */
class DormantPairsStreamingTests {

    static final int PAIRS = 100_000;
    /** Title, two captions, the count and the header of the template's Dormant pairs sheet. */
    static final int TEMPLATE_ROWS = 5;

    @TempDir
    Path temp;

    @Test
    @Timeout(60)
    void streamsOneHundredThousandDormantPairs() throws Exception {
        Path file = temp.resolve("big.xlsx");
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();

        long written = ProgrammeWorkbook.write(ProgrammeWorkbookTests.TEMPLATES, ProgrammeSamples.programme(PAIRS),
                List.of(), file);

        long millis = (System.nanoTime() - start) / 1_000_000;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("100k dormant pairs: %d ms, peak heap %d MB, file %d KB%n", millis, peakHeap >> 20,
                java.nio.file.Files.size(file) >> 10);
        assertThat(written).isEqualTo(PAIRS);
        // header rows of the template + one row per pair, counted in the saved sheet without loading it
        assertThat(rowsOfSheet(file, "Dormant pairs")).isEqualTo(TEMPLATE_ROWS + PAIRS);
    }

    static long rowsOfSheet(Path file, String sheetName) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String workbook = new String(zip.getInputStream(zip.getEntry("xl/workbook.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            java.util.regex.Matcher names = java.util.regex.Pattern.compile("<sheet [^>]*name=\"([^\"]+)\"")
                    .matcher(workbook);
            int position = 0;
            for (int i = 1; names.find(); i++) {
                if (names.group(1).equals(sheetName)) {
                    position = i;
                }
            }
            long rows = 0;
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                    zip.getInputStream(zip.getEntry("xl/worksheets/sheet" + position + ".xml")),
                    StandardCharsets.UTF_8))) {
                int c;
                StringBuilder window = new StringBuilder();
                while ((c = reader.read()) != -1) {
                    window.append((char) c);
                    if (window.length() > 5) {
                        window.deleteCharAt(0);
                    }
                    if (window.toString().equals("<row ")) {
                        rows++;
                    }
                }
            }
            return rows;
        }
    }
}
