package io.rostrum.dashboard.security;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Tells every page whether the signed-in user is an admin ({@code isAdmin}), e.g. to show acknowledge buttons. */
@ControllerAdvice
class SignedInUserAdvice {

    @ModelAttribute("isAdmin")
    Mono<Boolean> isAdmin(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(Authentication.class::isInstance)
                .map(principal -> ((Authentication) principal).getAuthorities().stream()
                        .anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority())))
                .defaultIfEmpty(false);
    }
}
