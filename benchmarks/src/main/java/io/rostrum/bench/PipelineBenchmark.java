package io.rostrum.bench;

import io.rostrum.analytics.index.IndexNames;
import io.rostrum.classify.approach.TrainedPostClassifier;
import io.rostrum.classify.model.TrainedModels;
import io.rostrum.classify.pipeline.PostClassification;
import io.rostrum.classify.reply.ReplyScorer;
import io.rostrum.events.PostObserved;
import io.rostrum.events.Topics;
import io.rostrum.infra.launcher.Credentials;
import io.rostrum.infra.launcher.Deployment;
import io.rostrum.infra.launcher.RostrumService;
import io.rostrum.infra.stack.ChildProcess;
import io.rostrum.infra.stack.Directories;
import io.rostrum.infra.stack.LocalStack;
import io.rostrum.infra.stack.Ports;
import io.rostrum.infra.stack.StackLayout;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.common.utils.AppInfoParser;

/**
 * The whole pipeline against its ceiling, in one run on one machine with the same synthetic posts. Starts its own
 * Kafka and Elasticsearch, and classify-service and analytics-service from their built jars as the demo runs them
 * (the pipeline starts at the raw topic ingest-service writes), then measures:
 * <ol>
 *   <li>raw: the documents analytics would write for the posts, bulked straight into Elasticsearch
 *       ({@link RawBulkIndexing}), docs/s;</li>
 *   <li>pipeline: the same posts published to the raw topic as fast as possible, timed until all are searchable,
 *       docs/s, and its ratio to raw;</li>
 *   <li>latency: further posts at a fixed offered rate, publish to searchable ({@link SearchLatency});</li>
 *   <li>the peak resident memory of each process.</li>
 * </ol>
 * Both the raw and the pipeline run first take a warm-up of a tenth of the posts (at most 10,000), untimed, so
 * the JIT compilers and Elasticsearch's caches are warm for both. The machine's load average is recorded before
 * and after each measurement. Every wait has a deadline, and everything started is stopped at the end, on failure
 * and on Ctrl-C. Run by {@code ./rostrum bench pipeline} and as part of {@code ./rostrum bench}.
 */
public final class PipelineBenchmark {

    private static final int EXECUTIVES = 20;
    private static final String RAW_PREFIX = "raw.";
    private static final String NAMESPACE = "bench.";
    /** The slowest pipeline the deadlines allow: a run slower than this fails instead of running on. */
    private static final int SLOWEST_DOCS_PER_SECOND = 100;
    /** The name the local stack gives its Elasticsearch process. */
    private static final String ELASTICSEARCH = "Elasticsearch";
    private static final Duration POLL = Duration.ofMillis(200);
    /** How long after the paced publishing the latency probes may still become searchable. */
    private static final Duration DRAIN = Duration.ofSeconds(60);

    private final Options options;
    private final Properties results = new Properties();

    private PipelineBenchmark(Options options) {
        this.options = options;
    }

    /**
     * @param documents posts in the backlog (raw and pipeline runs)
     * @param rate      offered posts per second in the latency run
     * @param seconds   how long the latency run publishes
     * @param results   where the figures go, for {@link BenchReport}
     */
    record Options(long documents, int rate, int seconds, Path results) {

        static Options parse(String[] args) {
            Map<String, String> given = new java.util.HashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                given.put(args[i], args[i + 1]);
            }
            if (args.length % 2 != 0 || !List.of("--documents", "--rate", "--seconds", "--results")
                    .containsAll(given.keySet())) {
                throw new IllegalArgumentException("usage: PipelineBenchmark [--documents N] [--rate POSTS_PER_S] "
                        + "[--seconds S] [--results FILE]; was " + String.join(" ", args));
            }
            return new Options(Long.parseLong(given.getOrDefault("--documents", "200000")),
                    Integer.parseInt(given.getOrDefault("--rate", "1000")),
                    Integer.parseInt(given.getOrDefault("--seconds", "60")),
                    Path.of(given.getOrDefault("--results", "benchmarks/target/bench/pipeline.properties")));
        }

