package io.rostrum.ingest.demo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.rostrum.events.ExecutiveRegistered;
import io.rostrum.events.Platform;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** Checks the bundled demo dataset: shape, volumes, integrity, text variety and the planted patterns. */
class DemoDatasetTests {

    private static final Instant START = DemoPlan.START.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant END = DemoPlan.END.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final List<String> OBFUSCATION_CUES = List.of("no comment", "don't comment",
            "no further comment", "not going to", "speculat", "noise", "misleading", "in due course", "fake news",
            "nothing to add", "nothing more to add", "not in a position", "can't say more", "read too much",
            "nice try", "when the time is right");
    private static final List<String> INFORMING_CUES = List.of("report", "results", "guidance", "published",
            "launched", "figures", "update", "http");
    private static final List<String> HOSTILE_CUES = List.of("disgrace", "shame", "pathetic", "disgusting",
            "joke", "greed", "clown", "🤡", "insult", "contempt", "spare us", "cowardice", "embarrassing", "lies");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static byte[] bundledExecutives;
    private static byte[] bundledPosts;
    private static List<ExecutiveRegistered> executives;
    private static List<PostObserved> posts;

    @BeforeAll
    static void readTheBundle() throws IOException {
        bundledExecutives = resource("/demo/" + DemoDatasetGenerator.EXECUTIVES_FILE);
        bundledPosts = gunzip(resource("/demo/" + DemoDatasetGenerator.POSTS_FILE));
        executives = lines(bundledExecutives).stream()
                .map(line -> JSON.readValue(line, ExecutiveRegistered.class)).toList();
        posts = lines(bundledPosts).stream().map(line -> JSON.readValue(line, PostObserved.class)).toList();
    }

    @Test
    void everyLineOfTheBundleIsAnEvent() {
        assertThat(executives).hasSize(lines(bundledExecutives).size()).allSatisfy(executive ->
                assertThat(executive.accounts()).isNotEmpty());
        assertThat(posts).hasSize(lines(bundledPosts).size()).allSatisfy(post -> {
            assertThat(post.text()).isNotBlank();
            assertThat(post.language()).isEqualTo("en");
            assertThat(post.url()).startsWith("https://").contains(".example/");
        });
    }

    @Test
    void fiveExecutivesOnTwoPlatformsPostForAtLeastSixMonths() {
        assertThat(executives).hasSizeGreaterThanOrEqualTo(5);
        assertThat(executives.stream().flatMap(e -> e.accounts().stream()).map(ExecutiveRegistered.Account::platform)
                .distinct()).contains(Platform.MASTODON, Platform.BLUESKY);
        assertThat(executives.stream().filter(e -> e.accounts().size() > 1)).isNotEmpty();
        Instant first = posts.get(0).createdAt();
        Instant last = posts.get(posts.size() - 1).createdAt();
        assertThat(first.atZone(ZoneOffset.UTC).plusMonths(6).toInstant()).isBefore(last);
    }

    @Test
    void volumesAreLargeEnoughForTheDashboards() {
        assertThat(posts.stream().filter(p -> p.kind().byExecutive()).count()).isGreaterThanOrEqualTo(2_000);
        assertThat(count(PostKind.STAKEHOLDER_REPLY)).isGreaterThanOrEqualTo(20_000);
        assertThat(count(PostKind.EXECUTIVE_POST)).isPositive();
        assertThat(count(PostKind.EXECUTIVE_REPLY)).isPositive();
        assertThat(count(PostKind.REPOST)).isPositive();
    }

    @Test
    void eachPostIsObservedOnceInTimeOrderWithinThePeriod() {
        assertThat(posts.stream().map(PostObserved::postKey).distinct().count()).isEqualTo(posts.size());
        assertThat(posts).isSortedAccordingTo(Comparator.comparing(PostObserved::createdAt)
                .thenComparing(post -> post.postKey()));
        assertThat(posts).allSatisfy(post -> {
            assertThat(post.createdAt()).isAfterOrEqualTo(START);
            assertThat(post.observedAt()).isAfterOrEqualTo(post.createdAt()).isBefore(END);
        });
    }

    @Test
    void nativeIdsLookLikeThePlatformsOwn() {
        assertThat(posts).allSatisfy(post -> assertThat(post.nativeId()).matches(
                post.platform() == Platform.MASTODON ? "\\d{17,19}" : "[2-7a-z]{13}"));
    }

    @Test
    void everyPostBelongsToARegisteredExecutive() {
        Set<String> registered = executives.stream().map(ExecutiveRegistered::executiveId).collect(Collectors.toSet());
        assertThat(posts).allSatisfy(post -> assertThat(registered).contains(post.executiveId()));
    }

    @Test
    void authorsAreExecutivesExactlyWhenTheKindSaysSo() {
        assertThat(posts).allSatisfy(post -> assertThat(post.author().executive())
                .isEqualTo(post.kind().byExecutive()));
        assertThat(posts.stream().filter(p -> !p.author().executive()).map(p -> p.author().id()).distinct().count())
                .isGreaterThan(2_000);
    }

