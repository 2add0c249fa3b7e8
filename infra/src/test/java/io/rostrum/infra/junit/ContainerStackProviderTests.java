package io.rostrum.infra.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContainerStackProviderTests {

    @Test
    void namesBrokerSettingsTheWayTheKafkaImageReadsThem() {
        assertThat(ContainerStackProvider.kafkaImageVariable("num.partitions")).isEqualTo("KAFKA_NUM_PARTITIONS");
        assertThat(ContainerStackProvider.kafkaImageVariable("a_b-c.d")).isEqualTo("KAFKA_A__B___C_D");
    }
}
