package io.rostrum.ingest.connector.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import io.netty.handler.codec.http.HttpStatusClass;
import io.rostrum.events.Platform;
import io.rostrum.events.PostObserved;
import io.rostrum.ingest.connector.AccountCursor;
import io.rostrum.ingest.connector.Connector;
import io.rostrum.ingest.connector.ConnectorException;
import io.rostrum.ingest.connector.PollResult;
import io.rostrum.ingest.connector.RateLimits;
import io.rostrum.ingest.connector.WatchedAccount;
import io.rostrum.support.outbound.OutboundPolicy;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Clock;
import io.netty.handler.timeout.ReadTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.client.HttpClient;

/**
 * Polls an executive's blog or newsletter feed (RSS or Atom); the account's {@code url}, or else its handle, is the
 * feed URL. Each round is one conditional GET: a 304 means nothing new; a 200 is parsed and every entry observed
 * again (the post key makes repeats upserts), unless the body is byte for byte the one of the last round, which
 * covers servers that ignore validators. Feeds serve no history beyond their latest entries, so there is no
 * backfill, and no replies, so no threads are watched. The feed URL, every redirect and every connection are held to
 * the outbound policy.
 */
public final class FeedConnector implements Connector {

    private static final Logger log = LoggerFactory.getLogger(FeedConnector.class);

    /** A feed larger than this is refused rather than buffered: real feeds are well under 1 MB. */
    static final int MAX_FEED_BYTES = 5 * 1024 * 1024;
    static final int MAX_REDIRECTS = 5;
    private static final Pattern WEB_URL = Pattern.compile("(?i)https?://\\S+");
    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
            + "text/xml;q=0.9, */*;q=0.1";

    private final WebClient http;
    private final Clock clock;
    private final int maxFeedBytes;
    private final OutboundPolicy outbound;
    private final Duration timeout;

    public FeedConnector(WebClient.Builder webClients, Clock clock, FeedProperties settings, OutboundPolicy outbound) {
        this(webClients, clock, settings, outbound, MAX_FEED_BYTES);
    }

