package io.rostrum.analytics.index;

/** A poll's posts are durable in Elasticsearch; published in the application so caches can follow the data. */
public record PostsIndexed(long posts) {
}
