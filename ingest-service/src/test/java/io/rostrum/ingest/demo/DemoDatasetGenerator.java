package io.rostrum.ingest.demo;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.rostrum.events.Approach;
import io.rostrum.events.Author;
import io.rostrum.events.ExecutiveRegistered;
import io.rostrum.events.MetricSnapshot;
import io.rostrum.events.Platform;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import io.rostrum.events.StakeholderGroup;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generates the seeded demo dataset bundled in {@code ingest-service/src/main/resources/demo}: the executives
 * of {@link Cast}, their posts, reposts and replies, and the stakeholder replies in their threads, with the
 * patterns of {@link DemoPlan} planted in them. Everything follows from {@link DemoPlan#SEED}: no wall clock,
 * no iteration over hash-ordered collections, and gzip writes no timestamp, so a run reproduces the bundled
 * files byte for byte.
 *
 * <p>Regenerate with {@code main(outputDirectory)}; the default directory is the bundled one.
 */
public final class DemoDatasetGenerator {

    static final String EXECUTIVES_FILE = "executives.jsonl";
    static final String POSTS_FILE = "posts.jsonl.gz";

    private static final Path DEFAULT_OUTPUT = Path.of("ingest-service/src/main/resources/demo");
    private static final Instant PERIOD_START = DemoPlan.START.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant PERIOD_END = DemoPlan.END.atStartOfDay(ZoneOffset.UTC).toInstant();
    /** Nothing is created in the last two hours, so every observation still falls inside the period. */
    private static final Instant LAST_CREATED = PERIOD_END.minus(Duration.ofHours(2));
    private static final Instant LAST_OBSERVED = PERIOD_END.minusSeconds(60);
    private static final int MAX_ATTEMPTS = 400;

    private static final String BURST_TEXT = "Today I told the Kestrel Pay team that we are cutting 140 roles,"
            + " about 22% of the company. This is my decision and my responsibility. Everyone affected gets four"
            + " months' pay and health cover to year end. https://kestrelpay.example/news/2026/09/team-update";
    /** Who turns up in the layoff thread, in {@link StakeholderGroup} order. */
    private static final int[] BURST_AUDIENCE = {30, 4, 28, 8, 2, 3, 25};

    /** Which second approach may accompany a primary one in the same post. */
    private static final Map<Approach, List<Approach>> COMBINATIONS = new EnumMap<>(Map.of(
            Approach.CELEBRATING, List.of(Approach.INFORMING, Approach.MOBILIZING, Approach.FRAMING),
            Approach.INFORMING, List.of(Approach.CELEBRATING, Approach.DIALOGUING, Approach.FRAMING),
            Approach.DIALOGUING, List.of(Approach.FRAMING, Approach.MOBILIZING, Approach.INFORMING),
            Approach.FRAMING, List.of(Approach.MOBILIZING, Approach.DIALOGUING, Approach.CELEBRATING),
            Approach.MOBILIZING, List.of(Approach.FRAMING, Approach.CELEBRATING),
            Approach.OBFUSCATING, List.of(Approach.FRAMING)));

    private final SplittableRandom random = new SplittableRandom(DemoPlan.SEED);
    private final NativeIds ids = new NativeIds(random);
    private final StakeholderPool pool = new StakeholderPool(random, ids,
            Cast.EXECUTIVES.stream().map(Persona::company).toList());
    // Membership checks only, never iterated, so hash order cannot leak into the output.
    private final Set<String> postTexts = new HashSet<>();
    private final Set<String> repostTexts = new HashSet<>();
    private final Set<String> replyTexts = new HashSet<>();
    private final Set<String> answerTexts = new HashSet<>();
    private final List<Draft> drafts = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        Path output = args.length > 0 ? Path.of(args[0]) : DEFAULT_OUTPUT;
        Dataset dataset = generate();
        dataset.writeTo(output);
        System.out.println(dataset.summary());
        System.out.printf("%s: %,d bytes%n", output.resolve(POSTS_FILE), Files.size(output.resolve(POSTS_FILE)));
    }

    static Dataset generate() {
        return new DemoDatasetGenerator().run();
    }

    /** The generated events, in file order. */
    record Dataset(List<ExecutiveRegistered> executives, List<PostObserved> posts) {

        void writeTo(Path directory) throws IOException {
            Files.createDirectories(directory);
            JsonMapper json = JsonMapper.builder().build();
            try (Writer out = Files.newBufferedWriter(directory.resolve(EXECUTIVES_FILE), UTF_8)) {
                for (ExecutiveRegistered executive : executives) {
                    out.write(json.writeValueAsString(executive));
                    out.write('\n');
                }
            }
            try (Writer out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(
                    Files.newOutputStream(directory.resolve(POSTS_FILE)), 1 << 16), UTF_8), 1 << 16)) {
                for (PostObserved post : posts) {
                    out.write(json.writeValueAsString(post));
                    out.write('\n');
                }
            }
        }

        String summary() {
            StringBuilder text = new StringBuilder();
            text.append(String.format("%d executives, %d posts from %s to %s%n", executives.size(), posts.size(),
                    posts.get(0).createdAt(), posts.get(posts.size() - 1).createdAt()));
            for (ExecutiveRegistered executive : executives) {
                text.append(String.format("  %-22s", executive.executiveId()));
                for (PostKind kind : PostKind.values()) {
                    long count = posts.stream().filter(p -> p.executiveId().equals(executive.executiveId())
                            && p.kind() == kind).count();
                    text.append(String.format("  %s=%,d", kind.id(), count));
                }
                text.append('\n');
            }
            for (PostKind kind : PostKind.values()) {
                text.append(String.format("  total %s=%,d", kind.id(), posts.stream().filter(p -> p.kind() == kind)
                        .count()));
            }
            return text.toString();
        }
    }

    /** A post under construction; its metrics are settled once the whole thread exists. */
    private static final class Draft {
        final Persona persona;
        final Persona.Channel channel;
        final PostKind kind;
        final Author author;
        final String nativeId;
        final String url;
        final Instant createdAt;
        final String text;
        final @Nullable Draft parent;
        final @Nullable Draft root;
        final Scene scene;
        final @Nullable Approach approach;
        final @Nullable Sentiment sentiment;
        final StakeholderPool.@Nullable Stakeholder stakeholder;
        final boolean burst;
        int children;

        Draft(Persona persona, Persona.Channel channel, PostKind kind, Author author, String nativeId, String url,
              Instant createdAt, String text, @Nullable Draft parent, Scene scene, @Nullable Approach approach,
              @Nullable Sentiment sentiment, StakeholderPool.@Nullable Stakeholder stakeholder, boolean burst) {
            this.persona = persona;
            this.channel = channel;
            this.kind = kind;
            this.author = author;
            this.nativeId = nativeId;
            this.url = url;
            this.createdAt = createdAt;
            this.text = text;
            this.parent = parent;
            this.root = parent == null ? null : parent.root == null ? parent : parent.root;
            this.scene = scene;
            this.approach = approach;
            this.sentiment = sentiment;
            this.stakeholder = stakeholder;
            this.burst = burst;
            if (parent != null) {
                parent.children++;
            }
        }

        String key() {
            return PostObserved.postKey(channel.platform(), nativeId);
        }
    }

    private Dataset run() {
        List<ExecutiveRegistered> executives = new ArrayList<>();
        for (Persona persona : Cast.EXECUTIVES) {
            executives.add(register(persona));
            postsOf(persona);
        }
        List<PostObserved> posts = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            posts.add(observe(draft));
        }
        posts.sort(Comparator.comparing(PostObserved::createdAt).thenComparing(post -> post.postKey()));
        return new Dataset(List.copyOf(executives), List.copyOf(posts));
    }

    private static ExecutiveRegistered register(Persona persona) {
        return ExecutiveRegistered.register(persona.id(), persona.displayName(), persona.role(),
                persona.company().name(), persona.channels().stream()
                        .map(c -> new ExecutiveRegistered.Account(c.platform(), c.handle(), c.url())).toList(),
                DemoPlan.REGISTERED_AT);
    }

    private void postsOf(Persona persona) {
        boolean bursting = persona.id().equals(DemoPlan.BURST_EXECUTIVE);
        LocalDate burstDay = day(DemoPlan.BURST_POST_AT);
        for (Instant at : schedule(persona, persona.postsPerDay())) {
            if (!(bursting && day(at).equals(burstDay))) {
                executivePost(persona, at);
            }
        }
        if (bursting) {
            layoffPost(persona);
        }
        for (Instant at : schedule(persona, persona.repostsPerDay())) {
            repost(persona, at);
        }
    }

    /** Posting times: weekdays busier than weekends, working hours busier than nights, none while silent. */
    private List<Instant> schedule(Persona persona, double perDay) {
        List<Instant> times = new ArrayList<>();
        for (LocalDate day = DemoPlan.START; day.isBefore(DemoPlan.END); day = day.plusDays(1)) {
            if (persona.silentOn(day)) {
                continue;
            }
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            int count = poisson(perDay * (weekend ? 0.3 : 1.17));
            for (int i = 0; i < count; i++) {
                int hour = 6 + random.nextInt(8) + random.nextInt(8);
                times.add(day.atTime(hour, random.nextInt(60), random.nextInt(60)).toInstant(ZoneOffset.UTC));
            }
        }
        times.sort(Comparator.naturalOrder());
        return times;
    }

    private void executivePost(Persona persona, Instant at) {
        Persona.Channel channel = channel(persona);
        int[] mix = persona.mixAt(at);
        Approach primary = Approach.values()[weighted(mix)];
        Approach secondary = random.nextDouble() < 0.25 ? companion(primary, mix) : null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Scene scene = new Scene(random, persona.company(), day(at)).bind("exec_first", persona.firstName());
            String text = composePost(scene, primary, secondary);
            if (fits(text, channel.platform()) && postTexts.add(text)) {
                Draft post = executiveDraft(persona, channel, PostKind.EXECUTIVE_POST, at, text, null, scene,
                        primary, false);
                thread(post, replyCount(persona, primary), false);
                return;
            }
        }
        throw new IllegalStateException("no unique " + primary.id() + " post left for " + persona.id());
    }

    private void layoffPost(Persona persona) {
        Persona.Channel channel = persona.channels().get(0);
        Scene scene = new Scene(random, persona.company(), day(DemoPlan.BURST_POST_AT))
                .bind("exec_first", persona.firstName());
        if (!fits(BURST_TEXT, channel.platform()) || !postTexts.add(BURST_TEXT)) {
            throw new IllegalStateException("the layoff post must fit and be unique");
        }
        Draft post = executiveDraft(persona, channel, PostKind.EXECUTIVE_POST, DemoPlan.BURST_POST_AT, BURST_TEXT,
                null, scene, Approach.FRAMING, true);
        thread(post, DemoPlan.BURST_REPLIES, true);
    }

    private String composePost(Scene scene, Approach primary, @Nullable Approach secondary) {
        Map<String, List<String>> phrases = PostPhraseBook.of(primary);
        List<String> parts = new ArrayList<>();
        if (random.nextDouble() < 0.6) {
            parts.add(pick(phrases.get("opener")));
        }
        parts.add(pick(phrases.get("body")));
        if (secondary != null) {
            Map<String, List<String>> second = PostPhraseBook.of(secondary);
            parts.add(pick(second.get(random.nextBoolean() ? "body" : "closer")));
        } else if (random.nextDouble() < 0.55) {
            parts.add(pick(phrases.get("closer")));
        }
        return scene.write(String.join(" ", parts));
    }

    private @Nullable Approach companion(Approach primary, int[] mix) {
        List<Approach> options = COMBINATIONS.get(primary);
        int[] weights = options.stream().mapToInt(a -> mix[a.ordinal()]).toArray();
        return Arrays.stream(weights).sum() == 0 ? null : options.get(weighted(weights));
    }

    private void repost(Persona persona, Instant at) {
        Persona.Channel channel = channel(persona);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Scene scene = new Scene(random, persona.company(), day(at));
            String text = scene.write(pick(PostPhraseBook.ANNOUNCEMENTS.get("announcement")));
            if (fits(text, channel.platform()) && repostTexts.add(text)) {
                Instant original = at.minus(Duration.ofMinutes(10 + random.nextInt(600)));
                String originalId = ids.post(channel.platform(), original.isBefore(PERIOD_START) ? at : original);
                String url = channel.platform() == Platform.MASTODON
                        ? "https://" + channel.companyHandle().substring(channel.companyHandle().indexOf('@') + 1)
                        + "/@" + channel.companyHandle().substring(0, channel.companyHandle().indexOf('@')) + "/"
                        + originalId
                        : "https://bsky.example/profile/" + channel.companyHandle() + "/post/" + originalId;
                String nativeId = ids.post(channel.platform(), at);
                drafts.add(new Draft(persona, channel, PostKind.REPOST, executiveAuthor(persona, channel, at),
                        nativeId, url, at, text, null, scene, null, null, null, false));
                return;
            }
        }
        throw new IllegalStateException("no unique announcement left for " + persona.id());
    }

    /**
     * The replies under an executive post: mostly straight to the post, some to earlier replies, a few
     * answered by the executive (who may get a follow-up). Replies arrive within hours, a few days later.
     */
    private void thread(Draft root, int replies, boolean burst) {
        Persona persona = root.persona;
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < replies; i++) {
            Instant at = root.createdAt.plus(replyDelay(burst));
            if (at.isBefore(LAST_CREATED)) {
                times.add(at);
            }
        }
        times.sort(Comparator.naturalOrder());
        List<Draft> nodes = new ArrayList<>();
        for (Instant at : times) {
            Draft parent = parent(root, nodes, at);
            StakeholderPool.Stakeholder who;
            if (parent.kind == PostKind.EXECUTIVE_REPLY && parent.parent != null
                    && parent.parent.stakeholder != null && random.nextBoolean()) {
                who = parent.parent.stakeholder;
            } else {
                StakeholderGroup group = StakeholderGroup.values()[weighted(burst ? BURST_AUDIENCE
                        : persona.audience())];
                who = pool.pick(group, persona.company(), root.channel.platform());
            }
            Sentiment sentiment = sentiment(root, who.group(), burst);
            Draft reply = stakeholderReply(root, parent, who, sentiment, at, burst);
            nodes.add(reply);
            boolean addressed = parent == root || parent.kind == PostKind.EXECUTIVE_REPLY;
            if (addressed && random.nextDouble() < answerProbability(persona, sentiment, parent == root, burst)) {
                Instant answeredAt = at.plus(Duration.ofMinutes(4 + (long) exponential(150)));
                if (answeredAt.isBefore(LAST_CREATED) && !persona.silentOn(day(answeredAt))) {
                    nodes.add(executiveReply(reply, answeredAt));
                }
            }
        }
    }

    private Draft parent(Draft root, List<Draft> nodes, Instant at) {
        if (nodes.isEmpty() || random.nextDouble() >= 0.3) {
            return root;
        }
        List<Draft> earlier = nodes.stream().filter(n -> n.createdAt.isBefore(at)).toList();
        if (earlier.isEmpty()) {
            return root;
        }
        List<Draft> answers = earlier.stream().filter(n -> n.kind == PostKind.EXECUTIVE_REPLY).toList();
        return !answers.isEmpty() && random.nextDouble() < 0.5 ? pick(answers) : pick(earlier);
    }

    private Draft stakeholderReply(Draft root, Draft parent, StakeholderPool.Stakeholder who, Sentiment sentiment,
                                   Instant at, boolean burst) {
        Platform platform = root.channel.platform();
        String mention = platform == Platform.MASTODON && parent.stakeholder != null && parent.stakeholder != who
                ? "@" + parent.stakeholder.localHandle() + " " : "";
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Scene scene = root.scene.fork(day(at)).bind("exec_first", root.persona.firstName());
            String text = replyText(scene, root, parent, who.group(), sentiment, burst, attempt > 25);
            if (fits(mention + text, platform) && replyTexts.add(text)) {
                String nativeId = ids.post(platform, at);
                Draft reply = new Draft(root.persona, root.channel, PostKind.STAKEHOLDER_REPLY, who.author(),
                        nativeId, who.postUrl(nativeId), at, mention + text, parent, scene, null, sentiment, who,
                        burst);
                drafts.add(reply);
                return reply;
            }
        }
        throw new IllegalStateException("no unique " + sentiment.id() + " reply left for " + who.group().id());
    }

    private String replyText(Scene scene, Draft root, Draft parent, StakeholderGroup group, Sentiment sentiment,
                             boolean burst, boolean longer) {
        boolean critical = sentiment == Sentiment.NEGATIVE || sentiment == Sentiment.HOSTILE;
        List<String> backlash = ReplyPhraseBook.LAYOFF_BACKLASH.get(group.id());
        List<String> parts = new ArrayList<>();
        if (parent.kind == PostKind.STAKEHOLDER_REPLY && sentiment != Sentiment.NEUTRAL
                && parent.sentiment != Sentiment.NEUTRAL && random.nextDouble() < 0.6) {
            boolean parentCritical = parent.sentiment == Sentiment.NEGATIVE || parent.sentiment == Sentiment.HOSTILE;
            parts.add(pick(ReplyPhraseBook.FRAMES.get(critical == parentCritical ? "agree" : "disagree")));
        } else if (random.nextDouble() < (longer ? 0.7 : 0.3)) {
            parts.add(pick(ReplyPhraseBook.FRAMES.get("opener_" + sentiment.id())));
        }
        if (burst && critical && backlash != null && random.nextDouble() < 0.85) {
            parts.add(pick(backlash));
        } else if (parent.kind == PostKind.EXECUTIVE_REPLY) {
            parts.add(pick(ReplyPhraseBook.FRAMES.get(critical ? "follow_up_doubt" : "follow_up_thanks")));
            if (random.nextDouble() < 0.4) {
                parts.add(pick(ReplyPhraseBook.cores(group, sentiment)));
            }
        } else {
            List<String> reactions = ReplyPhraseBook.reactions(root.approach, sentiment);
            parts.add(pick(!reactions.isEmpty() && random.nextDouble() < 0.35
                    ? reactions : ReplyPhraseBook.cores(group, sentiment)));
            if (longer || random.nextDouble() < 0.12) {
                // A second sentence, about something else.
                String first = parts.get(parts.size() - 1);
                String second = pick(ReplyPhraseBook.cores(group, sentiment));
                if (!second.equals(first) && !(second.contains("{complaint") && first.contains("{complaint"))) {
                    parts.add(second);
                }
            }
        }
        if (random.nextDouble() < (longer ? 0.7 : 0.25)) {
            parts.add(pick(ReplyPhraseBook.FRAMES.get("tail_" + sentiment.id())));
        }
        return scene.write(String.join(" ", parts));
    }

    private Draft executiveReply(Draft question, Instant at) {
        Persona persona = question.persona;
        StakeholderPool.Stakeholder asker = question.stakeholder;
        boolean evasive = persona.shiftAt() != null && !at.isBefore(persona.shiftAt()) && random.nextDouble() < 0.8;
        String register = question.burst ? "layoff" : evasive ? "evade" : switch (question.sentiment) {
            case POSITIVE -> random.nextDouble() < 0.7 ? "thanks" : "answer";
            case NEUTRAL -> "answer";
            case NEGATIVE -> random.nextBoolean() ? "answer" : "sorry";
            case HOSTILE -> "sorry";
        };
        Platform platform = question.channel.platform();
        String mention = platform == Platform.MASTODON ? "@" + asker.localHandle() + " " : "";
        String text = null;
        Scene scene = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS && text == null; attempt++) {
            scene = question.scene.fork(day(at)).bind("first", asker.firstName());
            String candidate = scene.write(pick(PostPhraseBook.EXECUTIVE_REPLIES.get(register)));
            // Short thank-yous may repeat now and then, as they do in real threads.
            if (fits(mention + candidate, platform) && (answerTexts.add(candidate) || attempt > 30)) {
                text = mention + candidate;
            }
        }
        if (text == null) {
            throw new IllegalStateException("no executive reply fits for " + persona.id());
        }
        return executiveDraft(persona, question.channel, PostKind.EXECUTIVE_REPLY, at, text, question, scene,
                null, question.burst);
    }

    private Draft executiveDraft(Persona persona, Persona.Channel channel, PostKind kind, Instant at, String text,
                                 @Nullable Draft parent, Scene scene, @Nullable Approach approach, boolean burst) {
        String nativeId = ids.post(channel.platform(), at);
        String url = channel.platform() == Platform.MASTODON ? channel.url() + "/" + nativeId
                : channel.url() + "/post/" + nativeId;
        Draft draft = new Draft(persona, channel, kind, executiveAuthor(persona, channel, at), nativeId, url, at, text,
                parent, scene, approach, null, null, burst);
        drafts.add(draft);
        return draft;
    }

    /** Executives gain followers over the period; the founder loses some after the layoffs. */
    private static Author executiveAuthor(Persona persona, Persona.Channel channel, Instant at) {
        double progress = (double) Duration.between(PERIOD_START, at).toMinutes()
                / Duration.between(PERIOD_START, PERIOD_END).toMinutes();
        double followers = channel.followers() * (1 + 0.12 * progress);
        if (persona.id().equals(DemoPlan.BURST_EXECUTIVE) && at.isAfter(DemoPlan.BURST_POST_AT)) {
            followers *= 0.96;
        }
        return new Author(channel.authorId(), channel.handle(), persona.displayName(), persona.profileText(),
                Math.round(followers), true);
    }

    private PostObserved observe(Draft draft) {
        Duration lag = draft.kind == PostKind.EXECUTIVE_POST
                ? Duration.ofHours(72 + random.nextInt(72)) : Duration.ofMinutes(60 + random.nextInt(47 * 60));
        Instant observedAt = draft.createdAt.plus(lag);
        if (observedAt.isAfter(LAST_OBSERVED)) {
            observedAt = LAST_OBSERVED;
        }
        return PostObserved.observe(draft.persona.id(), draft.channel.platform(), draft.nativeId, draft.kind,
                draft.author, draft.parent == null ? null : draft.parent.key(),
                draft.root == null ? null : draft.root.key(), draft.createdAt, draft.text, "en", draft.url,
                metrics(draft, observedAt));
    }

    /** Counters consistent with the thread: a post's replies are the direct replies in the file. */
    private MetricSnapshot metrics(Draft draft, Instant observedAt) {
        return switch (draft.kind) {
            case EXECUTIVE_POST -> {
                long likes = Math.round(draft.author.followers() * 0.004 * logNormal(0.6)) + 2L * draft.children;
                long reposts = Math.round(likes * (0.06 + 0.1 * random.nextDouble()));
                yield new MetricSnapshot(draft.children, reposts, likes,
                        Math.round(reposts * 0.15 * random.nextDouble()), observedAt);
            }
            case REPOST -> new MetricSnapshot(2 + random.nextInt(30), 5 + random.nextInt(120), 20 + random.nextInt(600),
                    random.nextInt(8), observedAt);
            case EXECUTIVE_REPLY -> new MetricSnapshot(draft.children, random.nextDouble() < 0.1 ? 1 : 0,
                    1 + Math.round(8 * logNormal(0.8)), 0, observedAt);
            case STAKEHOLDER_REPLY -> {
                double reach = 1 + Math.log10(draft.author.followers() + 1);
                double pileOn = draft.burst && draft.sentiment == Sentiment.HOSTILE ? 3 : 1;
                yield new MetricSnapshot(draft.children, random.nextDouble() < 0.04 ? 1 + random.nextInt(3) : 0,
                        Math.round(0.8 * reach * pileOn * logNormal(1.0)), random.nextDouble() < 0.01 ? 1 : 0,
                        observedAt);
            }
        };
    }

    private int replyCount(Persona persona, Approach approach) {
        double appeal = switch (approach) {
            case DIALOGUING -> 1.5;
            case OBFUSCATING -> 1.35;
            case CELEBRATING -> 1.05;
            case MOBILIZING -> 1.0;
            case FRAMING -> 0.9;
            case INFORMING -> 0.8;
        };
        return (int) Math.round(persona.repliesPerPost() * appeal * Math.exp(0.75 * random.nextGaussian() - 0.28));
    }

    private Duration replyDelay(boolean burst) {
        double minutes;
        if (burst) {
            minutes = Math.min(exponential(20 * 60), 3.9 * 24 * 60);
        } else {
            double kind = random.nextDouble();
            minutes = kind < 0.65 ? exponential(150) : kind < 0.95 ? exponential(16 * 60)
                    : 24 * 60 * (1 + 5 * random.nextDouble());
        }
        return Duration.ofSeconds(120 + (long) (minutes * 60));
    }

    private Sentiment sentiment(Draft root, StakeholderGroup group, boolean burst) {
        double[] weights = burst ? new double[] {2, 8, 35, 55} : switch (root.approach) {
            case CELEBRATING -> new double[] {55, 25, 15, 5};
            case INFORMING -> new double[] {35, 45, 16, 4};
            case DIALOGUING -> new double[] {40, 40, 16, 4};
            case FRAMING -> new double[] {35, 33, 24, 8};
            case MOBILIZING -> new double[] {45, 30, 19, 6};
            case OBFUSCATING -> new double[] {8, 30, 47, 15};
        };
        if (group == StakeholderGroup.MEDIA || group == StakeholderGroup.PEERS
                || group == StakeholderGroup.POLICY_MAKERS) {
            weights[3] *= 0.3;
        } else if (group == StakeholderGroup.CUSTOMERS) {
            weights[2] *= 1.3;
        }
        return Sentiment.values()[weighted(weights)];
    }

    private static double answerProbability(Persona persona, Sentiment sentiment, boolean toPost, boolean burst) {
        double base = burst ? 0.01 : persona.answerRate();
        double appetite = switch (sentiment) {
            case POSITIVE -> 1.0;
            case NEUTRAL -> 1.4;
            case NEGATIVE -> 0.8;
            case HOSTILE -> 0.2;
        };
        return Math.min(0.95, base * appetite * (toPost ? 1 : 0.5));
    }

    private Persona.Channel channel(Persona persona) {
        double roll = random.nextDouble();
        for (Persona.Channel channel : persona.channels()) {
            roll -= channel.share();
            if (roll < 0) {
                return channel;
            }
        }
        return persona.channels().get(persona.channels().size() - 1);
    }

    /** Within the platform's limit (Mastodon's default 500 characters, Bluesky's 300), no sentence said twice. */
    private static boolean fits(String text, Platform platform) {
        String[] sentences = text.split("(?<=[.!?]) ");
        return text.codePointCount(0, text.length()) <= (platform == Platform.BLUESKY ? 300 : 500)
                && Arrays.stream(sentences).distinct().count() == sentences.length;
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private int weighted(int[] weights) {
        return weighted(Arrays.stream(weights).asDoubleStream().toArray());
    }

    private int weighted(double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double roll = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private int poisson(double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    private double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    private double logNormal(double sigma) {
        return Math.exp(sigma * random.nextGaussian() - sigma * sigma / 2);
    }
}
