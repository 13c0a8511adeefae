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
        UserDetails olivia = users(new ServeUsers.User("olivia", HASH, List.of("ops", "viewer"), List.of()))
                .loadUserByUsername("olivia");

        assertThat(new BCryptPasswordEncoder().matches("correct horse", olivia.getPassword())).isTrue();
        assertThat(olivia.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_OPS", "ROLE_VIEWER");
    }

    @Test
    void aPlainPasswordInsteadOfAHashIsRefusedWithTheUsersName() {
        assertThatThrownBy(() -> users(new ServeUsers.User("olivia", "correct horse", List.of("ops"), List.of())))
                .hasMessage("mentorlens.users entry 'olivia': password-hash is not a BCrypt hash; print one with"
                        + " 'mentorlens hash-password'.");
    }

    @Test
    void anUnknownRoleIsRefused() {
        assertThatThrownBy(() -> users(new ServeUsers.User("olivia", HASH, List.of("admin"), List.of())))
                .hasMessageContaining("roles [admin] are not valid; expected ops and/or viewer");
    }

    @Test
    void aViewerLimitedToProgrammesCarriesOneAuthorityPerProgramme() {
        UserDetails carla = users(new ServeUsers.User("carla", HASH, List.of("viewer"), List.of("career-mentoring")))
                .loadUserByUsername("carla");

        assertThat(carla.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_VIEWER", "PROGRAMME_career-mentoring");
        assertThat(ProgrammeAccess.of(carla.getAuthorities()).programmes()).containsExactly("career-mentoring");
    }

    @Test
    void programmesOnAnOpsUserOrAnIdThatCannotBeAProgrammeAreRefused() {
        assertThatThrownBy(() -> users(new ServeUsers.User("olivia", HASH, List.of("ops"), List.of("career"))))
                .hasMessage("mentorlens.users entry 'olivia': programmes are for viewers only (ops act on every"
                        + " programme); remove programmes, or the role ops.");
        assertThatThrownBy(() -> users(new ServeUsers.User("carla", HASH, List.of("viewer"), List.of("Career Mentoring"))))
                .hasMessageContaining("programme 'Career Mentoring' is not a programme id");
    }

    @Test
    void noUsersAtAllIsRefusedRatherThanServingWithAGeneratedPassword() {
        assertThatThrownBy(() -> users()).hasMessageStartingWith("serve needs at least one user");
    }
}
