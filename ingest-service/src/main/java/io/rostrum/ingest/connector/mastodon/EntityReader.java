package io.rostrum.ingest.connector.mastodon;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Mastodon's JSON entities. Anything that is not the expected entity, from broken JSON to a status without
 * an id, fails with a {@link MalformedEntityException} that says what was wrong.
 */
final class EntityReader {

    private final JsonMapper json = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final JavaType statusList = json.getTypeFactory().constructType(new TypeReference<List<MastodonStatus>>() {
    });

    MastodonAccount account(byte[] body) {
        return read(body, json.constructType(MastodonAccount.class));
    }

    MastodonStatus status(byte[] body) {
        return read(body, json.constructType(MastodonStatus.class));
    }

    List<MastodonStatus> statuses(byte[] body) {
        return read(body, statusList);
    }

    MastodonContext context(byte[] body) {
        return read(body, json.constructType(MastodonContext.class));
    }

    private <T> T read(byte[] body, JavaType type) {
        try {
            T entity = json.readValue(body, type);
            if (entity == null) {
                throw new MalformedEntityException("expected " + type.getRawClass().getSimpleName() + ", got null");
            }
            return entity;
        } catch (JacksonException e) {
            throw new MalformedEntityException(e.getOriginalMessage());
        }
    }

    /** The instance answered something that is not the entity asked for. */
    static final class MalformedEntityException extends RuntimeException {

        MalformedEntityException(String problem) {
            super(problem);
        }
    }
}
