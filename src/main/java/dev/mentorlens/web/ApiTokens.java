package dev.mentorlens.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.core.userdetails.UserDetails;

/**
 * The bearer tokens the API takes besides HTTP Basic. A token is 32 random bytes, so configuration keeps only
 * its SHA-256 (a slow hash such as BCrypt protects guessable passwords; it would cost every API call a tenth
 * of a second and gain nothing on a random token). A request's token is hashed and looked up among the
 * configured hashes, each of which belongs to one user.
 */
public final class ApiTokens {

    static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final String PREFIX = "mlt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, UserDetails> byHash;

    ApiTokens(Map<String, UserDetails> byHash) {
        this.byHash = Map.copyOf(byHash);
    }

    /** A new token to hand to an API client once. */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hash of a token as configuration keeps it: SHA-256, lower-case hex. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java has no SHA-256", e);
        }
    }

    /** The user a token belongs to, if it is one of the configured tokens. */
    Optional<UserDetails> user(String token) {
        return Optional.ofNullable(byHash.get(hash(token)));
    }

    boolean isEmpty() {
        return byHash.isEmpty();
    }

    /** Collects the token hashes of the configured users; one hash given to two users is refused. */
    static final class Builder {

        private final Map<String, UserDetails> byHash = new HashMap<>();

        Builder add(String hash, UserDetails user) {
            UserDetails other = byHash.putIfAbsent(hash, user);
            if (other != null) {
                throw new InvalidServeSettingsException("mentorlens.users entries '" + other.getUsername() + "' and '"
                        + user.getUsername() + "' have the same token-hash; print a token for each with"
                        + " 'mentorlens new-token'.");
            }
            return this;
        }

        ApiTokens build() {
            return new ApiTokens(byHash);
        }
    }
}