    @Test
    void threadReferencesResolveWithinTheFileAndTheSameExecutive() {
        Map<String, PostObserved> byKey = posts.stream().collect(Collectors.toMap(PostObserved::postKey, p -> p));
        for (PostObserved post : posts) {
            if (post.kind() == PostKind.EXECUTIVE_POST || post.kind() == PostKind.REPOST) {
                assertThat(post.inReplyToKey()).isNull();
                continue;
            }
            PostObserved parent = byKey.get(post.inReplyToKey());
            PostObserved root = byKey.get(post.threadRootKey());
            assertThat(parent).as("parent of %s", post.postKey()).isNotNull();
            assertThat(root).as("root of %s", post.postKey()).isNotNull();
            assertThat(root.kind()).isEqualTo(PostKind.EXECUTIVE_POST);
            assertThat(parent.executiveId()).isEqualTo(post.executiveId());
            assertThat(root.executiveId()).isEqualTo(post.executiveId());
            assertThat(parent.createdAt()).isBefore(post.createdAt());
            if (post.kind() == PostKind.EXECUTIVE_REPLY) {
                assertThat(parent.kind()).isEqualTo(PostKind.STAKEHOLDER_REPLY);
            }
        }
    }

    @Test
    void textsDoNotRepeat() {
        List<String> executivePosts = texts(PostKind.EXECUTIVE_POST);
        assertThat(executivePosts).doesNotHaveDuplicates();
        Map<String, Long> replies = texts(PostKind.STAKEHOLDER_REPLY).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(replies.values().stream().mapToLong(Long::longValue).max().orElseThrow()).isLessThanOrEqualTo(5);
        assertThat(posts.stream().map(PostObserved::text).filter(text -> text.toLowerCase(Locale.ROOT)
                .contains("lorem ipsum"))).isEmpty();
    }

    @Test
    void theCfoShiftsFromInformingToObfuscatingAtTheShiftDate() {
        List<PostObserved> own = executivePosts(DemoPlan.SHIFT_EXECUTIVE);
        List<PostObserved> before = own.stream().filter(p -> p.createdAt().isBefore(DemoPlan.SHIFT_AT)).toList();
        List<PostObserved> after = own.stream().filter(p -> !p.createdAt().isBefore(DemoPlan.SHIFT_AT)).toList();

        assertThat(after).hasSizeGreaterThanOrEqualTo(40);
        assertThat(share(before, DemoDatasetTests::informingCued)).isGreaterThanOrEqualTo(0.7);
        assertThat(share(before, DemoDatasetTests::obfuscationCued)).isLessThanOrEqualTo(0.1);
        assertThat(share(after, DemoDatasetTests::obfuscationCued)).isGreaterThanOrEqualTo(0.7);
        for (ExecutiveRegistered other : others(DemoPlan.SHIFT_EXECUTIVE)) {
            assertThat(share(executivePosts(other.executiveId()), DemoDatasetTests::obfuscationCued))
                    .as(other.executiveId()).isLessThan(0.15);
        }
    }

    @Test
    void theCtoFallsSilentForThreeWeeksMidPeriod() {
        List<Instant> own = executiveActivity(DemoPlan.SILENT_EXECUTIVE);
        int gapStart = longestGapStart(own);
        Instant silentFrom = own.get(gapStart);
        Instant silentUntil = own.get(gapStart + 1);

        assertThat(Duration.between(silentFrom, silentUntil)).isGreaterThanOrEqualTo(Duration.ofDays(21));
        assertThat(own.subList(0, gapStart + 1)).hasSizeGreaterThanOrEqualTo(50);
        assertThat(own.subList(gapStart + 1, own.size())).hasSizeGreaterThanOrEqualTo(50);
        for (ExecutiveRegistered other : others(DemoPlan.SILENT_EXECUTIVE)) {
            List<Instant> theirs = executiveActivity(other.executiveId());
            int start = longestGapStart(theirs);
            assertThat(Duration.between(theirs.get(start), theirs.get(start + 1))).as(other.executiveId())
                    .isLessThan(Duration.ofDays(14));
        }
    }

    @Test
    void theChroAnswersStakeholdersFarMoreThanAnyoneElse() {
        double responsive = answerRate(DemoPlan.RESPONSIVE_EXECUTIVE);

        assertThat(responsive).isGreaterThanOrEqualTo(0.4);
        for (ExecutiveRegistered other : others(DemoPlan.RESPONSIVE_EXECUTIVE)) {
            assertThat(answerRate(other.executiveId())).as(other.executiveId()).isPositive()
                    .isLessThanOrEqualTo(responsive / 4);
        }
    }

    @Test
    void theFounderMeetsAHostileBurstAfterTheLayoffPost() {
        List<Instant> hostile = hostileReplies(DemoPlan.BURST_EXECUTIVE);
        int peakStart = peakWindowStart(hostile);
        int peak = windowCount(hostile, peakStart);

        assertThat(peak).isGreaterThanOrEqualTo(150);
        assertThat(peak).isGreaterThanOrEqualTo(10 * medianWindow(hostile));
        assertThat(hostile.get(peakStart)).isBetween(DemoPlan.BURST_POST_AT,
                DemoPlan.BURST_POST_AT.plus(Duration.ofDays(1)));
        for (ExecutiveRegistered other : others(DemoPlan.BURST_EXECUTIVE)) {
            List<Instant> theirs = hostileReplies(other.executiveId());
            assertThat(windowCount(theirs, peakWindowStart(theirs))).as(other.executiveId()).isLessThan(peak / 3);
        }
    }

