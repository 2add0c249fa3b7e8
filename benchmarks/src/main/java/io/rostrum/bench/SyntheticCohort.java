package io.rostrum.bench;

import io.rostrum.events.Approach;
import io.rostrum.events.Author;
import io.rostrum.events.Classification;
import io.rostrum.events.Direction;
import io.rostrum.events.MetricSnapshot;
import io.rostrum.events.Platform;
import io.rostrum.events.Polarity;
import io.rostrum.events.PostClassified;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import io.rostrum.events.Purpose;
import io.rostrum.events.Reciprocity;
import io.rostrum.events.ReplyScore;
import io.rostrum.events.StakeholderGroup;
import io.rostrum.events.Stance;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A seeded, synthetic cohort shaped like the demo: executives posting over two years, one in twenty of their
 * records a reply to a stakeholder, and about fourteen stakeholder replies per own post with varied sentiment,
 * followers, groups and platforms. What the posts say comes from {@link CohortTexts}: filler where only volume and
 * shape matter (the query benchmark), real held-out corpus texts where the classifier reads them (the pipeline
 * benchmark). Each call continues the cohort where the last one stopped, so later records are new posts.
 */
final class SyntheticCohort {

    static final Instant END = Instant.parse("2026-10-31T00:00:00Z");
    static final Duration SPAN = Duration.ofDays(730);
    private static final int REPLIES_PER_POST = 14;
    private static final List<Platform> PLATFORMS = List.of(Platform.MASTODON, Platform.BLUESKY);

    private final int executives;
    private final CohortTexts texts;
    private final SplittableRandom random = new SplittableRandom(20261126L);
    private long nextThread;

    SyntheticCohort(int executives, CohortTexts texts) {
        this.executives = executives;
        this.texts = texts;
    }

    static String executiveId(int index) {
        return "bench-executive-" + index;
    }

    /** Emits exactly {@code documents} observations, each thread's post before its replies. */
    void observe(long documents, Consumer<PostObserved> sink) {
        long emitted = 0;
        for (; emitted < documents; nextThread++) {
            long thread = nextThread;
            String executive = executiveId((int) (thread % executives));
            Instant at = END.minus(SPAN).plusSeconds(random.nextLong(SPAN.toSeconds()));
            Platform platform = PLATFORMS.get(random.nextInt(PLATFORMS.size()));
            PostObserved post = PostObserved.observe(executive, platform, "p" + thread, PostKind.EXECUTIVE_POST,
                    executive(executive), null, null, at, pick(texts.posts()), "en", null,
                    new MetricSnapshot(REPLIES_PER_POST, random.nextInt(50), random.nextInt(400), random.nextInt(10),
                            at.plus(Duration.ofDays(1))));
            sink.accept(post);
            emitted++;
            for (int reply = 0; reply < REPLIES_PER_POST && emitted < documents; reply++, emitted++) {
                Instant replyAt = at.plusSeconds(60 + random.nextLong(172_800));
                if (reply == 1 && thread % 4 == 0) {
                    sink.accept(executiveAnswer(executive, platform, thread, replyAt.plusSeconds(
                            random.nextLong(259_200))));
                    continue;
                }
                sink.accept(stakeholderReply(executive, platform, post.postKey(), thread + "r" + reply, replyAt));
            }
        }
    }

    /** Emits exactly {@code documents} records as if classified: random approaches, sentiments and groups. */
    void emit(long documents, Consumer<PostClassified> sink) {
        observe(documents, post -> sink.accept(PostClassified.of(post, classification(),
                post.kind() == PostKind.STAKEHOLDER_REPLY ? replyScore() : null, post.createdAt())));
    }

    private PostObserved stakeholderReply(String executive, Platform platform, String postKey, String nativeId,
                                          Instant at) {
        CohortTexts.Reply reply = texts.replies().get(random.nextInt(texts.replies().size()));
        return PostObserved.observe(executive, platform, nativeId, PostKind.STAKEHOLDER_REPLY,
                new Author("a" + random.nextInt(50_000), "someone@bench.example", "Someone", reply.authorProfile(),
                        (long) Math.exp(random.nextDouble() * 10), false), postKey, postKey, at,
                reply.text(), "en", null, new MetricSnapshot(0, 0, random.nextInt(20), 0, at));
    }

    /** The executive answering the thread's first stakeholder reply, within three days of it. */
    private PostObserved executiveAnswer(String executive, Platform platform, long thread, Instant at) {
        return PostObserved.observe(executive, platform, "a" + thread, PostKind.EXECUTIVE_REPLY,
                executive(executive), PostObserved.postKey(platform, thread + "r0"),
                PostObserved.postKey(platform, "p" + thread), at, pick(texts.answers()), "en", null,
                new MetricSnapshot(0, 0, 3, 0, at));
    }

    private static Author executive(String executive) {
        return new Author(executive, executive + "@bench.example", executive, "Chief executive", 20_000, true);
    }

    private String pick(List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private ReplyScore replyScore() {
        double sentiment = Math.round((random.nextDouble() * 2 - 1) * 1000) / 1000.0;
        StakeholderGroup group = StakeholderGroup.values()[random.nextInt(StakeholderGroup.values().length)];
        Polarity polarity = sentiment >= 0.05 ? Polarity.POSITIVE : sentiment <= -0.05 ? Polarity.NEGATIVE
                : Polarity.NEUTRAL;
        return new ReplyScore(sentiment, polarity, group, Stance.values()[random.nextInt(Stance.values().length)],
                List.of());
    }

    private Classification classification() {
        Map<String, Double> probabilities = new HashMap<>();
        double[] raw = new double[Approach.values().length];
        double sum = 0;
        for (int k = 0; k < raw.length; k++) {
            raw[k] = -Math.log(1 - random.nextDouble());
            sum += raw[k];
        }
        Approach primary = Approach.values()[0];
        for (Approach approach : Approach.values()) {
            double p = raw[approach.ordinal()] / sum;
            probabilities.put(approach.id(), p);
            if (p > probabilities.get(primary.id())) {
                primary = approach;
            }
        }
        return new Classification(List.of(primary), probabilities, Purpose.INFORMATION_PROCESSING,
                random.nextInt(3) == 0 ? Reciprocity.RECIPROCAL : Reciprocity.NON_RECIPROCAL, Direction.CONVERGENCE,
                "synthetic", List.of());
    }
}
