package io.rostrum.classify.cli;

import io.rostrum.classify.approach.PostClassifier;
import io.rostrum.classify.approach.TrainedPostClassifier;
import io.rostrum.classify.evaluation.Evaluation;
import io.rostrum.classify.evaluation.EvaluationReport;
import io.rostrum.classify.features.PostInput;
import io.rostrum.classify.model.LabelledPost;
import io.rostrum.classify.model.LabelledExamples;
import io.rostrum.classify.model.TrainedModels;
import io.rostrum.events.Approach;
import io.rostrum.events.Classification;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./rostrum classify [--reply-to TEXT] TEXT} explains one post; {@code ./rostrum classify --evaluate
 * FILE.jsonl} scores the shipped model against labelled posts. Both read the models from the jar and need
 * nothing running.
 */
public final class ClassifyCommand {

    static final String USAGE = """
            usage: ./rostrum classify [--reply-to "TEXT IT ANSWERS"] "TEXT"
                   ./rostrum classify --evaluate FILE.jsonl""";

    private final PrintStream out;
    private final PrintStream err;

    ClassifyCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new ClassifyCommand(out, err).run(List.of(args)));
    }

    int run(List<String> args) {
        try {
            if (args.size() == 2 && args.get(0).equals("--evaluate")) {
                return evaluate(Path.of(args.get(1)));
            }
            return explain(args);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("rostrum classify: " + e.getMessage());
            return 1;
        }
    }

    private int evaluate(Path file) {
        List<LabelledPost> posts = LabelledExamples.read(file);
        TrainedModels models = TrainedModels.shipped();
        Evaluation evaluation = Evaluation.of(new TrainedPostClassifier(models), posts);
        out.print(EvaluationReport.format(evaluation, file.toString(), models.version()));
        return 0;
    }

    private int explain(List<String> args) {
        List<String> words = new ArrayList<>(args);
        String replyTo = null;
        int flag = words.indexOf("--reply-to");
        if (flag >= 0) {
            if (flag + 1 >= words.size()) {
                throw new IllegalArgumentException("--reply-to needs the text the post answers\n" + USAGE);
            }
            replyTo = words.remove(flag + 1);
            words.remove(flag);
        }
        if (words.isEmpty() || words.stream().anyMatch(word -> word.startsWith("--"))) {
            throw new IllegalArgumentException("nothing to classify\n" + USAGE);
        }
        String text = String.join(" ", words);
        PostClassifier classifier = new TrainedPostClassifier(TrainedModels.shipped());
        print(classifier.classify(replyTo == null ? PostInput.post(text) : PostInput.reply(text, replyTo)));
        return 0;
    }

    private void print(Classification result) {
        out.printf(Locale.ROOT, "approaches:  %s%n", String.join(" + ",
                result.approaches().stream().map(Approach::id).toList()));
        result.probabilities().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(entry -> out.printf(Locale.ROOT, "  %-12s %.3f%n", entry.getKey(), entry.getValue()));
        out.printf(Locale.ROOT, "reciprocity: %s%npurpose:     %s%ndirection:   %s%n", result.reciprocity().id(),
                result.purpose().id(), result.direction().id());
        out.println("cues:");
        result.cues().forEach(cue -> out.printf(Locale.ROOT, "  %-14s %+.2f  %s%n", cue.label(), cue.weight(), cue.cue()));
        out.printf("model:       %s%n", result.classifier());
    }
}
