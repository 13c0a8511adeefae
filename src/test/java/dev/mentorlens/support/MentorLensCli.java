package dev.mentorlens.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.mentorlens.MentorLensApplication;
import dev.mentorlens.cli.Commands;

/** Runs MentorLens commands as a user would: in this JVM, or in a child JVM that can be killed. */
public final class MentorLensCli {

    public static final Path GOLDEN = SharedData.resolve("golden-v2");

    private MentorLensCli() {
    }

    public static CommandResult run(TestDatabase db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(db.springArgs());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Commands.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandResult(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Starts a command in a child JVM on this test's classpath; its output goes to {@code log}. */
    public static Process start(TestDatabase db, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), MentorLensApplication.class.getName()));
        command.addAll(List.of(args));
        command.addAll(db.springArgs());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
