package io.rostrum.classify.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.rostrum.events.Approach;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The corpus keeps the promises of its data card. */
class CorpusTests {

    private final List<LabelledPost> train = LabelledExamples.read(Path.of("corpus/train.jsonl"));
    private final List<LabelledPost> test = LabelledExamples.read(Path.of("corpus/test.jsonl"));

    @Test
    void holdsAtLeast900ExamplesAndAtLeast120PerApproach() {
        List<LabelledPost> all = new ArrayList<>(train);
        all.addAll(test);

        assertThat(all).hasSizeGreaterThanOrEqualTo(900);
        Map<Approach, Long> perApproach = all.stream()
                .collect(Collectors.groupingBy(LabelledPost::approach, Collectors.counting()));
        assertThat(perApproach).hasSize(Approach.values().length).allSatisfy((approach, count) ->
                assertThat(count).as(approach.id()).isGreaterThanOrEqualTo(120));
    }

    @Test
    void theHeldOutSplitSharesNoTextWithTraining() {
        Function<LabelledPost, String> normalised = post -> post.text().strip().toLowerCase(Locale.ROOT);
        Set<String> trainTexts = train.stream().map(normalised).collect(Collectors.toSet());

        assertThat(test).noneMatch(post -> trainTexts.contains(normalised.apply(post)));
        assertThat(new HashSet<>(trainTexts)).hasSameSizeAs(train);
    }

    @Test
    void everyApproachHasPostsAndRepliesOnBothSidesOfTheSplit() {
        for (List<LabelledPost> split : List.of(train, test)) {
            for (Approach approach : Approach.values()) {
                assertThat(split).as(approach.id()).anyMatch(post -> post.approach() == approach && post.input().reply())
                        .anyMatch(post -> post.approach() == approach && !post.input().reply());
            }
        }
    }
}
