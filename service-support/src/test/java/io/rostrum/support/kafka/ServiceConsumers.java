package io.rostrum.support.kafka;

import io.rostrum.infra.stack.StackLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.Deserializer;
import org.springframework.beans.BeanUtils;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;

/**
 * The value deserializer of a service's consumers, built the way Spring Boot builds it: the {@code spring.kafka}
 * settings of the service's application.yml, then this module's consumer factory customizer. So the tests meet
 * records with exactly what the services run.
 */
final class ServiceConsumers {

    /** The services whose listeners read events. */
    static final List<String> SERVICES = List.of("ingest-service", "classify-service",
            "analytics-service");

    private ServiceConsumers() {
    }

    static Deserializer<Object> valueDeserializer(String service) {
        Path settings = StackLayout.fromEnvironment().home().resolve(service)
                .resolve("src/main/resources/application.yml");
        StandardEnvironment environment = new StandardEnvironment();
        try {
            new YamlPropertySourceLoader().load(service, new FileSystemResource(settings))
                    .forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KafkaProperties kafka = Binder.get(environment).bind("spring.kafka", KafkaProperties.class)
                .orElseThrow(() -> new IllegalStateException(settings + " configures no spring.kafka"));
        DefaultKafkaConsumerFactory<Object, Object> consumers =
                new DefaultKafkaConsumerFactory<>(kafka.buildConsumerProperties());
        new EventKafkaConfiguration().typeTokens().customize(consumers);
        Map<String, Object> configs = consumers.getConfigurationProperties();
        @SuppressWarnings("unchecked")
        Deserializer<Object> values = BeanUtils.instantiateClass(
                (Class<Deserializer<Object>>) configs.get(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG));
        values.configure(configs, false);
        return values;
    }
}
