package io.rostrum.ingest.config;

import io.rostrum.events.Topics;
import java.util.UUID;

/**
 * The resolved names this service uses, for listener annotations ({@code #{@ingestTopics.executives}}).
 *
 * @param directoryGroup a group of this instance alone: every instance reads the whole registry
 * @param pollerGroup    the group all instances share: its partition assignment says who polls whom
 */
public record IngestTopics(String executives, String raw, String directoryGroup, String pollerGroup) {

    static IngestTopics of(String prefix) {
        return new IngestTopics(Topics.EXECUTIVES.name(prefix), Topics.POSTS_RAW.name(prefix),
                prefix + "ingest-directory-" + UUID.randomUUID(), prefix + "ingest-pollers");
    }
}
