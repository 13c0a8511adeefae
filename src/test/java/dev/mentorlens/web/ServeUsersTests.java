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

    @Test
    void aConfiguredUserLogsInWithThePasswordOfItsHashAndHasItsRoles() {
        UserDetails olivia = users(new ServeUsers.User("olivia", HASH, List.of("ops", "viewer")))
                .loadUserByUsername("olivia");

        assertThat(new BCryptPasswordEncoder().matches("correct horse", olivia.getPassword())).isTrue();
        assertThat(olivia.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_OPS", "ROLE_VIEWER");
    }

    @Test
    void aPlainPasswordInsteadOfAHashIsRefusedWithTheUsersName() {
        assertThatThrownBy(() -> users(new ServeUsers.User("olivia", "correct horse", List.of("ops"))))
                .hasMessage("mentorlens.users entry 'olivia': password-hash is not a BCrypt hash; print one with"
                        + " 'mentorlens hash-password'.");
    }

    @Test
    void anUnknownRoleIsRefused() {
        assertThatThrownBy(() -> users(new ServeUsers.User("olivia", HASH, List.of("admin"))))
                .hasMessageContaining("roles [admin] are not valid; expected ops and/or viewer");
    }

    @Test
    void noUsersAtAllIsRefusedRatherThanServingWithAGeneratedPassword() {
        assertThatThrownBy(() -> users()).hasMessageStartingWith("serve needs at least one user");
    }
}
