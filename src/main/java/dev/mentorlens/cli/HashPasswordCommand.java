package dev.mentorlens.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code hash-password}: prints the BCrypt hash of a password for {@code mentorlens.users}. The password is
 * typed (not echoed) on a terminal, or read as the first line of standard input; never taken as an argument,
 * which would keep it in the shell's history.
 */
final class HashPasswordCommand {

    static final int MIN_LENGTH = 8;

    private final InputStream in;
    private final Console console;
    private final PrintStream out;

    HashPasswordCommand(InputStream in, Console console, PrintStream out) {
        this.in = in;
        this.console = console;
        this.out = out;
    }

    int run(Arguments arguments) throws IOException {
        arguments.allowOnly(Set.of());
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("hash-password reads the password from the terminal or standard input, not from"
                    + " the command line.");
        }
        String password = read();
        if (password == null || password.length() < MIN_LENGTH) {
            throw new UsageException("The password must have at least " + MIN_LENGTH + " characters.");
        }
        out.println(new BCryptPasswordEncoder().encode(password));
        return 0;
    }

    private String read() throws IOException {
        if (console != null) {
            char[] typed = console.readPassword("Password: ");
            return typed == null ? null : new String(typed);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
    }
}
