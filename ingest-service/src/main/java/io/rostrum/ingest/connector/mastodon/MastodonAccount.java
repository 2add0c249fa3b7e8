package io.rostrum.ingest.connector.mastodon;

/**
 * The fields of Mastodon's Account entity the connector uses.
 *
 * @param id   the account's id on the instance that answered
 * @param acct {@code username} for a local account, {@code username@domain} for a remote one
 * @param note the profile's biography, HTML
 */
record MastodonAccount(String id, String username, String acct, String displayName, String note,
                       long followersCount) {

    MastodonAccount {
        MastodonStatus.require(id, "account.id");
        MastodonStatus.require(acct, "account.acct");
        username = username == null ? acct : username;
        displayName = displayName == null ? "" : displayName;
        note = note == null ? "" : note;
        followersCount = Math.max(0, followersCount);
    }
}
