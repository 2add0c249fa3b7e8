package io.rostrum.ingest.demo;

import io.rostrum.events.Platform;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Platform-shaped identifiers: Mastodon's time-ordered numeric status ids (milliseconds shifted left 16 bits plus
 * a sequence) and Bluesky's TID record keys (microseconds and a clock id in 13 base32-sortable characters).
 * Every id handed out is unique within its platform.
 */
final class NativeIds {

    private static final String BASE32_SORTABLE = "234567abcdefghijklmnopqrstuvwxyz";
    private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

    private final SplittableRandom random;
    private final Set<String> issued = new HashSet<>();

    NativeIds(SplittableRandom random) {
        this.random = random;
    }

    String post(Platform platform, Instant at) {
        String id;
        do {
            id = platform == Platform.MASTODON ? snowflake(at) : tid(at);
        } while (!issued.add(platform.id() + ":" + id));
        return id;
    }

    String account(Platform platform) {
        String id;
        do {
            id = platform == Platform.MASTODON
                    ? Long.toString(109_000_000_000_000_000L + random.nextLong(7_000_000_000_000_000L))
                    : did();
        } while (!issued.add("account:" + id));
        return id;
    }

    private String snowflake(Instant at) {
        return Long.toString((at.toEpochMilli() << 16) | random.nextInt(1 << 16));
    }

    private String tid(Instant at) {
        long micros = at.getEpochSecond() * 1_000_000L + random.nextInt(1_000_000);
        long value = (micros << 10) | random.nextInt(1 << 10);
        StringBuilder key = new StringBuilder(13);
        for (int shift = 60; shift >= 0; shift -= 5) {
            key.append(BASE32_SORTABLE.charAt((int) ((value >>> shift) & 31)));
        }
        return key.toString();
    }

    private String did() {
        StringBuilder did = new StringBuilder("did:plc:");
        for (int i = 0; i < 24; i++) {
            did.append(BASE32.charAt(random.nextInt(32)));
        }
        return did.toString();
    }
}
