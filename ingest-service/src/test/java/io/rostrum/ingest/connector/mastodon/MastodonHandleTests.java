package io.rostrum.ingest.connector.mastodon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rostrum.events.Platform;
import io.rostrum.ingest.connector.ConnectorException;
import io.rostrum.ingest.connector.WatchedAccount;
import java.net.URI;
import org.junit.jupiter.api.Test;

class MastodonHandleTests {

    @Test
    void asksTheInstanceOfTheHandleOverHttps() {
        MastodonHandle handle = MastodonHandle.of(account("@dana@Social.Example", null));

        assertThat(handle.handle()).isEqualTo("dana@social.example");
        assertThat(handle.username()).isEqualTo("dana");
        assertThat(handle.base()).isEqualTo(URI.create("https://social.example"));
    }

    @Test
    void takesOnlyTheOriginOfAGivenUrl() {
        assertThat(MastodonHandle.of(account("dana@social.example", "https://social.example/@dana")).base())
                .isEqualTo(URI.create("https://social.example"));
        assertThat(MastodonHandle.of(account("dana@social.example", "http://localhost:8089/")).base())
                .isEqualTo(URI.create("http://localhost:8089"));
    }

    @Test
    void qualifiesTheLocalAccountsOfTheInstance() {
        MastodonHandle handle = MastodonHandle.of(account("dana@social.example", null));

        assertThat(handle.qualify("morgan")).isEqualTo("morgan@social.example");
        assertThat(handle.qualify("alex@other.example")).isEqualTo("alex@other.example");
    }

    @Test
    void rejectsAHandleWithoutAnInstance() {
        assertThatThrownBy(() -> MastodonHandle.of(account("dana", null)))
                .isInstanceOf(ConnectorException.class).hasMessageContaining("user@instance");
    }

    private static WatchedAccount account(String handle, String url) {
        return new WatchedAccount("exec-dana", Platform.MASTODON, handle, url);
    }
}
