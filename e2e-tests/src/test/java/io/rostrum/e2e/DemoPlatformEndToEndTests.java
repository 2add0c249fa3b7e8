package io.rostrum.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rostrum.events.ExecutiveRegistered;
import io.rostrum.events.PostKind;
import io.rostrum.infra.junit.LocalStackExtension;
import io.rostrum.infra.junit.TestStack;
import io.rostrum.infra.launcher.Credentials;
import io.rostrum.infra.launcher.Deployment;
import io.rostrum.infra.launcher.RostrumService;
import io.rostrum.infra.stack.StackLayout;
import io.rostrum.ingest.importer.x.XArchiveFixture;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The demo as a user runs it: the bundled dataset goes through ingest, classify and analytics on a real Kafka and
 * a real Elasticsearch, and the dashboard shows it. Counts must match the dataset exactly, before and after a
 * restart of every service.
 */
@ExtendWith(LocalStackExtension.class)
class DemoPlatformEndToEndTests {

    private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(6);
    /** Tweets in the X archive imported into the running platform. */
    private static final int ARCHIVE_POSTS = 10_000;
    /** The overview over every day of the demo dataset (its posts run from April to October 2026). */
    private static final String WHOLE_DATASET = "/?from=2026-04-01&to=2026-10-31&zone=UTC";
    private static final String ALL = "{\"query\":{\"match_all\":{}}}";
    private static final String WITHOUT_APPROACH =
            "{\"query\":{\"bool\":{\"must_not\":{\"exists\":{\"field\":\"approaches\"}}}}}";

    private final PlatformClient client = new PlatformClient();

    @Test
    void everyDemoPostReachesElasticsearchLabelledTheDashboardShowsExactCountsAndAnImportLandsOnce(TestStack stack,
                                                                                   @TempDir Path state)
            throws Exception {
        DemoDataset dataset = DemoDataset.load(StackLayout.fromEnvironment().home());
        try (Deployment deployment = TestDeployments.create(stack, "e2e-demo", state, Map.of())) {
            deployment.startAll();
            String index = TestDeployments.postsIndex(deployment);
            String elasticsearch = stack.elasticsearch().url();

            await().atMost(LOAD_TIMEOUT).pollInterval(Duration.ofSeconds(1))
                    .until(() -> client.count(elasticsearch, index, ALL), count -> count == dataset.posts());

            assertThat(client.count(elasticsearch, index, WITHOUT_APPROACH)).isZero();
            assertExecutivesMatch(deployment, dataset);
            assertDashboardShows(deployment, dataset);
            assertPlantedPatternsAlone(deployment);
            long rawRecords = rawRecordCount(stack, deployment);
            assertThat(rawRecords).isEqualTo(dataset.posts());

            deployment.close();
            deployment.startAll();

            Path ingestLog = deployment.settings().runDir().resolve("ingest-service.log");
            await().atMost(Duration.ofMinutes(1))
                    .until(() -> Files.readString(ingestLog).contains("Demo dataset already loaded"));
            assertThat(rawRecordCount(stack, deployment)).as("a restart publishes nothing again").isEqualTo(rawRecords);
            assertThat(client.count(elasticsearch, index, ALL)).isEqualTo(dataset.posts());
            assertExecutivesMatch(deployment, dataset);

            String executive = dataset.executives().get(0).executiveId();
            Path archive = XArchiveFixture.write(state.resolve("x-archive"), ARCHIVE_POSTS);
            for (int run = 1; run <= 2; run++) {
                assertThat(importArchive(deployment, executive, archive)).as("import run " + run).isZero();
                await().atMost(Duration.ofMinutes(1)).until(() -> client.count(elasticsearch, index, ALL),
                        count -> count == dataset.posts() + ARCHIVE_POSTS);
            }
            assertThat(client.count(elasticsearch, index, ALL)).as("a second import adds nothing")
                    .isEqualTo(dataset.posts() + ARCHIVE_POSTS);
        }
    }

