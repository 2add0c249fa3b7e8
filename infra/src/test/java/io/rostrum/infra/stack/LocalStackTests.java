package io.rostrum.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.rostrum.infra.junit.LocalStackExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local stack itself, so always it, whichever stack -Drostrum.test-stack gives the other tests. */
class LocalStackTests {

    private static final LocalStack stack = LocalStack.ephemeral(StackLayout.fromEnvironment());

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void up() {
        // a test JVM stopped early must not leave Kafka and Elasticsearch behind
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-tests-shutdown"));
        stack.up();
    }

    @AfterAll
    static void down() {
        stack.close();
    }

    @Test
    void kafkaBrokerStoresAndServesRecords() throws Exception {
        String topic = LocalStackExtension.uniqueName("stack-check");
        String bootstrap = stack.kafka().bootstrapServers();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "ceo-1", "hello")).get();
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG, topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(Set.of(topic));
            ConsumerRecords<String, String> records = ConsumerRecords.empty();
            for (int attempt = 0; attempt < 20 && records.isEmpty(); attempt++) {
                records = consumer.poll(Duration.ofMillis(500));
            }
            assertThat(records.count()).isEqualTo(1);
            assertThat(records.iterator().next().value()).isEqualTo("hello");
        }
    }

    @Test
    void elasticsearchIndexesAndCountsDocuments() throws Exception {
        String index = LocalStackExtension.uniqueName("stack-check");
        HttpResponse<String> indexed = http.send(HttpRequest.newBuilder(
                        URI.create(stack.elasticsearch().url() + "/" + index + "/_doc/1?refresh=wait_for"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"text\":\"hello\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> count = http.send(HttpRequest.newBuilder(
                URI.create(stack.elasticsearch().url() + "/" + index + "/_count")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(indexed.statusCode()).isEqualTo(201);
        assertThat(count.body()).contains("\"count\":1");
    }

    @Test
    void eachNodeComesBackOnItsPortWithItsDataAfterAStop() throws Exception {
        String name = LocalStackExtension.uniqueName("stack-restart");
        String bootstrap = stack.kafka().bootstrapServers();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(name, 1, (short) 1))).all().get();
        }
        HttpResponse<String> indexed = http.send(HttpRequest.newBuilder(
                        URI.create(stack.elasticsearch().url() + "/" + name + "/_doc/1?refresh=wait_for"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"text\":\"kept\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(indexed.statusCode()).isEqualTo(201);

        stack.stopKafka();
        stack.stopElasticsearch();
        assertThat(stack.kafka().answers()).isFalse();
        assertThat(stack.elasticsearch().healthy()).isFalse();
        stack.startKafka();
        stack.startElasticsearch();

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            assertThat(admin.listTopics().names().get()).contains(name);
        }
        HttpResponse<String> document = http.send(HttpRequest.newBuilder(
                URI.create(stack.elasticsearch().url() + "/" + name + "/_doc/1")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(document.body()).contains("\"text\":\"kept\"");
    }

    @Test
    void refusesABusyPortWithOneClearLine() {
        int busy = stack.kafka().port();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Ports.requireFree(busy, "Kafka"))
                .isInstanceOf(StackException.class)
                .hasMessageStartingWith("port " + busy + " is busy, so Kafka cannot start there")
                .hasMessageNotContaining("\n");
    }
}
