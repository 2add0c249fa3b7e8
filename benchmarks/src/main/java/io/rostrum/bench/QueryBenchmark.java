package io.rostrum.bench;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import io.rostrum.analytics.index.IndexNames;
import io.rostrum.analytics.query.Interval;
import io.rostrum.analytics.query.MetricsQueries;
import io.rostrum.analytics.query.MetricsQuery;
import io.rostrum.analytics.query.Window;
import io.rostrum.events.Topics;
import io.rostrum.infra.launcher.Credentials;
import io.rostrum.infra.launcher.Deployment;
import io.rostrum.infra.launcher.RostrumService;
import io.rostrum.infra.stack.LocalStack;
import io.rostrum.infra.stack.Ports;
import io.rostrum.infra.stack.StackLayout;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's heaviest query at scale: one executive, 90 days, daily buckets, the whole metrics report (mix,
 * sentiment, engagement and the rest). Starts its own Kafka, Elasticsearch and analytics-service, feeds a synthetic
 * cohort of {@code documents} records through the classified topic (so analytics indexes them its own way), then
 * times the same queries two ways, interleaved so both see the same load: through {@code GET /api/metrics}, and
 * as the identical search request sent straight to Elasticsearch. Run by {@code ./rostrum bench queries [N]}.
 */
public final class QueryBenchmark {

