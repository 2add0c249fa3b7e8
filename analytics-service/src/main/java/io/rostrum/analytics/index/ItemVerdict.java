package io.rostrum.analytics.index;

/** What the response to one operation of a bulk request means for that operation. */
enum ItemVerdict {

    /** Written or deleted, or nothing to do: a version conflict means a newer observation is already indexed. */
    DONE,
    /** Elasticsearch was too busy (429) or failing (5xx): the same operation may succeed later. */
    RETRY,
    /** Refused for good (a mapping error, say): sending it again would fail the same way. */
    REFUSED;

    private static final int VERSION_CONFLICT = 409;
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int SERVER_ERRORS = 500;

    /**
     * @param status the item's HTTP status
     * @param failed whether the item carries an error (a delete of a missing document answers 404 without one)
     */
    static ItemVerdict of(int status, boolean failed) {
        if (!failed || status == VERSION_CONFLICT) {
            return DONE;
        }
        return status == TOO_MANY_REQUESTS || status >= SERVER_ERRORS ? RETRY : REFUSED;
    }
}