    /**
     * The bundle must be exactly what the generator writes. The posts are compared after decompression: gzip
     * itself writes no timestamp, but different zlib builds may compress the same bytes differently.
     */
    @Test
    void theGeneratorReproducesTheBundle(@TempDir Path directory) throws IOException {
        DemoDatasetGenerator.generate().writeTo(directory);

        assertThat(Files.readAllBytes(directory.resolve(DemoDatasetGenerator.EXECUTIVES_FILE)))
                .isEqualTo(bundledExecutives);
        assertThat(gunzip(Files.readAllBytes(directory.resolve(DemoDatasetGenerator.POSTS_FILE))))
                .isEqualTo(bundledPosts);
    }

    private static long count(PostKind kind) {
        return posts.stream().filter(p -> p.kind() == kind).count();
    }

    private static List<String> texts(PostKind kind) {
        return posts.stream().filter(p -> p.kind() == kind).map(PostObserved::text).toList();
    }

    private static List<PostObserved> executivePosts(String executiveId) {
        return posts.stream().filter(p -> p.kind() == PostKind.EXECUTIVE_POST && p.executiveId().equals(executiveId))
                .toList();
    }

    private static List<Instant> executiveActivity(String executiveId) {
        return posts.stream().filter(p -> p.kind().byExecutive() && p.executiveId().equals(executiveId))
                .map(PostObserved::createdAt).toList();
    }

    private static List<ExecutiveRegistered> others(String executiveId) {
        return executives.stream().filter(e -> !e.executiveId().equals(executiveId)).toList();
    }

    private static double answerRate(String executiveId) {
        long answers = posts.stream().filter(p -> p.kind() == PostKind.EXECUTIVE_REPLY
                && p.executiveId().equals(executiveId)).count();
        long replies = posts.stream().filter(p -> p.kind() == PostKind.STAKEHOLDER_REPLY
                && p.executiveId().equals(executiveId)).count();
        return (double) answers / replies;
    }

    private static List<Instant> hostileReplies(String executiveId) {
        return posts.stream().filter(p -> p.kind() == PostKind.STAKEHOLDER_REPLY
                        && p.executiveId().equals(executiveId) && cued(p.text(), HOSTILE_CUES))
                .map(PostObserved::createdAt).toList();
    }

    private static int longestGapStart(List<Instant> times) {
        int best = 0;
        for (int i = 1; i < times.size() - 1; i++) {
            if (Duration.between(times.get(i), times.get(i + 1))
                    .compareTo(Duration.between(times.get(best), times.get(best + 1))) > 0) {
                best = i;
            }
        }
        return best;
    }

    /** Index of the reply that opens the busiest four days. */
    private static int peakWindowStart(List<Instant> times) {
        int best = 0;
        for (int i = 0; i < times.size(); i++) {
            if (windowCount(times, i) > windowCount(times, best)) {
                best = i;
            }
        }
        return best;
    }

    private static int windowCount(List<Instant> times, int from) {
        Instant end = times.get(from).plus(Duration.ofDays(4));
        int count = 0;
        for (int i = from; i < times.size() && times.get(i).isBefore(end); i++) {
            count++;
        }
        return count;
    }

    /** The median count over consecutive four-day windows of the period: the executive's usual level. */
    private static int medianWindow(List<Instant> times) {
        int windows = (int) (Duration.between(START, END).toDays() / 4);
        int[] counts = new int[windows];
        for (Instant at : times) {
            int window = (int) (Duration.between(START, at).toDays() / 4);
            if (window < windows) {
                counts[window]++;
            }
        }
        Arrays.sort(counts);
        return Math.max(1, counts[windows / 2]);
    }

    private static double share(Collection<PostObserved> selection, Predicate<String> cue) {
        return (double) selection.stream().filter(p -> cue.test(p.text())).count() / selection.size();
    }

    private static boolean obfuscationCued(String text) {
        return cued(text, OBFUSCATION_CUES);
    }

    private static boolean informingCued(String text) {
        return !obfuscationCued(text) && (text.chars().anyMatch(Character::isDigit) || cued(text, INFORMING_CUES));
    }

    private static boolean cued(String text, List<String> cues) {
        String lower = text.toLowerCase(Locale.ROOT);
        return cues.stream().anyMatch(lower::contains);
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = DemoDatasetTests.class.getResourceAsStream(path)) {
            assertThat(in).as("bundled %s", path).isNotNull();
            return in.readAllBytes();
        }
    }

    private static byte[] gunzip(byte[] compressed) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(byte[] content) {
        List<String> lines = new ArrayList<>(List.of(new String(content, UTF_8).split("\n")));
        lines.removeIf(String::isEmpty);
        return lines;
    }
}
