package io.rostrum.dashboard.security;

import io.rostrum.dashboard.config.DashboardProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;

/**
 * Every page needs a signed-in user: our own sign-in page, a session cookie, CSRF protection on. Viewers read;
 * acknowledging an alert takes an admin. Health and the Prometheus scrape stay open, as do the assets the sign-in
 * page needs.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /** Nothing inline and nothing from elsewhere: pages load only this application's scripts and styles. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; style-src 'self'; script-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self';"
            + " base-uri 'none'; object-src 'none'";

    @Bean
    SecurityWebFilterChain dashboardSecurity(ServerHttpSecurity http) {
        return http.authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
                                "/actuator/health/**", "/actuator/prometheus").permitAll()
                        .pathMatchers(HttpMethod.POST, "/alerts/*/acknowledge").hasRole("ADMIN")
                        .anyExchange().authenticated())
                // a custom page: failures go to /login?error, sign-out to /login?logout
                .formLogin(form -> form.loginPage("/login"))
                .logout(logout -> logout.logoutUrl("/logout"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .contentTypeOptions(Customizer.withDefaults())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /** Verifies {@code {bcrypt}}, {@code {argon2}} and the other prefixed hashes; encodes new ones with bcrypt. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    MapReactiveUserDetailsService dashboardUsers(DashboardProperties properties, PasswordEncoder passwordEncoder) {
        InitialAdmin initialAdmin = new InitialAdmin(properties.stateDir());
        return new MapReactiveUserDetailsService(DashboardUsers.from(properties, passwordEncoder,
                () -> initialAdmin.passwordHash(properties.admin().username())));
    }
}
