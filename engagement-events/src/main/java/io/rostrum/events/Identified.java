package io.rostrum.events;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A value with a stable external id: the spelling used in events, indices, APIs and files. */
public interface Identified {

    String id();

    /** Looks up the constant whose id is {@code id}, naming the accepted ids when there is none. */
    static <E extends Enum<E> & Identified> E byId(Class<E> type, String id) {
        for (E constant : type.getEnumConstants()) {
            if (constant.id().equals(id)) {
                return constant;
            }
        }
        String accepted = Arrays.stream(type.getEnumConstants()).map(Identified::id)
                .collect(Collectors.joining(", "));
        throw new IllegalArgumentException(
                "unknown " + type.getSimpleName() + " '" + id + "' (expected one of: " + accepted + ")");
    }
}
