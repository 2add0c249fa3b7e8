package io.rostrum.classify.evaluation;

import io.rostrum.events.Approach;
import java.util.Locale;

/** Prints an evaluation as a table a person can read; the last line is always {@code macro-F1: 0.xxx}. */
public final class EvaluationReport {

    private EvaluationReport() {
    }

    public static String format(Evaluation evaluation, String source, String model) {
        StringBuilder report = new StringBuilder();
        line(report, "Evaluated %d labelled posts from %s with model %s", evaluation.total(), source, model);
        line(report, "");
        line(report, "%-12s %9s %7s %7s %8s", "approach", "precision", "recall", "F1", "support");
        for (Approach approach : Approach.values()) {
            line(report, "%-12s %9.3f %7.3f %7.3f %8d", approach.id(), evaluation.precision(approach),
                    evaluation.recall(approach), evaluation.f1(approach), evaluation.support(approach));
        }
        line(report, "");
        line(report, "confusion matrix (rows: labelled, columns: predicted)");
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-12s", ""));
        for (Approach predicted : Approach.values()) {
            header.append(String.format(Locale.ROOT, " %6.6s", predicted.id()));
        }
        line(report, "%s", header);
        for (Approach labelled : Approach.values()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-12s", labelled.id()));
            for (Approach predicted : Approach.values()) {
                row.append(String.format(Locale.ROOT, " %6d", evaluation.count(labelled, predicted)));
            }
            line(report, "%s", row);
        }
        line(report, "");
        line(report, "approach accuracy: %.3f", evaluation.accuracy());
        line(report, "reciprocity accuracy: %.3f (%d/%d)", evaluation.reciprocityAccuracy(),
                evaluation.reciprocityCorrect(), evaluation.total());
        line(report, "macro-F1: %.3f", evaluation.macroF1());
        return report.toString();
    }

    private static void line(StringBuilder report, String format, Object... arguments) {
        report.append(String.format(Locale.ROOT, format, arguments)).append('\n');
    }
}
