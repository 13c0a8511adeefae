package dev.mentorlens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class HashPasswordCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int run(String stdin, String... args) throws Exception {
        String[] all = new String[args.length + 1];
        all[0] = "hash-password";
        System.arraycopy(args, 0, all, 1, args.length);
        return new HashPasswordCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), null,
                new PrintStream(out, true, StandardCharsets.UTF_8)).run(Arguments.parse(all));
    }

    @Test
    void printsABcryptHashThatMatchesThePasswordReadFromStandardInput() throws Exception {
        int code = run("correct horse battery\n");

        String hash = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(code).isZero();
        assertThat(hash).startsWith("$2a$10$").doesNotContain("correct");
        assertThat(new BCryptPasswordEncoder().matches("correct horse battery", hash)).isTrue();
    }

    @Test
    void refusesAPasswordOnTheCommandLine() {
        assertThatThrownBy(() -> run("", "secret-password")).isInstanceOf(UsageException.class)
                .hasMessageContaining("not from the command line");
    }

    @Test
    void refusesAShortPassword() {
        assertThatThrownBy(() -> run("short\n")).hasMessage("The password must have at least 8 characters.");
    }
}
