package dev.mentorlens.cli;

import java.io.PrintStream;
import java.util.Set;

import dev.mentorlens.web.ApiTokens;

/**
 * {@code new-token}: prints a new random bearer token for the API and the hash that goes into the user's
 * {@code token-hashes} in configuration. The token is shown this once; serve keeps only its hash.
 */
final class NewTokenCommand {

    private final PrintStream out;

    NewTokenCommand(PrintStream out) {
        this.out = out;
    }

    int run(Arguments arguments) {
        arguments.allowOnly(Set.of());
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("new-token takes no arguments; it prints a new token and its hash.");
        }
        String token = ApiTokens.generate();
        out.println("token: " + token);
        out.println("token-hash: " + ApiTokens.hash(token));
        return 0;
    }
}