    /** Runs `./rostrum import` as the launcher does: the importers of ingest-service's own jar. */
    private static int importArchive(Deployment deployment, String executiveId, Path archive) throws Exception {
        Path home = deployment.settings().home();
        Credentials credentials = deployment.settings().credentials();
        ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dloader.main=io.rostrum.ingest.cli.ImportCommand", "-cp",
                RostrumService.INGEST.jar(home).toString(), "org.springframework.boot.loader.launch.PropertiesLauncher",
                "--executive", executiveId, "--format", "x-archive", archive.toString())
                .redirectErrorStream(true)
                .redirectOutput(deployment.settings().runDir().resolve("import.log").toFile());
        command.environment().put("ROSTRUM_INGEST_URL", deployment.settings().url(RostrumService.INGEST).toString());
        command.environment().put("ROSTRUM_API_USER", credentials.apiUser());
        command.environment().put("ROSTRUM_API_PASSWORD", credentials.apiPassword());
        return command.start().waitFor();
    }

    private void assertExecutivesMatch(Deployment deployment, DemoDataset dataset) throws Exception {
        Credentials credentials = deployment.settings().credentials();
        JsonNode executives = client.getJson(deployment.settings().url(RostrumService.ANALYTICS)
                .resolve("/api/executives"), credentials.apiUser(), credentials.apiPassword());
        Map<String, JsonNode> byId = new HashMap<>();
        executives.forEach(executive -> byId.put(executive.get("executiveId").asString(), executive));
        assertThat(byId.keySet()).containsExactlyInAnyOrderElementsOf(
                dataset.executives().stream().map(ExecutiveRegistered::executiveId).toList());
        for (ExecutiveRegistered executive : dataset.executives()) {
            JsonNode summary = byId.get(executive.executiveId());
            String id = executive.executiveId();
            assertThat(summary.get("posts").asLong()).as(id).isEqualTo(dataset.count(id, PostKind.EXECUTIVE_POST));
            assertThat(summary.get("executiveReplies").asLong()).as(id)
                    .isEqualTo(dataset.count(id, PostKind.EXECUTIVE_REPLY));
            assertThat(summary.get("reposts").asLong()).as(id).isEqualTo(dataset.count(id, PostKind.REPOST));
            assertThat(summary.get("stakeholderReplies").asLong()).as(id)
                    .isEqualTo(dataset.count(id, PostKind.STAKEHOLDER_REPLY));
        }
    }

    /** The demo's planted patterns (ingest-service's demo README) raise their alerts through the live topology. */
    private void assertPlantedPatternsAlone(Deployment deployment) throws Exception {
        Credentials credentials = deployment.settings().credentials();
        URI alerts = deployment.settings().url(RostrumService.ANALYTICS).resolve("/api/alerts?size=100");
        List<String> expected = List.of("cfo-marcus-hale approach-shift", "cto-jonas-weber silence",
                "founder-nadia-brandt response-spike", "founder-nadia-brandt sentiment-drop");
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> raised(client.getJson(alerts, credentials.apiUser(), credentials.apiPassword())),
                        raised -> raised.size() >= expected.size());
        assertThat(raised(client.getJson(alerts, credentials.apiUser(), credentials.apiPassword())))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    private static List<String> raised(JsonNode alerts) {
        List<String> raised = new ArrayList<>();
        alerts.forEach(alert -> raised.add(alert.get("executiveId").asString() + " " + alert.get("type").asString()));
        return raised;
    }

    /** Over the dataset's whole span, each card counts exactly the executive's own posts and their replies. */
    private void assertDashboardShows(Deployment deployment, DemoDataset dataset) throws Exception {
        Credentials credentials = deployment.settings().credentials();
        String page = client.dashboardPage(deployment.settings().url(RostrumService.DASHBOARD),
                credentials.dashboardUser(), credentials.dashboardPassword(), WHOLE_DATASET);
        for (ExecutiveRegistered executive : dataset.executives()) {
            String id = executive.executiveId();
            int start = page.indexOf("data-executive-id=\"" + id + "\"");
            assertThat(start).as("a card for %s", id).isPositive();
            String card = page.substring(start, page.indexOf("</article>", start));
            long own = dataset.count(id, PostKind.EXECUTIVE_POST) + dataset.count(id, PostKind.EXECUTIVE_REPLY)
                    + dataset.count(id, PostKind.REPOST);
            assertThat(card).contains(executive.displayName().replace("'", "&#39;"),
                    String.format(Locale.ROOT, ">%,d<", own),
                    String.format(Locale.ROOT, ">%,d<", dataset.count(id, PostKind.STAKEHOLDER_REPLY)));
        }
    }

    /** Records ever published to the raw topic: a second load of the demo would raise it. */
    private static long rawRecordCount(TestStack stack, Deployment deployment) throws Exception {
        String topic = deployment.settings().namespace() + "engagement.posts.raw.v1";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafka().bootstrapServers()))) {
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int partition = 0; partition < partitions; partition++) {
                latest.put(new TopicPartition(topic, partition), OffsetSpec.latest());
            }
            return admin.listOffsets(latest).all().get().values().stream()
                    .mapToLong(offsets -> offsets.offset()).sum();
        }
    }
}