    FeedConnector(WebClient.Builder webClients, Clock clock, FeedProperties settings, OutboundPolicy outbound,
                  int maxFeedBytes) {
        // Its own HTTP client, so that the redirect limit and the timeout hold whatever the application's defaults.
        // A redirect to a refused URL is not followed: the 3xx comes back and is reported with the reason.
        HttpClient client = HttpClient.create()
                .followRedirect((request, response) -> response.status().codeClass() == HttpStatusClass.REDIRECTION
                        && request.redirectedFrom().length < MAX_REDIRECTS
                        && redirectTarget(request.resourceUrl(), response.responseHeaders().get(HttpHeaders.LOCATION))
                                .flatMap(outbound::schemeRefusal).isEmpty())
                .responseTimeout(settings.requestTimeout());
        this.http = webClients.clone()
                .clientConnector(new ReactorClientHttpConnector(outbound.guard(client)))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(maxFeedBytes))
                .build();
        this.clock = clock;
        this.maxFeedBytes = maxFeedBytes;
        this.outbound = outbound;
        this.timeout = settings.requestTimeout();
    }

    @Override
    public Platform platform() {
        return Platform.RSS;
    }

    @Override
    public Mono<PollResult> poll(WatchedAccount account, AccountCursor cursor) {
        String feedUrl = account.url() != null ? account.url().strip() : account.handle().strip();
        Round round = new Round(account, cursor, feedUrl, "feed " + feedUrl + " of " + account.key());
        return webUri(feedUrl).map(uri -> outbound.schemeRefusal(uri)
                        .<Mono<PollResult>>map(refusal -> Mono.error(new ConnectorException(round.source()
                                + ": the feed URL is refused: " + refusal)))
                        .orElseGet(() -> fetch(uri, round)))
                .orElseGet(() -> Mono.error(
                        new ConnectorException(round.source() + ": the feed URL must be an http or https URL")));
    }

    private Mono<PollResult> fetch(URI uri, Round round) {
        return http.get().uri(uri)
                .header(HttpHeaders.ACCEPT, ACCEPT)
                .headers(headers -> FeedValidators.addConditionalHeaders(round.cursor().validators(), round.feedUrl(),
                        headers))
                .exchangeToMono(response -> handle(response, round))
                .onErrorMap(e -> !(e instanceof ConnectorException),
                        e -> new ConnectorException(round.source() + ": " + reason(e), e));
    }

    private Mono<PollResult> handle(ClientResponse response, Round round) {
        HttpStatusCode status = response.statusCode();
        Instant now = clock.instant();
        if (status.isSameCodeAs(HttpStatus.NOT_MODIFIED)) {
            log.debug("{}: not modified", round.source());
            return response.releaseBody().thenReturn(new PollResult(List.of(), round.polledAt(now), null));
        }
        if (status.isSameCodeAs(HttpStatus.TOO_MANY_REQUESTS)) {
            Duration wait = RateLimits.waitAfter429(response.headers().asHttpHeaders(), now);
            log.info("{}: rate limited, next poll in {}", round.source(), wait);
            return response.releaseBody().thenReturn(new PollResult(List.of(), round.polledAt(now), wait));
        }
        if (!status.is2xxSuccessful()) {
            String problem = status.is3xxRedirection() ? redirectProblem(response, status) : "HTTP " + status.value();
            return response.releaseBody().then(Mono.error(new ConnectorException(round.source() + ": " + problem)));
        }
        // Checked before reading when the server says; the codec limit catches chunked bodies while reading
        if (response.headers().contentLength().orElse(0) > maxFeedBytes) {
            return response.releaseBody().then(Mono.error(new ConnectorException(round.source() + ": " + tooLarge())));
        }
        String contentType = response.headers().contentType().map(Object::toString).orElse(null);
        Map<String, String> validators = FeedValidators.afterResponse(round.cursor().validators(), round.feedUrl(),
                response.headers().asHttpHeaders());
        return response.bodyToMono(byte[].class).defaultIfEmpty(new byte[0])
                // Parsing up to the size limit is CPU work that should not hold up the HTTP event loop
                .publishOn(Schedulers.parallel())
                .map(body -> read(body, contentType, round, validators, now));
    }

    private PollResult read(byte[] body, @Nullable String contentType, Round round, Map<String, String> validators,
                            Instant now) {
        String fingerprint = "sha256:" + Sha256.hex(body);
        AccountCursor next = new AccountCursor(fingerprint, null, true, round.cursor().threads(), validators, now);
        if (fingerprint.equals(round.cursor().newest())) {
            log.debug("{}: same body as the last round", round.source());
            return new PollResult(List.of(), next, null);
        }
        SyndFeed feed;
        try {
            feed = FeedParser.parse(new ByteArrayInputStream(body), contentType);
        } catch (InvalidFeedException e) {
            throw new ConnectorException(round.source() + ": " + e.getMessage(), e);
        }
        WatchedAccount account = round.account();
        FeedPosts posts = new FeedPosts(account.executiveId(), FeedOrigin.polled(round.feedUrl(), account.handle()),
                feed, now);
        List<PostObserved> observations = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            Optional<PostObserved> post = posts.toPost(entry);
            if (post.isPresent()) {
                observations.add(post.get());
            } else {
                log.warn("{}: skipped an entry with neither guid, id nor link, titled {}", round.source(),
                        entry.getTitle());
            }
        }
        log.debug("{}: {} entries observed", round.source(), observations.size());
        return new PollResult(observations, next, null);
    }

    /** A redirect comes back unfollowed when the outbound policy refuses its target, or after the last one. */
    private String redirectProblem(ClientResponse response, HttpStatusCode status) {
        Optional<URI> target = redirectTarget(response.request().getURI().toString(),
                response.headers().asHttpHeaders().getFirst(HttpHeaders.LOCATION));
        Optional<String> refusal = target.flatMap(outbound::schemeRefusal);
        if (target.isPresent() && refusal.isPresent()) {
            return "redirected (HTTP " + status.value() + ") to " + target.get() + ", which is refused: "
                    + refusal.get();
        }
        return "still redirected (HTTP " + status.value() + ") after " + MAX_REDIRECTS + " redirects";
    }

    /** Where a redirect leads, resolved against the URL that answered it; empty when it names nowhere usable. */
    private static Optional<URI> redirectTarget(String from, @Nullable String location) {
        if (location == null || location.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(URI.create(from).resolve(location.strip()));
        } catch (IllegalArgumentException notAUri) {
            return Optional.empty();
        }
    }

    private static Optional<URI> webUri(String url) {
        try {
            return WEB_URL.matcher(url).matches() ? Optional.of(URI.create(url)) : Optional.empty();
        } catch (IllegalArgumentException notAUri) {
            return Optional.empty();
        }
    }

    private String reason(Throwable e) {
        if (e instanceof DataBufferLimitException) {
            return tooLarge();
        }
        // Reactor Netty's response timeout arrives wrapped in the WebClient's request exception
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ReadTimeoutException) {
                return "got no answer within " + timeout;
            }
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private String tooLarge() {
        return "the feed is larger than the " + maxFeedBytes + " bytes accepted";
    }

    /** One polling round of one account. */
    private record Round(WatchedAccount account, AccountCursor cursor, String feedUrl, String source) {

        /** Nothing new: the cursor as it was, polled now. */
        AccountCursor polledAt(Instant now) {
            return new AccountCursor(cursor.newest(), cursor.backfill(), cursor.backfillComplete(), cursor.threads(),
                    cursor.validators(), now);
        }
    }
}
