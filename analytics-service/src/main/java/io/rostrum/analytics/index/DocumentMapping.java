package io.rostrum.analytics.index;

import java.io.IOException;
import java.util.List;

/** How the events of one topic become documents, and which documents a tombstone deletes. */
interface DocumentMapping<V> {

    /** @return one document per value, in the same order */
    List<Document> documents(List<V> values) throws IOException;

    /** @return the documents whose key these tombstones carry */
    List<Address> addressesOf(List<String> deletedKeys) throws IOException;

    /** Where a document lives. */
    record Address(String index, String id) {
    }

    /** A document with the index, id and version that make its write an idempotent upsert. */
    record Document(Address address, long version, Object source) {
    }
}
