package dev.mentorlens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import dev.mentorlens.web.ApiTokens;
import org.junit.jupiter.api.Test;

class NewTokenCommandTests {

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] all = new String[args.length + 1];
        all[0] = "new-token";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = new NewTokenCommand(new PrintStream(out, true, StandardCharsets.UTF_8)).run(Arguments.parse(all));
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8).strip().split("\\R");
    }

    @Test
    void printsANewTokenEachTimeAndTheSha256ThatConfigurationKeeps() {
        String[] first = run();
        String[] second = run();

        assertThat(first).hasSize(2);
        String token = first[0].substring("token: ".length());
        assertThat(token).startsWith("mlt_").hasSizeGreaterThanOrEqualTo(40);
        assertThat(first[1]).isEqualTo("token-hash: " + ApiTokens.hash(token)).matches("token-hash: [0-9a-f]{64}");
        assertThat(second[0]).isNotEqualTo(first[0]);
    }

    @Test
    void theHashIsSha256InLowerCaseHex() {
        assertThat(ApiTokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void refusesArguments() {
        assertThatThrownBy(() -> run("mine")).isInstanceOf(UsageException.class).hasMessageContaining("no arguments");
    }
}
