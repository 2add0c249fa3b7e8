package io.rostrum.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceSecretEncoderTests {

    private final ServiceSecretEncoder encoder = new ServiceSecretEncoder();

    @Test
    void acceptsOnlyTheExactSecret() {
        String secret = encoder.encode("s3cret-from-the-environment");

        assertThat(encoder.matches("s3cret-from-the-environment", secret)).isTrue();
        assertThat(encoder.matches("s3cret-from-the-environmenT", secret)).isFalse();
        assertThat(encoder.matches("s3cret", secret)).isFalse();
        assertThat(encoder.matches("", secret)).isFalse();
    }

    @Test
    void neverAsksForTheSecretToBeRehashed() {
        assertThat(encoder.upgradeEncoding(encoder.encode("any"))).isFalse();
    }
}
