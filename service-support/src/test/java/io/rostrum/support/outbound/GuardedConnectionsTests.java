package io.rostrum.support.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/** The rules at connection time, on the addresses a real client resolves and connects to. */
class GuardedConnectionsTests {

    private static final String PREFIX = "rostrum.test.outbound";

    private HttpServer server;
    private int port;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ok", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/elsewhere", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + port + "/ok");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void refusesToConnectToALiteralLoopbackAddress() {
        Throwable failure = get(new OutboundSettings(true, false, List.of()), "http://127.0.0.1:" + port + "/ok");

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                .isInstanceOf(RefusedDestinationException.class)
                .hasMessageStartingWith("127.0.0.1 is a loopback address: requests go to public addresses only");
    }

    @Test
    void refusesToConnectWhereANameResolves() {
        Throwable failure = get(new OutboundSettings(true, false, List.of()), "http://localhost:" + port + "/ok");

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                .isInstanceOf(RefusedDestinationException.class)
                .hasMessageStartingWith("localhost resolves to 127.0.0.1, a loopback address");
    }

    @Test
    void connectsToLocalStandInsOnlyWhenAllowed() {
        assertThat(get(OutboundSettings.localStandIns(), "http://127.0.0.1:" + port + "/ok")).isNull();
        assertThat(get(OutboundSettings.localStandIns(), "http://localhost:" + port + "/ok")).isNull();
    }

    @Test
    void checksTheConnectionOfARedirectToo() {
        OutboundSettings onlyLocalhost = new OutboundSettings(true, false, List.of("localhost"));

        assertThat(get(onlyLocalhost, "http://localhost:" + port + "/ok")).isNull();
        Throwable failure = get(onlyLocalhost, "http://localhost:" + port + "/elsewhere");

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                .isInstanceOf(RefusedDestinationException.class)
                .hasMessageStartingWith("127.0.0.1 is a loopback address");
    }

    /** The failure of a GET through a guarded client that follows redirects, or null when it succeeded. */
    private static Throwable get(OutboundSettings settings, String url) {
        OutboundPolicy policy = new OutboundPolicy(settings, PREFIX);
        WebClient client = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(policy.guard(HttpClient.create().followRedirect(true))))
                .build();
        return catchThrowable(() -> client.get().uri(url).retrieve().toBodilessEntity().block());
    }
}
