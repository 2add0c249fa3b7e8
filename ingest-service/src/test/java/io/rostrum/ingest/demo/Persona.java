package io.rostrum.ingest.demo;

import io.rostrum.events.Approach;
import io.rostrum.events.Platform;
import io.rostrum.events.StakeholderGroup;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One fictional executive and how they behave: how often they post and reshare, how many replies their posts
 * draw, how often they answer, who their audience is, and their mix of approaches (weights in
 * {@link Approach} order), which may change at a shift date.
 *
 * @param audience weights per stakeholder group, in {@link StakeholderGroup} order
 */
record Persona(String id, String displayName, String role, Company company, List<Channel> channels,
               double postsPerDay, double repostsPerDay, double repliesPerPost, double answerRate, int[] audience,
               int[] mix, @Nullable Instant shiftAt, int @Nullable [] mixAfterShift,
               @Nullable LocalDate silentFrom, @Nullable LocalDate silentUntil) {

    /** An account of the executive; {@code share} is the fraction of their posts written there. */
    record Channel(Platform platform, String handle, String url, String authorId, long followers,
                   String companyHandle, double share) {
    }

    String firstName() {
        return displayName.substring(0, displayName.indexOf(' '));
    }

    int[] mixAt(Instant at) {
        return shiftAt != null && mixAfterShift != null && !at.isBefore(shiftAt) ? mixAfterShift : mix;
    }

    boolean silentOn(LocalDate day) {
        return silentFrom != null && silentUntil != null && !day.isBefore(silentFrom) && day.isBefore(silentUntil);
    }

    String profileText() {
        return company.word("bio");
    }
}
