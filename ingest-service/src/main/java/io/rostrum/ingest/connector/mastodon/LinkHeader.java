package io.rostrum.ingest.connector.mastodon;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The pagination links of a Mastodon answer (RFC 8288), e.g.
 * {@code <https://social.example/api/v1/accounts/1/statuses?limit=40&max_id=7>; rel="next", <...&min_id=9>;
 * rel="prev"}. Only the links' query parameters are used: the connector builds its own URL on the instance it
 * knows, so a link can neither send it to another host nor change what it asks for.
 */
final class LinkHeader {

    static final LinkHeader NONE = new LinkHeader(Map.of());

    private static final Pattern LINK = Pattern.compile("<([^>]*)>([^<]*)");
    private static final Pattern REL = Pattern.compile(";\\s*rel\\s*=\\s*(?:\"([^\"]*)\"|([^;,\\s]+))");

    private final Map<String, URI> byRel;

    private LinkHeader(Map<String, URI> byRel) {
        this.byRel = Map.copyOf(byRel);
    }

    static LinkHeader parse(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return NONE;
        }
        Map<String, URI> byRel = new HashMap<>();
        Matcher link = LINK.matcher(header);
        while (link.find()) {
            URI target;
            try {
                target = URI.create(link.group(1).strip());
            } catch (IllegalArgumentException unparseable) {
                continue;
            }
            Matcher rel = REL.matcher(link.group(2));
            if (rel.find()) {
                String names = rel.group(1) != null ? rel.group(1) : rel.group(2);
                for (String name : names.strip().split("\\s+")) {
                    byRel.putIfAbsent(name.toLowerCase(Locale.ROOT), target);
                }
            }
        }
        return new LinkHeader(byRel);
    }

    /** A query parameter of the link with the relation {@code rel}, e.g. {@code max_id} of {@code next}. */
    Optional<String> param(String rel, String name) {
        URI target = byRel.get(rel);
        if (target == null || target.getRawQuery() == null) {
            return Optional.empty();
        }
        for (String pair : target.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            if (key.equals(name) && equals >= 0) {
                String value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                return value.isBlank() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
