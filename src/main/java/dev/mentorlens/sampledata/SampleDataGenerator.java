package dev.mentorlens.sampledata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic MentorLens input folder: the same files, byte for byte, for the same
 * employee count and seed.
 */
public final class SampleDataGenerator {

    /** Above this the per-employee arrays alone would outgrow a default heap. */
    public static final int MAX_EMPLOYEES = 5_000_000;

    private SampleDataGenerator() {
    }

    /**
     * Generates the inputs into {@code outDir} (created if needed; existing files of the same names
     * are overwritten).
     *
     * @param employees number of valid employees, 1 to {@link #MAX_EMPLOYEES}
     * @param seed      any value; the same seed gives the same files
     * @param outDir    the input folder to write
     * @return what was written, including every deliberate bad row
     */
    public static GenerationSummary generate(int employees, long seed, Path outDir) throws IOException {
        if (employees < 1 || employees > MAX_EMPLOYEES) {
            throw new IllegalArgumentException("employees must be between 1 and " + MAX_EMPLOYEES + ", got "
                    + employees);
        }
        Files.createDirectories(outDir);
        Report report = new Report();

        Workforce staff = new Workforce(employees, seed);
        Mentoring mentoring = new Mentoring(staff);
        long careerEvents = staff.settleLevels();

        mentoring.writeProgrammes(outDir, report);
        staff.writeEmployees(outDir, report);
        staff.writeJobHistory(outDir, report, careerEvents);
        mentoring.writeEnrolments(outDir, report);
        mentoring.writeMatches(outDir, report);
        new Sessions(staff, mentoring).write(outDir, report);
        new Surveys(staff, mentoring).write(outDir, report);
        new Goals(staff, mentoring).write(outDir, report);
        return new GenerationSummary(employees, seed, outDir, report.files, report.badRows);
    }

    /** {@code SampleDataGenerator <employees> <seed> <out-dir>}: generates and prints the summary. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: SampleDataGenerator <employees> <seed> <out-dir>");
            System.exit(2);
        }
        GenerationSummary summary = generate(Integer.parseInt(args[0]), Long.parseLong(args[1]), Path.of(args[2]));
        System.out.print(summary.describe());
    }
}
