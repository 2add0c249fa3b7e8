package io.rostrum.analytics.web;

import static io.rostrum.analytics.web.SpreadsheetCells.number;
import static io.rostrum.analytics.web.SpreadsheetCells.text;

import io.rostrum.analytics.query.Bucket;
import io.rostrum.analytics.query.Figures;
import io.rostrum.analytics.query.MetricsReport;
import io.rostrum.events.Approach;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/** A metrics report as CSV: one row per bucket, one column per figure, ready for a spreadsheet. */
@Component
class MetricsCsv {

    private static final List<String> FIGURE_COLUMNS = List.of("executivePosts", "repertoireComplexity",
            "ownPosts", "reciprocityRate", "stakeholderReplies", "answeredWithin48h", "responsiveness",
            "medianAnswerSeconds", "postsPerWeek", "longestSilenceHours", "gapVariation", "repliesPerPost",
            "engagement", "engagementRate", "positiveReplies", "negativeReplies", "neutralReplies", "netSentiment",
            "reputation", "reputationReplies");

    String write(MetricsReport report) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header()).get())) {
            for (Bucket bucket : report.buckets()) {
                printer.printRecord(row(report, bucket));
            }
        }
        return out.toString();
    }

    private static String[] header() {
        List<String> columns = new ArrayList<>(List.of("executiveId", "platform", "zone", "from", "to"));
        for (Approach approach : Approach.values()) {
            columns.add("mix." + approach.id());
        }
        columns.addAll(FIGURE_COLUMNS);
        return columns.toArray(String[]::new);
    }

    private static List<String> row(MetricsReport report, Bucket bucket) {
        Figures figures = bucket.figures();
        List<String> cells = new ArrayList<>(List.of(
                text(report.executiveId() == null ? "cohort" : report.executiveId()),
                text(report.platform() == null ? "all" : report.platform()), text(report.zone()),
                text(bucket.from().toString()), text(bucket.to().toString())));
        for (Approach approach : Approach.values()) {
            cells.add(number(figures.approachMix().shares().get(approach.id())));
        }
        cells.addAll(List.of(
                number(figures.approachMix().posts()),
                number(figures.repertoireComplexity().value()),
                number(figures.cadence().ownPosts()),
                number(figures.reciprocityRate().value()),
                number(figures.responsiveness().answeredWithin48h().denominator()),
                number(figures.responsiveness().answeredWithin48h().numerator()),
                number(figures.responsiveness().answeredWithin48h().value()),
                number(figures.responsiveness().medianAnswerSeconds()),
                number(figures.cadence().postsPerWeek()),
                number(figures.cadence().longestSilenceHours()),
                number(figures.cadence().gapVariation()),
                number(figures.repliesPerPost().value()),
                number(figures.engagement().total()),
                number(figures.engagement().averageRate()),
                number(figures.netSentiment().positive()),
                number(figures.netSentiment().negative()),
                number(figures.netSentiment().neutral()),
                number(figures.netSentiment().value()),
                number(figures.reputation().score()),
                number(figures.reputation().replies())));
        return cells;
    }
}
