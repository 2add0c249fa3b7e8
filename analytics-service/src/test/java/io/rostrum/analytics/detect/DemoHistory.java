package io.rostrum.analytics.detect;

import io.rostrum.classify.approach.TrainedPostClassifier;
import io.rostrum.classify.model.TrainedModels;
import io.rostrum.classify.pipeline.PostClassification;
import io.rostrum.classify.reply.ReplyScorer;
import io.rostrum.events.PostClassified;
import io.rostrum.events.PostObserved;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.json.JsonMapper;

/** The bundled demo dataset, classified by the shipped models as classify-service would, in time order. */
final class DemoHistory {

    private static List<PostClassified> classified;

    private DemoHistory() {
    }

    static synchronized List<PostClassified> classified() throws IOException {
        if (classified == null) {
            TrainedModels models = TrainedModels.shipped();
            PostClassification classification = new PostClassification(new TrainedPostClassifier(models),
                    new ReplyScorer(models));
            JsonMapper json = JsonMapper.builder().build();
            List<PostClassified> posts = new ArrayList<>();
            try (InputStream gzip = DemoHistory.class.getResourceAsStream("/demo/posts.jsonl.gz");
                 BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzip),
                         StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    posts.add(classification.classify(json.readValue(line, PostObserved.class)));
                }
            }
            classified = List.copyOf(posts);
        }
        return classified;
    }
}
