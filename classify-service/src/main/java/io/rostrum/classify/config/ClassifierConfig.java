package io.rostrum.classify.config;

import io.rostrum.classify.approach.PostClassifier;
import io.rostrum.classify.approach.TrainedPostClassifier;
import io.rostrum.classify.model.TrainedModels;
import io.rostrum.classify.reply.ReplyScorer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The models shipped in the jar, loaded once. */
@Configuration(proxyBeanMethods = false)
class ClassifierConfig {

    @Bean
    TrainedModels trainedModels() {
        return TrainedModels.shipped();
    }

    @Bean
    PostClassifier postClassifier(TrainedModels models) {
        return new TrainedPostClassifier(models);
    }

    @Bean
    ReplyScorer replyScorer(TrainedModels models) {
        return new ReplyScorer(models);
    }
}
