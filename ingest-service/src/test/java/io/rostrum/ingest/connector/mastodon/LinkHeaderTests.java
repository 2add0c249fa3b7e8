package io.rostrum.ingest.connector.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkHeaderTests {

    @Test
    void readsTheIdsOfTheNextAndPreviousPagesAsMastodonLinksThem() {
        LinkHeader links = LinkHeader.parse("<https://social.example/api/v1/accounts/1/statuses?limit=40"
                + "&max_id=113541200000000107>; rel=\"next\", <https://social.example/api/v1/accounts/1/statuses"
                + "?limit=40&min_id=113541200000000109>; rel=\"prev\"");

        assertThat(links.param("next", "max_id")).contains("113541200000000107");
        assertThat(links.param("prev", "min_id")).contains("113541200000000109");
        assertThat(links.param("next", "min_id")).isEmpty();
    }

    @Test
    void acceptsUnquotedRelationsAndReadsNothingFromAMissingOrBrokenHeader() {
        assertThat(LinkHeader.parse("<https://a.example/x?max_id=5>;rel=next").param("next", "max_id"))
                .contains("5");
        assertThat(LinkHeader.parse(null).param("next", "max_id")).isEmpty();
        assertThat(LinkHeader.parse("").param("prev", "min_id")).isEmpty();
        assertThat(LinkHeader.parse("not a link header").param("next", "max_id")).isEmpty();
        assertThat(LinkHeader.parse("<https://a.example/x>; rel=\"next\"").param("next", "max_id")).isEmpty();
    }
}
