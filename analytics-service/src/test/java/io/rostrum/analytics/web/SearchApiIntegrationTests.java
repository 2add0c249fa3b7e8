package io.rostrum.analytics.web;

import static io.rostrum.analytics.web.PostsFixture.ADA;
import static io.rostrum.analytics.web.PostsFixture.BO;
import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.rostrum.analytics.AnalyticsTestStack;
import io.rostrum.analytics.query.FoundPost;
import io.rostrum.analytics.query.SearchPage;
import io.rostrum.infra.junit.LocalStackExtension;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** /api/search against a real Elasticsearch node holding {@link PostsFixture}. */
@ExtendWith(LocalStackExtension.class)
// closed after the class, while the stack is still up: its consumers and streams stop cleanly
@DirtiesContext
@SpringBootTest(properties = {"spring.security.user.name=api", "spring.security.user.password=test-only"})
@AutoConfigureWebTestClient
class SearchApiIntegrationTests {

    private static final String PREFIX = LocalStackExtension.uniqueName("search-it") + ".";
    private static boolean fixtureWritten;

    @Autowired
    private WebTestClient web;

    @Autowired
    private ElasticsearchClient elasticsearch;

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        AnalyticsTestStack.register(registry, PREFIX, 1);
    }

    @BeforeEach
    void fixture() throws Exception {
        if (!fixtureWritten) {
            PostsFixture.write(elasticsearch, PREFIX + "rostrum-posts");
            fixtureWritten = true;
        }
    }

    @Test
    void findsWordsAcrossExecutivesAndNarrowsByEveryFilter() {
        // "results" is in P1, P3, s2 (ada) and B1 (bo)
        assertThat(search("q=results").posts()).extracting(FoundPost::postKey).containsExactlyInAnyOrder(
                "mastodon:p1", "bluesky:p3", "mastodon:s2", "linkedin:b-1");
        assertThat(search("q=results&executiveId=" + ADA).total()).isEqualTo(3);
        assertThat(search("q=results&executiveId=" + ADA + "&kind=stakeholder-reply").posts())
                .extracting(FoundPost::postKey).containsExactly("mastodon:s2");
        assertThat(search("q=results&executiveId=" + ADA + "&approach=informing").posts())
                .extracting(FoundPost::postKey).containsExactly("mastodon:p1");
        assertThat(search("q=results&platform=linkedin").posts()).extracting(FoundPost::postKey)
                .containsExactly("linkedin:b-1");
        // P1 is on the 6th, P3 on the 7th, s2 on the 8th
        assertThat(search("q=results&executiveId=" + ADA + "&from=2026-07-07&to=2026-07-07").posts())
                .extracting(FoundPost::postKey).containsExactly("bluesky:p3");
    }

    @Test
    void returnsTheStoredFieldsWithTheTotal() {
        SearchPage page = search("q=revenue");

        assertThat(page.total()).isEqualTo(1);
        assertThat(page.totalIsExact()).isTrue();
        FoundPost post = page.posts().get(0);
        assertThat(post.executiveId()).isEqualTo(ADA);
        assertThat(post.kind()).isEqualTo("executive-post");
        assertThat(post.platform()).isEqualTo("mastodon");
        assertThat(post.approaches()).containsExactly("informing");
        assertThat(post.probabilities()).containsEntry("informing", 0.7);
        assertThat(post.url()).isEqualTo("https://social.example/mastodon:p1");
        assertThat(post.createdAt()).hasToString("2026-07-06T09:00:00Z");
        assertThat(post.highlights()).containsExactly(
                "Quarterly results are out: <em>revenue</em> up 12 percent.");
    }

    @Test
    void escapesUntrustedTextInHighlightsAndAddsOnlyEmphasis() {
        FoundPost hostile = search("q=cooked").posts().get(0);

        assertThat(hostile.text()).as("the stored text comes back as written").isEqualTo(PostsFixture.HOSTILE_TEXT);
        assertThat(hostile.highlights()).singleElement().satisfies(fragment -> {
            assertThat(fragment).startsWith("&lt;img src").contains("&gt; these results are <em>cooked</em>");
            assertThat(fragment.replace("<em>", "").replace("</em>", "")).doesNotContain("<", ">");
        });
    }

    @Test
    void listsTheNewestFirstWithoutWordsAndPages() {
        // bo's three documents: B2 10:00, b-s1 09:00, B1 08:00 on the 10th
        assertThat(search("executiveId=" + BO).posts()).extracting(FoundPost::postKey)
                .containsExactly("linkedin:b-2", "linkedin:b-s1", "linkedin:b-1");
        SearchPage second = search("executiveId=" + BO + "&size=1&page=1");
        assertThat(second.posts()).extracting(FoundPost::postKey).containsExactly("linkedin:b-s1");
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.posts().get(0).highlights()).isEmpty();
    }

    @Test
    void toleratesStraySearchSyntax() {
        assertThat(search("q=results\" AND (").posts()).isNotEmpty();
    }

    @Test
    void refusesInvalidFiltersAndAnonymousCallers() {
        for (String invalid : new String[] {"size=0", "size=101", "page=-1", "page=500", "approach=shouting",
                "kind=comment", "from=yesterday", "from=2026-07-08&to=2026-07-07", "executiveId=ADA"}) {
            api().get().uri("/api/search?" + invalid).exchange().expectStatus().isBadRequest();
        }
        api().get().uri("/api/search?q=" + "x".repeat(501)).exchange().expectStatus().isBadRequest();
        web.get().uri("/api/search?q=results").exchange().expectStatus().isUnauthorized();
    }

    private SearchPage search(String parameters) {
        return api().get().uri("/api/search?" + parameters).exchange().expectStatus().isOk()
                .expectBody(SearchPage.class).returnResult().getResponseBody();
    }

    private WebTestClient api() {
        return web.mutate().responseTimeout(Duration.ofSeconds(30))
                .defaultHeaders(headers -> headers.setBasicAuth("api", "test-only")).build();
    }
}
