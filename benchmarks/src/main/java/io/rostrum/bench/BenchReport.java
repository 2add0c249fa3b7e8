package io.rostrum.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The summary of one {@code ./rostrum bench}: reads the figures the pipeline benchmark, JMH and the query benchmark
 * wrote, prints one table, and puts it, dated and with the machine, between the markers in docs/benchmarks.md
 * (replacing the previous run's; git keeps the history). A part that did not run is left out of the table.
 */
public final class BenchReport {

    static final String START = "<!-- rostrum bench: latest run -->";
    static final String END = "<!-- /rostrum bench -->";
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private final Properties pipeline;
    private final Properties queries;
    private final JsonNode jmh;

    private BenchReport(Properties pipeline, Properties queries, JsonNode jmh) {
        this.pipeline = pipeline;
        this.queries = queries;
        this.jmh = jmh;
    }

    /** Arguments: the pipeline results, the JMH JSON result, the query results, and the Markdown file to update. */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: BenchReport PIPELINE.properties JMH.json QUERIES.properties "
                    + "BENCHMARKS.md");
        }
        Path jmhResult = Path.of(args[1]);
        BenchReport report = new BenchReport(properties(Path.of(args[0])), properties(Path.of(args[2])),
                Files.exists(jmhResult) ? JsonMapper.builder().build().readTree(jmhResult.toFile())
                        : JsonMapper.builder().build().createArrayNode());
        String section = report.section();
        System.out.println();
        System.out.println(section);
        Path document = Path.of(args[3]);
        Files.writeString(document, replaceLatest(Files.readString(document), section));
        System.out.println("written to " + document);
    }

    static String replaceLatest(String document, String section) {
        int start = document.indexOf(START);
        int end = document.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalStateException("the benchmarks document has no " + START + " ... " + END + " block");
        }
        return document.substring(0, start + START.length()) + "\n" + section + document.substring(end);
    }

    String section() {
        List<String> lines = new ArrayList<>();
        lines.add("Run of " + LocalDate.now(ZoneOffset.UTC) + " on " + pipeline.getProperty("machine",
                Machine.describe()) + ", Elasticsearch " + pipeline.getProperty("elasticsearch.version", "?")
                + ", Kafka " + pipeline.getProperty("kafka.version", "?") + ", everything on the one machine.");
        lines.add("");
        lines.add("| | what | result | target | load average before → after |");
        lines.add("|---|---|---:|---|---|");
        if (!pipeline.isEmpty()) {
            pipelineRows(lines);
        }
        jmhRow(lines);
        if (!queries.isEmpty()) {
            lines.add(String.format("| e | heaviest dashboard query (one executive, 90 days, daily), %,d documents: "
                            + "p50 / p95 / p99 via `GET /api/metrics` | %s / **%s** / %s ms | | |",
                    Long.parseLong(queries.getProperty("query.documents")), queries.getProperty("query.api.p50"),
                    queries.getProperty("query.api.p95"), queries.getProperty("query.api.p99")));
            lines.add(String.format("| e | the same search sent to Elasticsearch | %s / **%s** / %s ms | | |",
                    queries.getProperty("query.raw.p50"), queries.getProperty("query.raw.p95"),
                    queries.getProperty("query.raw.p99")));
        }
        if (!pipeline.isEmpty()) {
            lines.add(String.format("| f | peak RSS (VmHWM) during the pipeline run: classify-service, "
                            + "analytics-service, Kafka, Elasticsearch (launcher and server JVM) | %,d, %,d, %,d, %,d MB "
                            + "| | |", megabytes("rss.classify-service"), megabytes("rss.analytics-service"),
                    megabytes("rss.Kafka"), megabytes("rss.Elasticsearch")));
        }
        return String.join("\n", lines) + "\n";
    }

    private void pipelineRows(List<String> lines) {
        long documents = Long.parseLong(pipeline.getProperty("documents"));
        double ratio = number("ratio");
        double p99 = number("latency.p99");
        lines.add(String.format("| a | raw Elasticsearch bulk of the documents analytics writes, %,d documents, "
                        + "%,d a request, %d in flight | %,.0f docs/s | ceiling | %s |", documents,
                RawBulkIndexing.BATCH, RawBulkIndexing.CONCURRENCY, number("raw.rate"), load("raw")));
        lines.add(String.format("| b | pipeline, the same %,d posts as a backlog on the raw topic until all are "
                        + "searchable (classify-service, analytics-service) | %,.0f docs/s | | %s |", documents,
                number("pipeline.rate"), load("pipeline")));
        lines.add(String.format("| b | pipeline ÷ raw | **%.0f %%** %s | ≥ 50 %% | |", ratio * 100,
                ratio >= 0.5 ? "(met)" : "(missed)"));
        cpuRow(lines);
        lines.add(String.format("| c | publish to searchable at %,.0f posts/s offered for %s s, %s probes "
                        + "(%s never searchable): p50 / p95 / p99 / max | %,.0f / %,.0f / **%,.0f** / %,.0f ms %s "
                        + "| p99 < 2,500 ms | %s |", number("latency.offered"), pipeline.getProperty("latency.seconds"),
                pipeline.getProperty("latency.probes"), pipeline.getProperty("latency.unseen"),
                number("latency.p50"), number("latency.p95"), p99, number("latency.max"),
                p99 < 2_500 && "0".equals(pipeline.getProperty("latency.unseen")) ? "(met)" : "(missed)",
                load("latency")));
    }

    /** Where the CPU goes, per document: the whole pipeline's against Elasticsearch's alone in the raw run. */
    private void cpuRow(List<String> lines) {
        List<String> processes = List.of("classify-service", "analytics-service", "Kafka", "Elasticsearch");
        if (!pipeline.containsKey("cpu.pipeline.Elasticsearch")) {
            return;
        }
        double total = processes.stream().mapToDouble(name -> number("cpu.pipeline." + name)).sum();
        lines.add(String.format("| b | CPU time a document in the pipeline run: classify-service, analytics-service, "
                        + "Kafka, Elasticsearch (all %.2f ms, so at most %,.0f docs/s on %d cores); in the raw run "
                        + "Elasticsearch alone | %.2f, %.2f, %.2f, %.2f ms; raw %.2f ms | | |", total,
                CORES * 1000 / total, CORES, number("cpu.pipeline.classify-service"),
                number("cpu.pipeline.analytics-service"), number("cpu.pipeline.Kafka"),
                number("cpu.pipeline.Elasticsearch"), number("cpu.raw.Elasticsearch")));
    }

    private void jmhRow(List<String> lines) {
        for (JsonNode result : jmh) {
            JsonNode metric = result.path("primaryMetric");
            // JMH writes "NaN" (a string) for the error of a single measurement iteration
            double error = Double.parseDouble(metric.path("scoreError").asString());
            String method = result.path("benchmark").asString().replaceAll(".*\\.", "");
            JmhMeasure measure = JmhMeasure.of(method);
            lines.add(String.format("| d | %s on one core (JMH, `%s`) | %,.0f%s %s/s | %s | |", measure.what(), method,
                    metric.path("score").asDouble(), Double.isFinite(error) ? String.format(" ± %,.0f", error) : "",
                    measure.unit(), measure.target()));
        }
    }

    /** What each JMH benchmark measures, in the table's words, and the target where the issue sets one. */
    private record JmhMeasure(String what, String unit, String target) {

        static JmhMeasure of(String method) {
            return switch (method) {
                case "classify280CharacterPost" -> new JmhMeasure("classification of 280-character posts", "posts",
                        "≥ 20,000");
                case "scoreReply" -> new JmhMeasure("scoring of hand-labelled replies (VADER included)", "replies", "");
                case "vaderCompound" -> new JmhMeasure("VADER compound score of a reply", "replies", "");
                case "vaderCompoundByTheLibrary" -> new JmhMeasure(
                        "VADER compound score of a reply by the library's analyzer (replaced)", "replies", "");
                default -> new JmhMeasure(method, "operations", "");
            };
        }
    }

    private long megabytes(String key) {
        return Long.parseLong(pipeline.getProperty(key));
    }

    private double number(String key) {
        return Double.parseDouble(pipeline.getProperty(key));
    }

    private String load(String part) {
        return pipeline.getProperty("load." + part + ".before") + " → " + pipeline.getProperty("load." + part
                + ".after");
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                properties.load(in);
            }
        }
        return properties;
    }
}
