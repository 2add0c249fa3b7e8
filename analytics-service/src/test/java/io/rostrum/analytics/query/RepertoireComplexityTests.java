package io.rostrum.analytics.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RepertoireComplexityTests {

    @Test
    void isOneForAllSixApproachesEquallyAndZeroForOne() {
        double sixth = 1.0 / 6;
        ApproachMix even = new ApproachMix(6, Map.of("celebrating", sixth, "informing", sixth, "dialoguing", sixth,
                "framing", sixth, "mobilizing", sixth, "obfuscating", sixth));
        ApproachMix single = new ApproachMix(9, Map.of("informing", 1.0, "celebrating", 0.0));

        assertThat(RepertoireComplexity.of(even).value()).isCloseTo(1.0, within(1e-12));
        assertThat(RepertoireComplexity.of(single).value()).isZero();
    }

    @Test
    void normalisesMeansThatMissOneByRounding() {
        // two approaches at .5 each: ln 2 / ln 6 = 0.386853, whether the means sum to 1 or to 0.98
        ApproachMix rounded = new ApproachMix(5, Map.of("informing", 0.49, "dialoguing", 0.49));

        assertThat(RepertoireComplexity.of(rounded).value()).isCloseTo(0.386853, within(1e-6));
    }

    @Test
    void saysNothingBelowFivePosts() {
        RepertoireComplexity complexity = RepertoireComplexity.of(new ApproachMix(4, Map.of("informing", 1.0)));

        assertThat(complexity.value()).isNull();
        assertThat(complexity.posts()).isEqualTo(4);
    }
}
