package dev.mentorlens.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Standard Spring Security: every request needs a login except {@code /actuator/health} and the login page.
 * Two chains: the API and Actuator take HTTP Basic or a bearer token ({@link BearerTokenFilter}) and keep no
 * session; the console logs in with a form,
 * keeps a session and checks a CSRF token on every form it posts. Actions (every POST but logout) and the
 * audit log need the role ops, reading needs ops or viewer. The users come from {@link ServeUsers}; an organisation that
 * has its own identity provider replaces the {@link UserDetailsService} bean or adds an OAuth2 / OIDC
 * login here, and maps its groups to ROLE_OPS and ROLE_VIEWER (and, for a viewer of some programmes only,
 * to {@code PROGRAMME_<id>} authorities: see {@link ProgrammeAccess}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String OPS = "OPS";
    static final String VIEWER = "VIEWER";
    private static final Set<String> ROLES = Set.of("ops", "viewer");
    private static final Pattern PROGRAMME_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");

    /**
     * The API and Actuator: HTTP Basic or a bearer token on every request, no session, so no CSRF token to
     * check.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokens tokens) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/**").hasRole(OPS)
                        .requestMatchers("/api/audit", "/api/audit/**").hasRole(OPS)
                        .anyRequest().hasAnyRole(OPS, VIEWER))
                .httpBasic(Customizer.withDefaults())
                .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // each request carries its credentials: no session cookie a forged form could ride on
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** The console: a login form and a session, so every form it posts carries a CSRF token. */
    @Bean
    @Order(2)
    SecurityFilterChain consoleSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        // a request refused before the login (a path with "..", say) still gets its 400
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/login", "/console.css").permitAll()
                        .requestMatchers(HttpMethod.POST, "/logout").authenticated()
                        .requestMatchers(HttpMethod.POST, "/**").hasRole(OPS)
                        .requestMatchers("/audit").hasRole(OPS)
                        .anyRequest().hasAnyRole(OPS, VIEWER))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService serveUserDetails(ServeUsers configured) {
        if (configured.users().isEmpty()) {
            throw new InvalidServeSettingsException("serve needs at least one user: add mentorlens.users (name, password-hash"
                    + " from 'mentorlens hash-password', roles ops or viewer) to the site configuration.");
        }
        List<UserDetails> users = configured.users().stream().map(SecurityConfiguration::user).toList();
        return new InMemoryUserDetailsManager(users);
    }

    /** The bearer tokens of the configured users, each mapped to its user. */
    @Bean
    ApiTokens apiTokens(ServeUsers configured, UserDetailsService users) {
        ApiTokens.Builder tokens = new ApiTokens.Builder();
        for (ServeUsers.User user : configured.users()) {
            for (String hash : user.tokenHashes()) {
                tokens.add(hash, users.loadUserByUsername(user.name()));
            }
        }
        return tokens.build();
    }

    private static UserDetails user(ServeUsers.User user) {
        String where = "mentorlens.users entry '" + user.name() + "'";
        if (user.name() == null || user.name().isBlank()) {
            throw new InvalidServeSettingsException("A mentorlens.users entry has no name; give each user a name.");
        }
        if (user.passwordHash() == null || !BCRYPT.matcher(user.passwordHash()).matches()) {
            throw new InvalidServeSettingsException(where + ": password-hash is not a BCrypt hash; print one with"
                    + " 'mentorlens hash-password'.");
        }
        if (user.roles().isEmpty() || !ROLES.containsAll(user.roles())) {
            throw new InvalidServeSettingsException(where + ": roles " + user.roles() + " are not valid; expected ops and/or"
                    + " viewer.");
        }
        for (String hash : user.tokenHashes()) {
            if (hash == null || !ApiTokens.HASH.matcher(hash).matches()) {
                throw new InvalidServeSettingsException(where + ": a token-hashes entry is not the SHA-256 of a token"
                        + " (64 hex digits); print a token and its hash with 'mentorlens new-token'.");
            }
        }
        List<String> authorities = new ArrayList<>();
        user.roles().forEach(role -> authorities.add("ROLE_" + role.toUpperCase(Locale.ROOT)));
        if (!user.programmes().isEmpty()) {
            if (user.roles().contains("ops")) {
                throw new InvalidServeSettingsException(where + ": programmes are for viewers only (ops act on every"
                        + " programme); remove programmes, or the role ops.");
            }
            for (String programme : user.programmes()) {
                if (programme == null || !PROGRAMME_ID.matcher(programme).matches()) {
                    throw new InvalidServeSettingsException(where + ": programme '" + programme + "' is not a"
                            + " programme id; expected ids as in programmes.csv, e.g. [career-mentoring].");
                }
                authorities.add(ProgrammeAccess.AUTHORITY_PREFIX + programme);
            }
        }
        return User.withUsername(user.name()).password(user.passwordHash())
                .authorities(authorities.toArray(String[]::new)).build();
    }
}
