package io.rostrum.ingest.connector.bluesky;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** What an XRPC query came back with, short of a failure: a body, or a refusal for the rate limit. */
sealed interface XrpcReply {

    /**
     * @param exhausted set when the response said the rate-limit budget is spent: how long to wait before the next
     *                  request
     */
    record Fetched(JsonNode body, @Nullable Duration exhausted) implements XrpcReply {
    }

    /** HTTP 429. */
    record Refused(Duration retryAfter) implements XrpcReply {
    }
}
