package dev.mentorlens.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class ServeUsersTests {

    private static final String HASH = new BCryptPasswordEncoder().encode("correct horse");

    private static UserDetailsService users(ServeUsers.User... users) {
        return new SecurityConfiguration().serveUserDetails(new ServeUsers(List.of(users)));
    }

    private static ServeUsers.User user(String name, String hash, List<String> roles) {
        return user(name, hash, roles, List.of());
    }

    private static ServeUsers.User user(String name, String hash, List<String> roles, List<String> programmes) {
        return new ServeUsers.User(name, hash, roles, programmes, List.of());
    }

    @Test
    void aConfiguredUserLogsInWithThePasswordOfItsHashAndHasItsRoles() {
        UserDetails olivia = users(user("olivia", HASH, List.of("ops", "viewer")))
                .loadUserByUsername("olivia");

        assertThat(new BCryptPasswordEncoder().matches("correct horse", olivia.getPassword())).isTrue();
        assertThat(olivia.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_OPS", "ROLE_VIEWER");
    }

    @Test
    void aPlainPasswordInsteadOfAHashIsRefusedWithTheUsersName() {
        assertThatThrownBy(() -> users(user("olivia", "correct horse", List.of("ops"))))
                .hasMessage("mentorlens.users entry 'olivia': password-hash is not a BCrypt hash; print one with"
                        + " 'mentorlens hash-password'.");
    }

    @Test
    void anUnknownRoleIsRefused() {
        assertThatThrownBy(() -> users(user("olivia", HASH, List.of("admin"))))
                .hasMessageContaining("roles [admin] are not valid; expected ops and/or viewer");
    }

    @Test
    void aViewerLimitedToProgrammesCarriesOneAuthorityPerProgramme() {
        UserDetails carla = users(user("carla", HASH, List.of("viewer"), List.of("career-mentoring")))
                .loadUserByUsername("carla");

        assertThat(carla.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_VIEWER", "PROGRAMME_career-mentoring");
        assertThat(ProgrammeAccess.of(carla.getAuthorities()).programmes()).containsExactly("career-mentoring");
    }

    @Test
    void programmesOnAnOpsUserOrAnIdThatCannotBeAProgrammeAreRefused() {
        assertThatThrownBy(() -> users(user("olivia", HASH, List.of("ops"), List.of("career"))))
                .hasMessage("mentorlens.users entry 'olivia': programmes are for viewers only (ops act on every"
                        + " programme); remove programmes, or the role ops.");
        assertThatThrownBy(() -> users(user("carla", HASH, List.of("viewer"), List.of("Career Mentoring"))))
                .hasMessageContaining("programme 'Career Mentoring' is not a programme id");
    }

    @Test
    void aTokenHashThatIsNotASha256OrOneGivenToTwoUsersIsRefused() {
        String hash = ApiTokens.hash("mlt_token");
        ServeUsers.User olivia = new ServeUsers.User("olivia", HASH, List.of("ops"), List.of(), List.of(hash));
        ServeUsers.User victor = new ServeUsers.User("victor", HASH, List.of("viewer"), List.of(), List.of(hash));
        ServeUsers.User plain = new ServeUsers.User("victor", HASH, List.of("viewer"), List.of(), List.of("mlt_token"));
        SecurityConfiguration security = new SecurityConfiguration();

        assertThatThrownBy(() -> users(plain)).hasMessage("mentorlens.users entry 'victor': a token-hashes entry is not"
                + " the SHA-256 of a token (64 hex digits); print a token and its hash with 'mentorlens new-token'.");
        ServeUsers both = new ServeUsers(List.of(olivia, victor));
        assertThatThrownBy(() -> security.apiTokens(both, security.serveUserDetails(both)))
                .hasMessage("mentorlens.users entries 'olivia' and 'victor' have the same token-hash; print a token"
                        + " for each with 'mentorlens new-token'.");
        ServeUsers one = new ServeUsers(List.of(olivia));
        assertThat(security.apiTokens(one, security.serveUserDetails(one)).user("mlt_token"))
                .hasValueSatisfying(user -> assertThat(user.getUsername()).isEqualTo("olivia"));
    }

    @Test
    void noUsersAtAllIsRefusedRatherThanServingWithAGeneratedPassword() {
        assertThatThrownBy(() -> users()).hasMessageStartingWith("serve needs at least one user");
    }
}
