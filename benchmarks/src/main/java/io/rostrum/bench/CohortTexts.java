package io.rostrum.bench;

import io.rostrum.classify.model.LabelledExamples;
import io.rostrum.classify.model.LabelledPost;
import io.rostrum.classify.model.LabelledReply;
import java.nio.file.Path;
import java.util.List;

/**
 * What a {@link SyntheticCohort}'s records say.
 *
 * @param posts   the executives' own posts
 * @param answers the executives' answers to stakeholders
 * @param replies stakeholder replies, each with its author's profile
 */
record CohortTexts(List<String> posts, List<String> answers, List<Reply> replies) {

    /** A stakeholder reply and the profile of the account that wrote it. */
    record Reply(String text, String authorProfile) {
    }

    /** One short sentence of each kind: for benchmarks that measure volume and shape, not reading. */
    static CohortTexts filler() {
        return new CohortTexts(List.of("A post about results, people and the year ahead."),
                List.of("Thank you, a fair question."),
                List.of(new Reply("A reply to the post.", "An interested reader")));
    }

    /**
     * The classifier's held-out texts (never trained on): executive posts and replies from {@code test.jsonl},
     * stakeholder replies with their authors' profiles from {@code replies.jsonl}.
     */
    static CohortTexts corpus(Path corpus) {
        List<LabelledPost> executive = LabelledExamples.read(corpus.resolve("test.jsonl"));
        List<Reply> replies = LabelledExamples.read(corpus.resolve("replies.jsonl"), LabelledReply.class).stream()
                .map(reply -> new Reply(reply.text(), reply.authorProfile() == null ? "" : reply.authorProfile()))
                .toList();
        return new CohortTexts(textsOfKind(executive, "post"), textsOfKind(executive, "reply"), replies);
    }

    private static List<String> textsOfKind(List<LabelledPost> posts, String kind) {
        return posts.stream().filter(post -> kind.equals(post.kind())).map(LabelledPost::text).toList();
    }
}
