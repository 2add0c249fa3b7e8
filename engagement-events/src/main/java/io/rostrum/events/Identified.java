package io.rostrum.events;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * A value with a stable external id: the spelling used in events, indices, APIs and files. Jackson writes the id
 * and reads it back (an unknown id fails, naming the accepted ones).
 */
public interface Identified {

    @JsonValue
    String id();

    /** The constant of {@code type} with this id, or an error naming the accepted ids. */
    static <E extends Enum<E> & Identified> E fromId(Class<E> type, String id) {
        for (E constant : type.getEnumConstants()) {
            if (constant.id().equals(id)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + id + "'; expected one of "
                + Arrays.stream(type.getEnumConstants()).map(Identified::id).toList());
    }
}
