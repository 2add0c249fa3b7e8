package io.rostrum.analytics.alert;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.rostrum.analytics.index.IndexNames;
import io.rostrum.analytics.index.IndexTemplates;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Lists alerts from the alerts index. Every caller's value reaches Elasticsearch as a term or range bound. */
@Component
public class AlertSearch {

    private final ElasticsearchClient elasticsearch;
    private final IndexNames names;
    private final IndexTemplates templates;

    AlertSearch(ElasticsearchClient elasticsearch, IndexNames names, IndexTemplates templates) {
        this.elasticsearch = elasticsearch;
        this.names = names;
        this.templates = templates;
    }

    /** Newest first; the alert id breaks ties between alerts raised at the same instant. */
    public List<AlertDocument> find(AlertCriteria criteria) throws IOException {
        templates.ensureInstalled();
        return elasticsearch.search(search -> search.index(names.alerts()).query(query(criteria))
                        .size(criteria.size())
                        .sort(sort -> sort.field(field -> field.field("raisedAt").order(SortOrder.Desc)))
                        .sort(sort -> sort.field(field -> field.field("alertId").order(SortOrder.Desc))),
                AlertDocument.class).hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList();
    }

    private static Query query(AlertCriteria criteria) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (criteria.executiveId() != null) {
            bool.filter(filter -> filter.term(term -> term.field("executiveId").value(criteria.executiveId())));
        }
        if (criteria.type() != null) {
            bool.filter(filter -> filter.term(term -> term.field("type").value(criteria.type().id())));
        }
        if (criteria.from() != null || criteria.to() != null) {
            bool.filter(filter -> filter.range(range -> range.date(date -> {
                date.field("raisedAt");
                if (criteria.from() != null) {
                    date.gte(criteria.from().toString());
                }
                if (criteria.to() != null) {
                    date.lt(criteria.to().toString());
                }
                return date;
            })));
        }
        if (criteria.acknowledged() != null) {
            Query acknowledged = Query.of(query -> query.exists(exists -> exists.field("acknowledgedAt")));
            if (criteria.acknowledged()) {
                bool.filter(acknowledged);
            } else {
                bool.mustNot(acknowledged);
            }
        }
        return Query.of(query -> query.bool(bool.build()));
    }
}
