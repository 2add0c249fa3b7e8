package io.rostrum.ingest.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.rostrum.events.ExecutiveRegistered;
import io.rostrum.events.Platform;
import io.rostrum.events.TextLimits;
import io.rostrum.support.outbound.OutboundPolicy;
import io.rostrum.support.outbound.OutboundSettings;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrationValidatorTests {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private final RegistrationValidator validator =
            new RegistrationValidator(new OutboundPolicy(OutboundSettings.publicHttpsOnly(), "rostrum.ingest.outbound"));

    @Test
    void acceptsAnExecutiveWithAccountsOnSeveralPlatforms() {
        ExecutiveRegistered executive = validator.validate(new Registration("ceo-ava", "Ava Lindqvist", "CEO",
                "Northwind Grid", List.of(
                        new Registration.AccountEntry("mastodon", "@ava@social.northwind.example", null),
                        new Registration.AccountEntry("Bluesky", "ava.northwind.example", null),
                        new Registration.AccountEntry("rss", null, "https://northwind.example/blog/feed.xml"))),
                NOW);

        assertThat(executive.accounts()).extracting(ExecutiveRegistered.Account::platform)
                .containsExactly(Platform.MASTODON, Platform.BLUESKY, Platform.RSS);
        assertThat(executive.accounts().get(0).handle()).isEqualTo("ava@social.northwind.example");
    }

    @Test
    void namesEveryFaultyFieldAtOnce() {
        InvalidRegistrationException thrown = catchThrowableOfType(InvalidRegistrationException.class,
                () -> validator.validate(new Registration("CEO Ava", " ", null, null, List.of(
                        new Registration.AccountEntry("myspace", "ava", null),
                        new Registration.AccountEntry("mastodon", "not a handle", null),
                        new Registration.AccountEntry("rss", null, "ftp://northwind.example/feed"))), NOW));

        assertThat(thrown.errors()).extracting(FieldError::field).containsExactly("id", "displayName",
                "accounts[0].platform", "accounts[1].handle", "accounts[2].url");
        assertThat(thrown.errors().get(2).message()).startsWith("unknown platform 'myspace' (expected one of: ");
    }

    @Test
    void refusesNamesLongerThanTheContractCarries() {
        InvalidRegistrationException thrown = catchThrowableOfType(InvalidRegistrationException.class,
                () -> validator.validate(new Registration("ceo-ava", "Ava", "r".repeat(TextLimits.NAME + 1),
                        "Northwind", List.of(new Registration.AccountEntry("bluesky", "ava.bsky.social", null))), NOW));

        assertThat(thrown.errors()).extracting(FieldError::toString)
                .containsExactly("role: is 501 characters long; at most 500 are accepted");
    }

    @Test
    void refusesFeedsAndInstancesTheOutboundPolicyRefuses() {
        InvalidRegistrationException thrown = catchThrowableOfType(InvalidRegistrationException.class,
                () -> validator.validate(new Registration("ceo-ava", "Ava", "CEO", "Northwind", List.of(
                        new Registration.AccountEntry("rss", null, "http://blog.northwind.example/feed.xml"),
                        new Registration.AccountEntry("rss", null, "https://169.254.169.254/latest/meta-data/"),
                        new Registration.AccountEntry("mastodon", "ava@social.northwind.example", "https://localhost"),
                        new Registration.AccountEntry("x", "ava", "http://127.0.0.1/never-requested"))), NOW));

        assertThat(thrown.errors()).extracting(FieldError::toString).containsExactly(
                "accounts[0].url: 'http://blog.northwind.example/feed.xml' is refused: plain http is not allowed: use"
                        + " https (or set rostrum.ingest.outbound.allow-http=true for a stand-in on this machine or an"
                        + " internal network)",
                "accounts[1].url: 'https://169.254.169.254/latest/meta-data/' is refused: 169.254.169.254 is a"
                        + " link-local address (169.254.0.0/16, where cloud metadata services answer): requests go to"
                        + " public addresses only (set rostrum.ingest.outbound.allow-private-addresses=true, or list"
                        + " the host under rostrum.ingest.outbound.allowed-hosts)",
                "accounts[2].url: 'https://localhost' is refused: localhost resolves to 127.0.0.1, a loopback address:"
                        + " requests go to public addresses only (set rostrum.ingest.outbound.allow-private-addresses="
                        + "true, or list the host under rostrum.ingest.outbound.allowed-hosts)");
    }

    @Test
    void acceptsFeedsOnThisMachineWhenAllowed() {
        RegistrationValidator local = new RegistrationValidator(
                new OutboundPolicy(OutboundSettings.localStandIns(), "rostrum.ingest.outbound"));

        ExecutiveRegistered executive = local.validate(new Registration("ceo-ava", "Ava", "CEO", "Northwind",
                List.of(new Registration.AccountEntry("rss", null, "http://127.0.0.1:8089/feed.xml"))), NOW);

        assertThat(executive.accounts().get(0).url()).isEqualTo("http://127.0.0.1:8089/feed.xml");
    }

    @Test
    void refusesTheSameIdTwiceInOneFile() {
        Registration ava = new Registration("ceo-ava", "Ava", "CEO", "Northwind",
                List.of(new Registration.AccountEntry("bluesky", "ava.bsky.social", null)));

        InvalidRegistrationException thrown = catchThrowableOfType(InvalidRegistrationException.class,
                () -> validator.validateAll(List.of(ava, ava), NOW));

        assertThat(thrown.errors()).extracting(FieldError::toString)
                .containsExactly("executives[1].id: duplicate id 'ceo-ava'");
    }

    @Test
    void requiresAtLeastOneAccount() {
        InvalidRegistrationException thrown = catchThrowableOfType(InvalidRegistrationException.class,
                () -> validator.validate(new Registration("cfo-marcus", "Marcus Hale", "CFO", "Harrow", List.of()),
                        NOW));

        assertThat(thrown.getMessage()).isEqualTo("accounts: needs at least one account");
    }
}
