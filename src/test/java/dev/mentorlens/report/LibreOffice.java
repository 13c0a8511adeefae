package dev.mentorlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Converts workbooks with LibreOffice (to PDF, or saved again as .xlsx); a missing soffice fails, never skips. */
final class LibreOffice {

    private LibreOffice() {
    }

    static Path toPdf(Path workbook, Path outDir) throws IOException, InterruptedException {
        return convert(workbook, outDir, "pdf", ".pdf");
    }

    /** Opens and saves a workbook again as LibreOffice would when an HR team edits a template. */
    static Path resave(Path workbook, Path outDir) throws IOException, InterruptedException {
        return convert(workbook, outDir, "xlsx:Calc MS Excel 2007 XML", ".xlsx");
    }

    private static Path convert(Path workbook, Path outDir, String filter, String extension)
            throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("soffice", "-env:UserInstallation=" + outDir.resolve("profile").toUri(),
                    "--headless", "--convert-to", filter, "--outdir", outDir.toString(), workbook.toString())
                    .redirectErrorStream(true).redirectOutput(outDir.resolve("soffice.log").toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("LibreOffice (soffice) is needed to check the workbooks and is not installed:"
                    + " apt-get install libreoffice-calc", e);
        }
        // generous: a conversion that hangs must not hold the build forever, a busy machine must not fail it
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("soffice converting " + workbook + " did not finish"
                + " within 10 minutes; its output is in " + outDir.resolve("soffice.log")).isTrue();
        String name = workbook.getFileName().toString().replaceFirst("\\.xlsx$", extension);
        Path converted = outDir.resolve(name);
        assertThat(process.exitValue()).as(Files.readString(outDir.resolve("soffice.log"))).isZero();
        assertThat(converted).as(filter + " of " + workbook).exists();
        assertThat(Files.size(converted)).isGreaterThan(1000);
        return converted;
    }
}
