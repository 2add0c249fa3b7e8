package io.rostrum.bench;

import io.rostrum.classify.approach.TrainedPostClassifier;
import io.rostrum.classify.features.PostInput;
import io.rostrum.classify.model.LabelledPost;
import io.rostrum.classify.model.LabelledExamples;
import io.rostrum.classify.model.TrainedModels;
import io.rostrum.events.Classification;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Classification throughput of one thread on 280-character posts: the corpus's held-out texts, each run on
 * into the next until it is exactly 280 characters, so the words are real and the length is the platform
 * maximum. Features, both models and the cues are all included, as in the stream.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ClassificationBenchmark {

    static final int POST_LENGTH = 280;

    @Param("classify-service/corpus/test.jsonl")
    public String corpus;

    private TrainedPostClassifier classifier;
    private PostInput[] posts;
    private int next;

    @Setup
    public void setUp() {
        classifier = new TrainedPostClassifier(TrainedModels.shipped());
        posts = postsOfLength(LabelledExamples.read(Path.of(corpus)), POST_LENGTH).toArray(PostInput[]::new);
    }

    @Benchmark
    public Classification classify280CharacterPost() {
        PostInput post = posts[next];
        next = (next + 1) % posts.length;
        return classifier.classify(post);
    }

    static List<PostInput> postsOfLength(List<LabelledPost> corpus, int length) {
        List<PostInput> posts = new ArrayList<>(corpus.size());
        for (int i = 0; i < corpus.size(); i++) {
            StringBuilder text = new StringBuilder(corpus.get(i).text());
            for (int j = i + 1; text.length() < length; j++) {
                text.append(' ').append(corpus.get(j % corpus.size()).text());
            }
            posts.add(PostInput.post(text.substring(0, length)));
        }
        return posts;
    }
}
