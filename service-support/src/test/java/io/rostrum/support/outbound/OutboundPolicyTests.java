package io.rostrum.support.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules as a URL from configuration or a registration meets them, before any request. */
class OutboundPolicyTests {

    private static final String PREFIX = "rostrum.test.outbound";

    private final OutboundPolicy strict = new OutboundPolicy(OutboundSettings.publicHttpsOnly(), PREFIX);

    @Test
    void acceptsHttpsToAPublicAddress() {
        assertThat(strict.refusal(URI.create("https://1.1.1.1/feed.xml"))).isEmpty();
    }

    @Test
    void refusesPlainHttpNamingTheSettingThatAllowsIt() {
        assertThat(strict.refusal(URI.create("http://1.1.1.1/feed.xml"))).contains("plain http is not allowed: use https"
                + " (or set rostrum.test.outbound.allow-http=true for a stand-in on this machine or an internal network)");
        assertThat(policy(true, false).refusal(URI.create("http://1.1.1.1/feed.xml"))).isEmpty();
    }

    @Test
    void refusesOtherSchemesAndRelativeUrls() {
        assertThat(strict.refusal(URI.create("file:///etc/passwd"))).contains("it is not an absolute URL with a host");
        assertThat(strict.refusal(URI.create("ftp://1.1.1.1/feed"))).contains("only https URLs are requested, not ftp");
        assertThat(strict.refusal(URI.create("/feed.xml"))).contains("it is not an absolute URL with a host");
    }

    @Test
    void refusesALiteralNonPublicAddressNamingTheRuleAndTheAllowances() {
        assertThat(strict.refusal(URI.create("https://169.254.169.254/latest/meta-data/"))).contains(
                "169.254.169.254 is a link-local address (169.254.0.0/16, where cloud metadata services answer):"
                        + " requests go to public addresses only (set rostrum.test.outbound.allow-private-addresses=true,"
                        + " or list the host under rostrum.test.outbound.allowed-hosts)");
        assertThat(strict.refusal(URI.create("https://[::1]:8443/hook"))).hasValueSatisfying(
                reason -> assertThat(reason).startsWith("::1 is a loopback address"));
    }

    @Test
    void refusesANameThatResolvesToANonPublicAddress() {
        assertThat(strict.refusal(URI.create("https://localhost/feed.xml"))).hasValueSatisfying(
                reason -> assertThat(reason).startsWith("localhost resolves to 127.0.0.1, a loopback address"));
    }

    @Test
    void letsANameThatDoesNotResolveYetPassUntilItsConnectionsAreChecked() {
        assertThat(strict.refusal(URI.create("https://feeds.rostrum.invalid/ceo.xml"))).isEmpty();
    }

    @Test
    void allowsEveryAddressWhenPrivateAddressesAreAllowed() {
        OutboundPolicy local = policy(false, true);

        assertThat(local.refusal(URI.create("https://127.0.0.1:8443/feed.xml"))).isEmpty();
        assertThat(local.refusal(URI.create("https://10.0.0.8/hook"))).isEmpty();
    }

    @Test
    void allowsOnlyTheListedHostsOtherwise() {
        OutboundPolicy intranet = new OutboundPolicy(new OutboundSettings(false, false,
                List.of("LOCALHOST", "10.20.0.5")), PREFIX);

        assertThat(intranet.refusal(URI.create("https://localhost/feed.xml"))).isEmpty();
        assertThat(intranet.refusal(URI.create("https://10.20.0.5/feed.xml"))).isEmpty();
        assertThat(intranet.refusal(URI.create("https://10.20.0.6/feed.xml"))).isPresent();
        assertThat(intranet.refusal(URI.create("http://localhost/feed.xml"))).as("http needs its own allowance")
                .isPresent();
    }

    private static OutboundPolicy policy(boolean allowHttp, boolean allowPrivateAddresses) {
        return new OutboundPolicy(new OutboundSettings(allowHttp, allowPrivateAddresses, List.of()), PREFIX);
    }
}
