package dev.mentorlens.web;

import java.util.List;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The users the API tests log in as, given to {@code serve} as configuration with BCrypt hashes. */
final class ApiUsers {

    static final String OPS = "olivia";
    static final String OPS_PASSWORD = "ops-secret-1";
    static final String VIEWER = "victor";
    static final String VIEWER_PASSWORD = "viewer-secret-1";
    /** Bearer tokens of the two users, new for each test run. */
    static final String OPS_TOKEN = ApiTokens.generate();
    static final String VIEWER_TOKEN = ApiTokens.generate();

    static final List<String> ARGS;

    static {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        ARGS = List.of("--mentorlens.users[0].name=" + OPS,
                "--mentorlens.users[0].password-hash=" + bcrypt.encode(OPS_PASSWORD),
                "--mentorlens.users[0].roles=ops",
                "--mentorlens.users[1].name=" + VIEWER,
                "--mentorlens.users[1].password-hash=" + bcrypt.encode(VIEWER_PASSWORD),
                "--mentorlens.users[1].roles=viewer",
                "--mentorlens.users[0].token-hashes=" + ApiTokens.hash(OPS_TOKEN),
                "--mentorlens.users[1].token-hashes=" + ApiTokens.hash(VIEWER_TOKEN));
    }

    private ApiUsers() {
    }
}
