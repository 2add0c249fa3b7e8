package io.rostrum.support.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * A service API needs HTTP Basic credentials ({@code spring.security.user.*}, supplied by the environment, never
 * the repository); only health and the Prometheus scrape are open. Stateless basic auth sends no cookie, so
 * CSRF protection has nothing to protect here. A body beyond the service's limit is refused naming it
 * ({@link RequestBodyLimit}).
 */
@Configuration(proxyBeanMethods = false)
@Import(RequestBodyLimit.class)
public class ApiSecurityConfiguration {

    @Bean
    PasswordEncoder serviceSecretEncoder() {
        return new ServiceSecretEncoder();
    }

    @Bean
    SecurityWebFilterChain apiSecurity(ServerHttpSecurity http) {
        return http.authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health/**", "/actuator/prometheus").permitAll()
                        .anyExchange().authenticated())
                .httpBasic(Customizer.withDefaults())
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .build();
    }
}
