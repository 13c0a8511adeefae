package dev.mentorlens.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

import dev.mentorlens.sampledata.GenerationSummary;
import dev.mentorlens.sampledata.SampleDataGenerator;

/** {@code generate --employees N --seed S --out DIR}: synthetic inputs of any size, no database needed. */
final class GenerateCommand {

    private final PrintStream out;

    GenerateCommand(PrintStream out) {
        this.out = out;
    }

    int run(Arguments arguments) throws Exception {
        arguments.allowOnly(Set.of("employees", "seed", "out"));
        int employees = arguments.integer("employees", -1, 10, 50_000_000);
        if (employees < 0) {
            throw new UsageException("generate needs --employees N (at least 10).");
        }
        long seed;
        try {
            seed = Long.parseLong(arguments.optional("seed", "1"));
        } catch (NumberFormatException e) {
            throw new UsageException("--seed must be a whole number (got '" + arguments.options().get("seed") + "').");
        }
        Path dir = Path.of(arguments.required("out"));
        GenerationSummary summary = SampleDataGenerator.generate(employees, seed, dir);
        for (GenerationSummary.FileRows file : summary.files()) {
            out.printf("%-32s %10d rows%n", file.file(), file.rows());
        }
        out.println("Wrote " + summary.files().size() + " files for " + employees + " employees to " + dir + ".");
        return 0;
    }
}
