package io.rostrum.analytics.web;

import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.rostrum.analytics.AnalyticsTestStack;
import io.rostrum.infra.junit.LocalStackExtension;
import io.rostrum.support.web.ApiSurfaceContract;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpMethod;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@ExtendWith(LocalStackExtension.class)
// closed after the class, while the stack is still up: its consumers and streams stop cleanly
@DirtiesContext
@SpringBootTest(properties = {"spring.security.user.name=api", "spring.security.user.password=test-only"})
@AutoConfigureWebTestClient
class ApiSurfaceIntegrationTests extends ApiSurfaceContract {

    private static final String PREFIX = LocalStackExtension.uniqueName("analytics-surface") + ".";

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        AnalyticsTestStack.register(registry, PREFIX, 1);
    }

    @Override
    protected Stream<Arguments> apiCalls() {
        return Stream.of(arguments(HttpMethod.GET, "/api/executives"),
                arguments(HttpMethod.GET, "/api/executives/ceo-ava/posts"), arguments(HttpMethod.GET, "/api/stats"),
                arguments(HttpMethod.GET, "/api/metrics"), arguments(HttpMethod.GET, "/api/metrics.csv"),
                arguments(HttpMethod.GET, "/api/compare"), arguments(HttpMethod.GET, "/api/search"),
                arguments(HttpMethod.GET, "/api/posts"), arguments(HttpMethod.GET, "/api/alerts"),
                arguments(HttpMethod.POST, "/api/alerts/shift-1/acknowledge"),
                arguments(HttpMethod.GET, "/api/alerts/stream"));
    }
}
