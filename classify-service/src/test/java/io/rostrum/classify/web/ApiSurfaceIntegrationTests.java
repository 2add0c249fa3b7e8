package io.rostrum.classify.web;

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

    private static final String PREFIX = LocalStackExtension.uniqueName("classify-surface") + ".";

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> LocalStackExtension.stack().kafka().bootstrapServers());
        registry.add("rostrum.classify.topic-prefix", () -> PREFIX);
        registry.add("rostrum.classify.partitions", () -> 1);
    }

    @Override
    protected Stream<Arguments> apiCalls() {
        return Stream.of(arguments(HttpMethod.POST, "/api/classify"));
    }
}
