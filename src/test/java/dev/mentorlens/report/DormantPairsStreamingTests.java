package dev.mentorlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 dormant pairs stream into the workbook in bounded memory: the workbook is written in a child JVM
 * whose heap is far too small to hold the sheet as an in-memory (XSSF) workbook, so a writer that stops
 * streaming runs out of memory and fails this test.
 */
class DormantPairsStreamingTests {

    static final int PAIRS = 100_000;
    /** Title, two captions, the two counts and the header of the template's Dormant pairs sheet. */
    static final int TEMPLATE_ROWS = 6;
    /** An in-memory workbook of 100k rows needs several hundred MB; SXSSF needs a few MB above the JVM's own. */
    static final String SMALL_HEAP = "-Xmx64m";

    @TempDir
    Path temp;

    @Test
    void streamsOneHundredThousandDormantPairsInASmallHeap() throws Exception {
        Path file = temp.resolve("big.xlsx");
        Path log = temp.resolve("child.log");

        int exit = new ProcessBuilder(childCommand(file)).redirectErrorStream(true).redirectOutput(log.toFile())
                .start().waitFor();

        assertThat(exit).as("the child JVM writing %d dormant pairs with %s exited with %d; its output:%n%s",
                PAIRS, SMALL_HEAP, exit, Files.readString(log)).isZero();
        assertThat(Files.readString(log)).contains("written " + PAIRS);
        // header rows of the template + one row per pair, counted in the saved sheet without loading it
        assertThat(rowsOfSheet(file, "Dormant pairs")).isEqualTo(TEMPLATE_ROWS + PAIRS);
    }

    private static List<String> childCommand(Path file) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", SMALL_HEAP, "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), SmallHeapWriter.class.getName(), file.toString());
    }

    /** Runs in the child JVM: writes the programme workbook with {@link #PAIRS} dormant pairs to the given file. */
    static final class SmallHeapWriter {

        public static void main(String[] args) throws Exception {
            long written = ProgrammeWorkbook.write(ProgrammeWorkbookTests.TEMPLATES,
                    ProgrammeSamples.programme(PAIRS), List.of(), Path.of(args[0]));
            System.out.println("written " + written);
        }
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