    private static final int EXECUTIVES = 20;
    private static final int WARM_UP = 30;
    private static final int SAMPLES = 300;
    private static final int WINDOW_DAYS = 90;
    /** After loading, a pause for Elasticsearch's merges and the services' background work to quieten. */
    private static final Duration SETTLE = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    /** Arguments: {@code [N] [--results FILE]}; the results file is for {@link BenchReport}. */
    public static void main(String[] args) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(args));
        Path results = null;
        int option = arguments.indexOf("--results");
        if (option >= 0 && option + 1 < arguments.size()) {
            results = Path.of(arguments.remove(option + 1));
            arguments.remove(option);
        }
        long documents = arguments.isEmpty() ? 1_000_000 : Long.parseLong(arguments.get(0));
        Properties measured = new QueryBenchmark().run(documents);
        if (results != null) {
            Files.createDirectories(results.toAbsolutePath().getParent());
            try (Writer out = Files.newBufferedWriter(results)) {
                measured.store(out, "QueryBenchmark");
            }
        }
    }

    private Properties run(long documents) throws Exception {
        StackLayout layout = StackLayout.fromEnvironment();
        Path state = Files.createTempDirectory("rostrum-query-bench");
        try (LocalStack stack = LocalStack.ephemeral(layout).up()) {
            String namespace = "bench.";
            Map<RostrumService, Integer> ports = Arrays.stream(RostrumService.values())
                    .collect(Collectors.toMap(Function.identity(), service -> Ports.free()));
            Credentials credentials = Credentials.random();
            try (Deployment deployment = new Deployment(new Deployment.Settings(layout.home(),
                    stack.kafka().bootstrapServers(), stack.elasticsearch().url(), namespace, ports, state,
                    state.resolve("logs"), credentials, false, Map.of()))) {
                deployment.start(RostrumService.ANALYTICS);
                IndexNames names = new IndexNames(namespace);
                String elasticsearch = stack.elasticsearch().url();
                long started = System.nanoTime();
                publish(stack.kafka().bootstrapServers(), Topics.POSTS_CLASSIFIED.name(namespace), documents);
                long indexed = awaitIndexed(elasticsearch, names.posts(), documents);
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("indexed %,d documents through Kafka and analytics-service in %.0f s (%,.0f docs/s)%n",
                        indexed, seconds, indexed / seconds);
                awaitDetectorsCaughtUp(stack.kafka().bootstrapServers(), namespace + "analytics-detectors",
                        Topics.POSTS_CLASSIFIED.name(namespace));
                post(URI.create(elasticsearch + "/" + names.posts() + "/_refresh"), "");
                Thread.sleep(SETTLE.toMillis());
                Properties results = measure(deployment.settings().url(RostrumService.ANALYTICS), credentials,
                        elasticsearch, names);
                results.setProperty("query.documents", Long.toString(documents));
                return results;
            }
        }
    }

    private void publish(String bootstrap, String topic, long documents) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"),
                new StringSerializer(), new ByteArraySerializer())) {
            new SyntheticCohort(EXECUTIVES, CohortTexts.filler()).emit(documents, post -> {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, post.post().executiveId(),
                        json.writeValueAsBytes(post));
                record.headers().add("__TypeId__", Topics.POSTS_CLASSIFIED.typeToken().getBytes(StandardCharsets.UTF_8));
                producer.send(record);
            });
        }
    }

    /** Measures on a quiet service: the detectors (a Kafka Streams application) have read every record too. */
    private static void awaitDetectorsCaughtUp(String bootstrap, String group, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            while (true) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().stream().filter(partition -> partition.topic().equals(topic))
                        .forEach(partition -> latest.put(partition, OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
                long lag = ends.entrySet().stream().mapToLong(end -> end.getValue().offset()
                        - committed.get(end.getKey()).offset()).sum();
                System.out.printf("  detectors: %,d records behind%n", lag);
                if (!ends.isEmpty() && lag <= 0) {
                    return;
                }
                Thread.sleep(5_000);
            }
        }
    }

    private long awaitIndexed(String elasticsearch, String alias, long documents) throws Exception {
        long count = 0;
        while (count < documents) {
            Thread.sleep(5_000);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(elasticsearch + "/" + alias + "/_count")).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                count = json.readTree(response.body()).get("count").asLong();
            }
            System.out.printf("  %,d of %,d indexed%n", count, documents);
        }
        return count;
    }

    /** The same random (executive, 90-day window) pairs both ways; varied so Elasticsearch's request cache cannot answer. */
    private Properties measure(URI analytics, Credentials credentials, String elasticsearch, IndexNames names)
            throws Exception {
        String authorization = "Basic " + Base64.getEncoder().encodeToString(
                (credentials.apiUser() + ":" + credentials.apiPassword()).getBytes(StandardCharsets.UTF_8));
        Jackson3JsonpMapper mapper = new Jackson3JsonpMapper();
        SplittableRandom random = new SplittableRandom(7);
        List<Long> api = new ArrayList<>();
        List<Long> raw = new ArrayList<>();
        LocalDate last = LocalDate.ofInstant(SyntheticCohort.END, ZoneOffset.UTC);
        for (int sample = 0; sample < WARM_UP + SAMPLES; sample++) {
            String executive = SyntheticCohort.executiveId(random.nextInt(EXECUTIVES));
            LocalDate to = last.minusDays(random.nextInt(365));
            LocalDate from = to.minusDays(WINDOW_DAYS - 1);
            MetricsQuery query = new MetricsQuery(executive, null, new Window(from, to, ZoneOffset.UTC), Interval.DAY,
                    false);
            String body = JsonpUtils.toJsonString(MetricsQueries.metricsRequest(names, query), mapper);
            long apiNanos = get(analytics.resolve("/api/metrics?executiveId=" + executive + "&from=" + from + "&to="
                    + to + "&interval=day"), authorization);
            long rawNanos = post(URI.create(elasticsearch + "/" + names.posts()
                    + "/_search?pre_filter_shard_size=1"), body);
            if (sample >= WARM_UP) {
                api.add(apiNanos);
                raw.add(rawNanos);
            }
        }
        System.out.println();
        System.out.println("| one executive, 90 days, daily buckets | p50 | p95 | p99 |");
        System.out.println("|---|---:|---:|---:|");
        Percentiles viaApi = new Percentiles(api);
        Percentiles direct = new Percentiles(raw);
        System.out.println(row("GET /api/metrics (analytics-service)", viaApi));
        System.out.println(row("the same search sent to Elasticsearch", direct));
        Properties results = new Properties();
        for (double q : new double[] {0.50, 0.95, 0.99}) {
            String percentile = "p" + Math.round(q * 100);
            results.setProperty("query.api." + percentile, String.format("%.1f", viaApi.millis(q)));
            results.setProperty("query.raw." + percentile, String.format("%.1f", direct.millis(q)));
        }
        return results;
    }

    private long get(URI uri, String authorization) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Authorization", authorization)
                .build(), HttpResponse.BodyHandlers.ofString());
        long elapsed = System.nanoTime() - start;
        requireOk(uri, response);
        return elapsed;
    }

    private long post(URI uri, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        long elapsed = System.nanoTime() - start;
        requireOk(uri, response);
        return elapsed;
    }

    private static void requireOk(URI uri, HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static String row(String what, Percentiles times) {
        return String.format("| %s | %.1f ms | %.1f ms | %.1f ms |", what, times.millis(0.50), times.millis(0.95),
                times.millis(0.99));
    }
}
