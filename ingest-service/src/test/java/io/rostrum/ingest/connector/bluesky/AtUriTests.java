package io.rostrum.ingest.connector.bluesky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AtUriTests {

    @Test
    void makesAStableKeyAndAWebAddressFromAPostUri() {
        AtUri uri = AtUri.parse("at://did:plc:q4ukx7ravnd3lz2wmhbo6tfe/app.bsky.feed.post/3mbtq2xh7ks2a");

        assertThat(uri.nativeId()).isEqualTo("did:plc:q4ukx7ravnd3lz2wmhbo6tfe/3mbtq2xh7ks2a");
        assertThat(uri.postKey()).isEqualTo("bluesky:did:plc:q4ukx7ravnd3lz2wmhbo6tfe/3mbtq2xh7ks2a");
        assertThat(AtUri.ofPost(uri.nativeId())).isEqualTo(uri);
        assertThat(uri.webUrl("ava.bsky.social"))
                .isEqualTo("https://bsky.app/profile/ava.bsky.social/post/3mbtq2xh7ks2a");
        assertThat(uri.webUrl("handle.invalid"))
                .isEqualTo("https://bsky.app/profile/did:plc:q4ukx7ravnd3lz2wmhbo6tfe/post/3mbtq2xh7ks2a");
    }

    @Test
    void rejectsAnythingButARecordUri() {
        assertThatThrownBy(() -> AtUri.parse("https://bsky.app/profile/ava/post/3k"))
                .isInstanceOf(PayloadException.class);
        assertThatThrownBy(() -> AtUri.parse("at://did:plc:abc")).isInstanceOf(PayloadException.class);
    }
}
