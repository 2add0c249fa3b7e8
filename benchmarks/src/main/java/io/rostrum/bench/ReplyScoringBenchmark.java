package io.rostrum.bench;

import com.vader.sentiment.analyzer.SentimentAnalyzer;
import io.rostrum.classify.features.VaderSentiment;
import io.rostrum.classify.model.LabelledExamples;
import io.rostrum.classify.model.LabelledReply;
import io.rostrum.classify.model.TrainedModels;
import io.rostrum.classify.reply.ReplyScorer;
import io.rostrum.events.ReplyScore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reply scoring on one thread over the hand-labelled replies: the whole scorer, and VADER's compound score alone,
 * ours beside the library's own analyzer that it replaced (decision 0020), on the same texts.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReplyScoringBenchmark {

    @Param("classify-service/corpus/replies.jsonl")
    public String replies;

    private ReplyScorer scorer;
    private final VaderSentiment vader = new VaderSentiment();
    private List<LabelledReply> sample;
    private int next;

    @Setup
    public void setUp() {
        scorer = new ReplyScorer(TrainedModels.shipped());
        sample = LabelledExamples.read(Path.of(replies), LabelledReply.class);
    }

    @Benchmark
    public ReplyScore scoreReply() {
        LabelledReply reply = nextReply();
        return scorer.score(reply.text(), reply.parentText(), reply.authorProfile());
    }

    @Benchmark
    public double vaderCompound() {
        return vader.compound(nextReply().text());
    }

    @Benchmark
    public float vaderCompoundByTheLibrary() throws IOException {
        SentimentAnalyzer analyzer = new SentimentAnalyzer(nextReply().text());
        analyzer.analyze();
        return analyzer.getPolarity().get("compound");
    }

    private LabelledReply nextReply() {
        LabelledReply reply = sample.get(next);
        next = (next + 1) % sample.size();
        return reply;
    }
}
