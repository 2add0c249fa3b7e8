package io.rostrum.ingest.polling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rostrum.events.Topics;
import io.rostrum.infra.junit.LocalStackExtension;
import io.rostrum.ingest.IngestApplication;
import io.rostrum.ingest.connector.Connector;
import io.rostrum.ingest.registry.ExecutiveRegistry;
import io.rostrum.ingest.registry.Registration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two ingest-service instances on one real broker: each executive is polled by exactly one of them, cursors carry
 * over when one stops and the other takes its executives, and no post is published twice.
 */
@ExtendWith(LocalStackExtension.class)
class PollingScaleOutIntegrationTests {

    private static final int EXECUTIVES = 6;

    private final String prefix = LocalStackExtension.uniqueName("scale-out") + ".";
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @AfterEach
    void stopInstances() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void everyExecutiveIsPolledByExactlyOneInstanceAndFailsOverWithItsCursor() {
        ConfigurableApplicationContext first = start();
        ConfigurableApplicationContext second = start();
        ExecutiveRegistry registry = first.getBean(ExecutiveRegistry.class);
        registry.registerAll(IntStream.rangeClosed(1, EXECUTIVES).mapToObj(n -> new Registration("ceo-" + n,
                "CEO " + n, "CEO", "Org " + n, List.of(new Registration.AccountEntry("x", "ceo" + n, null))))
                .toList());

        await().atMost(Duration.ofSeconds(60)).until(() -> polled(first).size() + polled(second).size() == EXECUTIVES
                && !polled(first).isEmpty() && !polled(second).isEmpty());
        assertThat(polled(first)).doesNotContainAnyElementsOf(polled(second));
        Set<String> handedOver = polled(first);

        first.close();

        await().atMost(Duration.ofSeconds(60)).until(() -> polled(second).size() == EXECUTIVES);
        await().atMost(Duration.ofSeconds(30)).until(() -> handedOver.stream().allMatch(handle ->
                statusOf(second, handle).observations() >= 2));
        second.close();
        List<String> keys = publishedPostKeys();
        assertThat(keys).doesNotHaveDuplicates();
        for (String handle : handedOver) {
            int rounds = (int) keys.stream().filter(key -> key.startsWith("x:" + handle + "-")).count();
            assertThat(keys).as("no round of " + handle + " skipped").containsAll(IntStream.rangeClosed(1, rounds)
                    .mapToObj(round -> "x:" + handle + "-" + round).toList());
        }
    }

    private ConfigurableApplicationContext start() {
        // arguments, not default properties: they must win over application.yml
        ConfigurableApplicationContext context = new SpringApplicationBuilder(IngestApplication.class,
                ScriptedPlatform.class).run(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + LocalStackExtension.stack().kafka().bootstrapServers(),
                "--rostrum.ingest.topic-prefix=" + prefix,
                "--rostrum.ingest.partitions=6",
                "--rostrum.ingest.polling.interval=1s",
                "--rostrum.ingest.polling.tick=200ms",
                "--spring.security.user.password=test-only",
                "--logging.level.org.apache.kafka=warn");
        instances.add(context);
        return context;
    }

    private static Set<String> polled(ConfigurableApplicationContext instance) {
        if (!instance.isActive()) {
            return Set.of();
        }
        Set<String> handles = new HashSet<>();
        instance.getBean(AccountPoller.class).statuses().forEach(status -> handles.add(status.handle()));
        return handles;
    }

    private static AccountStatus statusOf(ConfigurableApplicationContext instance, String handle) {
        return instance.getBean(AccountPoller.class).statuses().stream()
                .filter(status -> status.handle().equals(handle)).findFirst().orElseThrow();
    }

    /** Everything on the raw topic, read once the instances have stopped publishing. */
    private List<String> publishedPostKeys() {
        List<String> keys = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStackExtension.stack().kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, LocalStackExtension.uniqueName("reader"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(Set.of(Topics.POSTS_RAW.name(prefix)));
            int empty = 0;
            while (empty < 5) {
                List<ConsumerRecord<String, String>> batch = new ArrayList<>();
                consumer.poll(Duration.ofMillis(500)).forEach(batch::add);
                empty = batch.isEmpty() ? empty + 1 : 0;
                batch.forEach(record -> keys.add(record.value().replaceAll(".*\"postKey\":\"([^\"]+)\".*", "$1")));
            }
        }
        return keys;
    }

    @Configuration(proxyBeanMethods = false)
    static class ScriptedPlatform {

        @Bean
        Connector scriptedConnector() {
            return new ScriptedConnector();
        }
    }
}
