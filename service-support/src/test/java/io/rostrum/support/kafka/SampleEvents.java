package io.rostrum.support.kafka;

import io.rostrum.events.AlertRaised;
import io.rostrum.events.AlertType;
import io.rostrum.events.Approach;
import io.rostrum.events.Author;
import io.rostrum.events.Classification;
import io.rostrum.events.Cue;
import io.rostrum.events.Direction;
import io.rostrum.events.Events;
import io.rostrum.events.ExecutiveRegistered;
import io.rostrum.events.MetricSnapshot;
import io.rostrum.events.Platform;
import io.rostrum.events.Polarity;
import io.rostrum.events.PostClassified;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import io.rostrum.events.Purpose;
import io.rostrum.events.Reciprocity;
import io.rostrum.events.ReplyScore;
import io.rostrum.events.StakeholderGroup;
import io.rostrum.events.Stance;
import io.rostrum.events.Topic;
import io.rostrum.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.support.mapping.AbstractJavaTypeMapper;

/** One event of each topic of the catalogue, shaped as the services write them, every optional field set. */
final class SampleEvents {

    /** The type header every producer of the services writes. */
    static final String TYPE_HEADER = AbstractJavaTypeMapper.DEFAULT_CLASSID_FIELD_NAME;

    private static final Instant CREATED = Instant.parse("2026-03-02T09:15:00Z");
    private static final Instant OBSERVED = Instant.parse("2026-03-02T12:00:00Z");

    private SampleEvents() {
    }

    static Object of(Topic<?, ?> topic) {
        if (topic.equals(Topics.EXECUTIVES)) {
            return ExecutiveRegistered.register("ceo-ava-lindqvist", "Ava Lindqvist", "CEO", "Northwind Grid",
                    List.of(new ExecutiveRegistered.Account(Platform.BLUESKY, "ava.bsky.social", null),
                            new ExecutiveRegistered.Account(Platform.MASTODON, "ava@social.example",
                                    "https://social.example/@ava")), OBSERVED);
        }
        if (topic.equals(Topics.POSTS_RAW)) {
            return stakeholderReply();
        }
        if (topic.equals(Topics.POSTS_CLASSIFIED)) {
            Classification classification = new Classification(List.of(Approach.DIALOGUING, Approach.INFORMING),
                    Map.of("dialoguing", 0.55, "informing", 0.30, "celebrating", 0.05, "framing", 0.04,
                            "mobilizing", 0.03, "obfuscating", 0.03),
                    Purpose.INFORMATION_PROCESSING, Reciprocity.RECIPROCAL, Direction.DIVERGENCE, "maxent-6de2b0b8d19f",
                    List.of(new Cue("asks a question", "dialoguing", 1.4)));
            return PostClassified.of(stakeholderReply(), classification, new ReplyScore(-0.12, Polarity.NEGATIVE,
                    StakeholderGroup.INVESTORS, Stance.QUESTION, List.of(new Cue("analyst", "investors", 1.0))),
                    OBSERVED);
        }
        if (topic.equals(Topics.ALERTS)) {
            return new AlertRaised(Events.SCHEMA_VERSION, Events.deterministicId("approach-shift", "ceo-ava-lindqvist"),
                    OBSERVED, "ceo-ava-lindqvist", AlertType.APPROACH_SHIFT, "informing gave way to obfuscating",
                    Map.of("statistic", 9.1, "threshold", 5.0), List.of("bluesky:did:plc:ava/3k2", "mastodon:1133"));
        }
        throw new IllegalArgumentException("no sample event for " + topic.name());
    }

    /** The sample event of the topic as the services' producer serializes it: its bytes and the headers it adds. */
    static Written written(Topic<?, ?> topic) {
        DefaultKafkaProducerFactory<Object, Object> producers = new DefaultKafkaProducerFactory<>(Map.of());
        new EventKafkaConfiguration().jsonOrRawBytes().customize(producers);
        RecordHeaders headers = new RecordHeaders();
        byte[] value = producers.getValueSerializerSupplier().get().serialize(topic.name(), headers, of(topic));
        return new Written(value, headers.lastHeader(TYPE_HEADER).value());
    }

    /** A value as the producer wrote it, with the type header's value. */
    record Written(byte[] value, byte[] typeHeader) {
    }

    private static PostObserved stakeholderReply() {
        Author author = new Author("109", "dana@fediverse.example", "Dana Ortiz", "Equity analyst, Northwind Capital",
                1_250, false);
        return PostObserved.observe("ceo-ava-lindqvist", Platform.MASTODON, "1133", PostKind.STAKEHOLDER_REPLY,
                author, "mastodon:1130", "mastodon:1130", CREATED, "What does this mean for margins next year?", "en",
                "https://fediverse.example/@dana/1133", new MetricSnapshot(0, 1, 4, 0, OBSERVED));
    }
}
