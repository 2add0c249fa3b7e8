package io.rostrum.analytics.query;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which posts to list: the named {@code postKeys} (an alert's evidence), or else the executive's own posts,
 * replies and reposts in the window, newest first.
 */
public record PostListQuery(@Nullable String executiveId, List<String> postKeys, @Nullable Window window, int size) {

    public PostListQuery {
        postKeys = List.copyOf(postKeys);
        if (postKeys.isEmpty() && executiveId == null) {
            throw new IllegalArgumentException("name the posts or the executive");
        }
    }
}