        long warmUp() {
            return Math.min(10_000, documents / 10);
        }
    }

    public static void main(String[] args) throws Exception {
        new PipelineBenchmark(Options.parse(args)).run();
    }

    private void run() throws Exception {
        StackLayout layout = StackLayout.fromEnvironment();
        Path state = Files.createTempDirectory("rostrum-pipeline-bench");
        try (Teardown teardown = Teardown.onExit()) {
            teardown.add(() -> Directories.deleteRecursively(state));
            LocalStack stack = LocalStack.ephemeral(layout);
            teardown.add(stack::close);
            // down() finds the nodes by their pid files, so a start interrupted half-way is stopped too
            teardown.add(stack::down);
            stack.up();
            ElasticsearchCalls elasticsearch = new ElasticsearchCalls(stack.elasticsearch().url());
            results.setProperty("elasticsearch.version", elasticsearch.version());
            results.setProperty("kafka.version", AppInfoParser.getVersion());
            results.setProperty("machine", Machine.describe());

            SyntheticCohort cohort = new SyntheticCohort(EXECUTIVES,
                    CohortTexts.corpus(layout.home().resolve("classify-service/corpus")));
            List<PostObserved> warmUp = observe(cohort, options.warmUp());
            List<PostObserved> backlog = observe(cohort, options.documents());
            List<PostObserved> paced = observe(cohort, (long) options.rate() * options.seconds());

            double rawRate = measureRaw(stack, elasticsearch, warmUp, backlog);
            Deployment deployment = startServices(layout, stack, state);
            teardown.add(deployment);
            IndexNames names = new IndexNames(NAMESPACE);
            try (RawTopicPublisher publisher = new RawTopicPublisher(stack.kafka().bootstrapServers(), NAMESPACE);
                 StageLag lag = new StageLag(stack.kafka().bootstrapServers())) {
                Progress progress = new Progress(elasticsearch, names.posts(), lag);
                double pipelineRate = measurePipeline(publisher, progress, warmUp, backlog,
                        processes(deployment, stack));
                record("ratio", pipelineRate / rawRate);
                measureLatency(publisher, progress, paced);
            }
            recordPeakMemory(deployment, stack);
            save();
        }
    }

    private static List<PostObserved> observe(SyntheticCohort cohort, long documents) {
        List<PostObserved> posts = new ArrayList<>();
        cohort.observe(documents, posts::add);
        return posts;
    }

    private double measureRaw(LocalStack stack, ElasticsearchCalls elasticsearch, List<PostObserved> warmUp,
                              List<PostObserved> backlog) throws Exception {
        TrainedModels models = TrainedModels.shipped();
        PostClassification classification = new PostClassification(new TrainedPostClassifier(models),
                new ReplyScorer(models));
        RawBulkIndexing raw = new RawBulkIndexing(elasticsearch, RAW_PREFIX);
        raw.installTemplates(stack.elasticsearch().url());
        raw.index(raw.bodies(warmUp, classification), warmUp.size(), deadlineSeconds(warmUp.size()));
        List<byte[]> bodies = raw.bodies(backlog, classification);
        record("load.raw.before", Machine.loadAverage());
        CpuUse cpu = CpuUse.start(Map.of(ELASTICSEARCH, elasticsearchProcess(stack)));
        double seconds = raw.index(bodies, warmUp.size() + backlog.size(), deadlineSeconds(backlog.size()));
        recordCpu("raw", cpu, backlog.size());
        record("load.raw.after", Machine.loadAverage());
        raw.deleteIndices();
        double rate = backlog.size() / seconds;
        System.out.printf("raw Elasticsearch bulk: %,d documents in %.1f s, %,.0f docs/s%n", backlog.size(), seconds,
                rate);
        record("raw.seconds", seconds);
        record("raw.rate", rate);
        return rate;
    }

    private Deployment startServices(StackLayout layout, LocalStack stack, Path state) {
        Map<RostrumService, Integer> ports = Arrays.stream(RostrumService.values())
                .collect(Collectors.toMap(Function.identity(), service -> Ports.free()));
        Deployment deployment = new Deployment(new Deployment.Settings(layout.home(),
                stack.kafka().bootstrapServers(), stack.elasticsearch().url(), NAMESPACE, ports, state,
                state.resolve("logs"), Credentials.random(), false, Map.of()));
        System.out.println("starting classify-service and analytics-service...");
        deployment.start(RostrumService.CLASSIFY);
        deployment.start(RostrumService.ANALYTICS);
        return deployment;
    }

    private double measurePipeline(RawTopicPublisher publisher, Progress progress, List<PostObserved> warmUp,
                                   List<PostObserved> backlog, Map<String, ChildProcess> processes) {
        warmUp.forEach(publisher::publish);
        publisher.flush();
        progress.awaitSearchable(warmUp.size(), deadlineSeconds(warmUp.size()));
        record("load.pipeline.before", Machine.loadAverage());
        CpuUse cpu = CpuUse.start(processes);
        long start = System.nanoTime();
        backlog.forEach(publisher::publish);
        publisher.flush();
        double published = (System.nanoTime() - start) / 1e9;
        progress.awaitSearchable(warmUp.size() + backlog.size(), deadlineSeconds(backlog.size()));
        double seconds = (System.nanoTime() - start) / 1e9;
        recordCpu("pipeline", cpu, backlog.size());
        record("load.pipeline.after", Machine.loadAverage());
        double rate = backlog.size() / seconds;
        System.out.printf("pipeline, raw topic to searchable: %,d posts in %.1f s (published in %.1f s), "
                + "%,.0f docs/s%n", backlog.size(), seconds, published, rate);
        record("pipeline.seconds", seconds);
        record("pipeline.rate", rate);
        return rate;
    }

    private void measureLatency(RawTopicPublisher publisher, Progress progress, List<PostObserved> paced)
            throws Exception {
        record("load.latency.before", Machine.loadAverage());
        SearchLatency.Result latency = new SearchLatency(progress.elasticsearch(), progress.alias())
                .measure(paced, publisher, options.rate(), DRAIN);
        record("load.latency.after", Machine.loadAverage());
        System.out.printf("latency at %,.0f posts/s for %d s, %d probes (%d never searchable): p50 %.0f ms, "
                        + "p95 %.0f ms, p99 %.0f ms, max %.0f ms%n", latency.offeredPerSecond(), options.seconds(),
                latency.probes(), latency.unseen(), latency.latencies().millis(0.50),
                latency.latencies().millis(0.95), latency.latencies().millis(0.99), latency.latencies().maxMillis());
        record("latency.offered", latency.offeredPerSecond());
        record("latency.seconds", options.seconds());
        record("latency.probes", latency.probes());
        record("latency.unseen", latency.unseen());
        record("latency.p50", latency.latencies().millis(0.50));
        record("latency.p95", latency.latencies().millis(0.95));
        record("latency.p99", latency.latencies().millis(0.99));
        record("latency.max", latency.latencies().maxMillis());
    }

    private void recordPeakMemory(Deployment deployment, LocalStack stack) {
        processes(deployment, stack).forEach(this::recordPeak);
    }

    /** The processes the pipeline runs on, by the names the results use: the two services, Kafka, Elasticsearch. */
    private static Map<String, ChildProcess> processes(Deployment deployment, LocalStack stack) {
        Map<String, ChildProcess> processes = new LinkedHashMap<>();
        for (RostrumService service : List.of(RostrumService.CLASSIFY, RostrumService.ANALYTICS)) {
            deployment.process(service).ifPresent(process -> processes.put(service.module(), process));
        }
        stack.processes().forEach(process -> processes.put(process.name(), process));
        return processes;
    }

    private static ChildProcess elasticsearchProcess(LocalStack stack) {
        return stack.processes().stream().filter(process -> process.name().equals(ELASTICSEARCH)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the stack runs no " + ELASTICSEARCH));
    }

    /**
     * CPU time each process spent over a part of the run, per document: where the pipeline's time goes, and what
     * Elasticsearch alone spends on the same documents in the raw run.
     */
    private record CpuUse(Map<String, ChildProcess> processes, Map<String, Duration> atStart) {

        static CpuUse start(Map<String, ChildProcess> processes) {
            Map<String, Duration> atStart = new LinkedHashMap<>();
            processes.forEach((name, process) -> atStart.put(name, Machine.cpuTime(process)));
            return new CpuUse(processes, atStart);
        }

        /** Milliseconds of CPU a document since the start, by process. */
        Map<String, Double> millisPerDocument(long documents) {
            Map<String, Double> perDocument = new LinkedHashMap<>();
            processes.forEach((name, process) -> perDocument.put(name,
                    Machine.cpuTime(process).minus(atStart.get(name)).toNanos() / 1e6 / documents));
            return perDocument;
        }
    }

    private void recordCpu(String part, CpuUse cpu, long documents) {
        cpu.millisPerDocument(documents).forEach((name, millis) -> {
            System.out.printf("  CPU of %s: %.3f ms a document%n", name, millis);
            record("cpu." + part + "." + name, millis);
        });
    }

    private void recordPeak(String name, ChildProcess process) {
        long bytes = Machine.peakResidentBytes(process);
        System.out.printf("peak RSS of %s: %,d MB%n", name, bytes / 1_000_000);
        record("rss." + name, bytes / 1_000_000);
    }

    /** Waits for posts to become searchable, printing how far behind each stage is every ten seconds. */
    private record Progress(ElasticsearchCalls elasticsearch, String alias, StageLag lag) {

        void awaitSearchable(long documents, long seconds) {
            long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            long count = 0;
            long lastReport = System.nanoTime();
            while (count < documents) {
                if (System.nanoTime() - deadline > 0) {
                    throw new IllegalStateException(count + " of " + documents + " posts searchable after " + seconds
                            + " s: the pipeline is slower than " + SLOWEST_DOCS_PER_SECOND + " docs/s or stuck");
                }
                pause(POLL);
                count = elasticsearch.count(alias);
                if (System.nanoTime() - lastReport > 10_000_000_000L) {
                    System.out.printf("  %,d of %,d searchable; behind: classify %,d, analytics %,d%n", count,
                            documents, lag.of(NAMESPACE + "classify-service", Topics.POSTS_RAW.name(NAMESPACE)),
                            lag.of(NAMESPACE + "analytics-service", Topics.POSTS_CLASSIFIED.name(NAMESPACE)));
                    lastReport = System.nanoTime();
                }
            }
        }
    }

    private static long deadlineSeconds(long documents) {
        return 120 + documents / SLOWEST_DOCS_PER_SECOND;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void record(String key, Object value) {
        results.setProperty(key, value instanceof Double number ? String.format("%.3f", number) : value.toString());
    }

    private void save() throws IOException {
        results.setProperty("documents", Long.toString(options.documents()));
        results.setProperty("rate", Integer.toString(options.rate()));
        Files.createDirectories(options.results().toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(options.results())) {
            results.store(out, "PipelineBenchmark");
        }
        System.out.println("results in " + options.results());
    }
}
