package io.rostrum.classify.config;

import io.rostrum.events.Topics;

/** The resolved names this service reads and writes, for listener annotations ({@code #{@classifyTopics.raw}}). */
public record ClassifyTopics(String raw, String classified, String group) {

    static ClassifyTopics of(String prefix) {
        return new ClassifyTopics(Topics.POSTS_RAW.name(prefix), Topics.POSTS_CLASSIFIED.name(prefix),
                prefix + "classify-service");
    }
}
