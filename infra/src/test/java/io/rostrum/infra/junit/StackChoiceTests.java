package io.rostrum.infra.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.rostrum.infra.junit.StackChoice.Provider;
import org.junit.jupiter.api.Test;

class StackChoiceTests {

    /** Asking for the local stack, or for nothing, must not touch Docker at all. */
    private static final DockerCheck NOT_TO_BE_ASKED = () -> {
        throw new AssertionError("Docker was asked although containers were not");
    };

    @Test
    void usesTheLocalStackAndSaysHowToSwitchWhenNothingAsksForContainers() {
        StackChoice choice = StackChoice.choose(null, null, NOT_TO_BE_ASKED);

        assertThat(choice.provider()).isEqualTo(Provider.LOCAL);
        assertThat(choice.explanation())
                .startsWith("Test stack: local")
                .contains("-Drostrum.test-stack=testcontainers", "ROSTRUM_TEST_STACK=testcontainers")
                .doesNotContain("\n");
    }

    @Test
    void fallsBackToTheLocalStackWithTestcontainersReasonWhenNoDockerEngineAnswers() {
        StackChoice choice = StackChoice.choose("testcontainers", null, DockerCheck.testcontainers());
        assumeTrue(choice.provider() == Provider.LOCAL, "a Docker engine answers here, so there is no fallback");

        assertThat(choice.explanation())
                .startsWith("Test stack: -Drostrum.test-stack=testcontainers, but Testcontainers cannot reach a "
                        + "Docker engine (")
                // Testcontainers' own words for it
                .contains("Docker environment")
                .endsWith("); using the local stack instead.")
                .doesNotContain("\n");
    }

    @Test
    void readsTheEnvironmentVariableWhenThePropertyIsUnset() {
        StackChoice choice = StackChoice.choose(null, "local", NOT_TO_BE_ASKED);

        assertThat(choice.provider()).isEqualTo(Provider.LOCAL);
        assertThat(choice.explanation()).contains("as ROSTRUM_TEST_STACK=local asks");
    }

    @Test
    void thePropertyWinsOverTheEnvironmentVariable() {
        StackChoice choice = StackChoice.choose("local", "testcontainers", NOT_TO_BE_ASKED);

        assertThat(choice.provider()).isEqualTo(Provider.LOCAL);
        assertThat(choice.explanation()).contains("as -Drostrum.test-stack=local asks");
    }

    @Test
    void refusesAnUnknownStackNamingTheChoices() {
        assertThatThrownBy(() -> StackChoice.choose("docker", null, NOT_TO_BE_ASKED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("-Drostrum.test-stack=docker is not a test stack: use local or testcontainers");
    }
}
