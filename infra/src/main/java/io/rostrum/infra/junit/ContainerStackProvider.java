package io.rostrum.infra.junit;

import io.rostrum.infra.stack.ElasticsearchNode;
import io.rostrum.infra.stack.KafkaNode;
import io.rostrum.infra.stack.StackLayout;
import java.util.Locale;
import org.apache.kafka.common.utils.AppInfoParser;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.utility.DockerImageName;

/**
 * Kafka and Elasticsearch as Docker containers through Testcontainers, at the versions and with the settings of
 * the local stack: the official Kafka image at the version of the Kafka clients on the classpath, Elasticsearch
 * at the local stack's version, single node, security off.
 */
final class ContainerStackProvider implements StackProvider {

    static final DockerImageName KAFKA_IMAGE = DockerImageName.parse("apache/kafka")
            .withTag(AppInfoParser.getVersion());
    static final DockerImageName ELASTICSEARCH_IMAGE = DockerImageName.parse(
            "docker.elastic.co/elasticsearch/elasticsearch").withTag(StackLayout.ELASTICSEARCH_VERSION);
    private static final int ELASTICSEARCH_HTTP_PORT = 9200;

    private final KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE)
            .withStartupTimeout(KafkaNode.START_TIMEOUT);
    // no certificate to copy out: security is off, as on the local stack
    private final ElasticsearchContainer elasticsearch = new ElasticsearchContainer(ELASTICSEARCH_IMAGE)
            .withCertPath("")
            .withEnv("ES_JAVA_OPTS", ElasticsearchNode.JAVA_OPTIONS)
            .withStartupTimeout(ElasticsearchNode.START_TIMEOUT);

    ContainerStackProvider() {
        KafkaNode.BROKER_SETTINGS.forEach((key, value) -> kafka.withEnv(kafkaImageVariable(key), value));
        // the Elasticsearch image takes settings as environment variables under their own names
        ElasticsearchNode.NODE_SETTINGS.forEach(elasticsearch::withEnv);
    }

    @Override
    public TestStack start() {
        Startables.deepStart(kafka, elasticsearch).join();
        return new TestStack(new TestStack.Kafka(kafka.getBootstrapServers()),
                new TestStack.Elasticsearch("http://" + elasticsearch.getHttpHostAddress(),
                        elasticsearch.getMappedPort(ELASTICSEARCH_HTTP_PORT)));
    }

    @Override
    public void close() {
        kafka.stop();
        elasticsearch.stop();
    }

    /** The apache/kafka image's name for a broker setting: {@code num.partitions} is {@code KAFKA_NUM_PARTITIONS}. */
    static String kafkaImageVariable(String setting) {
        return "KAFKA_" + setting.replace("_", "__").replace("-", "___").replace('.', '_').toUpperCase(Locale.ROOT);
    }
}
