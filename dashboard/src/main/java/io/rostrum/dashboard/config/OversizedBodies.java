package io.rostrum.dashboard.config;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A form beyond {@code spring.http.codecs.max-in-memory-size} is a 413, not a server error: the sign-in and CSRF
 * filters read forms before any controller, so Spring's own mapping of the limit never sees them. First in the
 * chain, around the security filters.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OversizedBodies implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return chain.filter(exchange).onErrorMap(DataBufferLimitException.class, ContentTooLargeException::new);
    }
}
