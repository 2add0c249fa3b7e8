package io.rostrum.ingest.web;

import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.rostrum.infra.junit.LocalStackExtension;
import io.rostrum.support.web.ApiSurfaceContract;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@ExtendWith(LocalStackExtension.class)
@SpringBootTest(properties = {"spring.security.user.name=api", "spring.security.user.password=test-only"})
@AutoConfigureWebTestClient
class ApiSurfaceIntegrationTests extends ApiSurfaceContract {

    private static final String PREFIX = LocalStackExtension.uniqueName("ingest-surface") + ".";

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> LocalStackExtension.stack().kafka().bootstrapServers());
        registry.add("rostrum.ingest.topic-prefix", () -> PREFIX);
        registry.add("rostrum.ingest.partitions", () -> 1);
    }

    @Override
    protected Stream<Arguments> apiCalls() {
        return Stream.of(arguments(HttpMethod.GET, "/api/executives"), arguments(HttpMethod.POST, "/api/executives"),
                arguments(HttpMethod.GET, "/api/executives/ceo-ava"),
                arguments(HttpMethod.PUT, "/api/executives/ceo-ava"),
                arguments(HttpMethod.DELETE, "/api/executives/ceo-ava"),
                arguments(HttpMethod.GET, "/api/connectors/status"), arguments(HttpMethod.GET, "/api/imports"),
                arguments(HttpMethod.POST, "/api/imports/ceo-ava"));
    }
}
