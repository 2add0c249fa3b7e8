package io.rostrum.ingest.importer.linkedin;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ids LinkedIn puts in an export's links, URL-encoded or not: {@code .../feed/update/urn%3Ali%3Ashare%3A700...},
 * {@code .../posts/jane-doe_topic-activity-7001...-AbCd}, and for comments
 * {@code ?commentUrn=urn:li:comment:(activity:7001...,7002...)}. Ids are kept as the URNs LinkedIn uses.
 */
final class LinkedInUrns {

    private static final Pattern POST = Pattern.compile("urn:li:(share|activity|ugcPost):(\\d+)");
    private static final Pattern POST_SLUG = Pattern.compile("-activity-(\\d+)");
    private static final Pattern COMMENT =
            Pattern.compile("urn:li:comment:\\((?:urn:li:)?(share|activity|ugcPost):(\\d+),(\\d+)\\)");

    private LinkedInUrns() {
    }

    /** The post a link points at, such as {@code urn:li:activity:7001234567890}. */
    static Optional<String> post(String link) {
        String decoded = decode(link);
        Matcher urn = POST.matcher(decoded);
        if (urn.find()) {
            return Optional.of("urn:li:" + urn.group(1) + ":" + urn.group(2));
        }
        Matcher slug = POST_SLUG.matcher(decoded);
        if (slug.find()) {
            return Optional.of("urn:li:activity:" + slug.group(1));
        }
        Matcher comment = COMMENT.matcher(decoded);
        return comment.find() ? Optional.of("urn:li:" + comment.group(1) + ":" + comment.group(2)) : Optional.empty();
    }

    /** The comment a link points at, such as {@code urn:li:comment:(activity:7001,7002)}, when it names one. */
    static Optional<String> comment(String link) {
        Matcher comment = COMMENT.matcher(decode(link));
        return comment.find()
                ? Optional.of("urn:li:comment:(" + comment.group(1) + ":" + comment.group(2) + "," + comment.group(3)
                        + ")")
                : Optional.empty();
    }

    private static String decode(String link) {
        try {
            return URLDecoder.decode(link.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return link;
        }
    }
}
