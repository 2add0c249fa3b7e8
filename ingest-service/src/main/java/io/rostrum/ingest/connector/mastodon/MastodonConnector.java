package io.rostrum.ingest.connector.mastodon;

import io.rostrum.events.Platform;
import io.rostrum.ingest.connector.AccountCursor;
import io.rostrum.ingest.connector.Connector;
import io.rostrum.ingest.connector.ConnectorException;
import io.rostrum.ingest.connector.PollResult;
import io.rostrum.ingest.connector.ReplySchedule;
import io.rostrum.ingest.connector.WatchedAccount;
import io.rostrum.support.outbound.OutboundPolicy;
import java.time.Clock;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * Polls executives' Mastodon accounts through the public API of their home instance: no token, so only public
 * and unlisted statuses, which are all Rostrum may analyse anyway. The instance must be one the outbound policy
 * allows, checked before each round and on every connection.
 */
public final class MastodonConnector implements Connector {

    /** A page of 40 statuses with reblogs, or a long thread, is well beyond WebClient's default of 256 KB. */
    private static final int MAX_ANSWER_BYTES = 8 * 1024 * 1024;

    private final WebClient web;
    private final Clock clock;
    private final MastodonProperties settings;
    private final OutboundPolicy outbound;
    private final ReplySchedule schedule;
    private final EntityReader reader = new EntityReader();

    public MastodonConnector(WebClient.Builder webClientBuilder, Clock clock, MastodonProperties settings,
                             OutboundPolicy outbound) {
        this.web = webClientBuilder.clone()
                .clientConnector(new ReactorClientHttpConnector(outbound.guard(HttpClient.create())))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_ANSWER_BYTES))
                .defaultHeader(HttpHeaders.USER_AGENT, "Rostrum ingest-service (Mastodon connector)")
                .build();
        this.clock = clock;
        this.settings = settings;
        this.outbound = outbound;
        this.schedule = new ReplySchedule(settings.replyWindow(), settings.firstReplyCheck(),
                settings.maxReplyCheckGap());
    }

    @Override
    public Platform platform() {
        return Platform.MASTODON;
    }

    @Override
    public Mono<PollResult> poll(WatchedAccount account, AccountCursor cursor) {
        return Mono.defer(() -> {
            if (account.platform() != Platform.MASTODON) {
                return Mono.error(new ConnectorException("account " + account.key() + " is not on Mastodon"));
            }
            MastodonHandle handle = MastodonHandle.of(account);
            Optional<String> refusal = outbound.schemeRefusal(handle.base());
            if (refusal.isPresent()) {
                return Mono.error(new ConnectorException("mastodon account " + account.key() + ": "
                        + handle.base() + " is refused: " + refusal.get()));
            }
            MastodonClient client = new MastodonClient(web, reader, handle, account.executiveId(), clock,
                    settings.requestTimeout());
            return new PollRound(client, handle, account.executiveId(), settings, schedule, cursor, clock.instant())
                    .run();
        });
    }
}
