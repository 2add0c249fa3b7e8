package io.rostrum.ingest.connector;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTests {

    @Test
    void keepsMentionsLinksAndShortcodesAsTextAndBreaksParagraphs() {
        String html = "<p><span class=\"h-card\"><a href=\"https://social.example/@dana\" class=\"u-url mention\">"
                + "@<span>dana</span></a></span> Results are out :tada:</p><p>Read: <a href=\"https://x.example/r\">"
                + "<span class=\"invisible\">https://</span><span>x.example/r</span></a><br>Thanks &amp; more</p>";

        assertThat(HtmlText.toPlainText(html))
                .isEqualTo("@dana Results are out :tada:\n\nRead: https://x.example/r\nThanks & more");
    }

    @Test
    void dropsScriptsStylesAndEveryTag() {
        String html = "<p>Hello<script>alert('x')</script><style>p{}</style> <img src=x onerror=alert(1)>"
                + "<b onclick=\"evil()\">world</b></p>";

        assertThat(HtmlText.toPlainText(html)).isEqualTo("Hello world");
    }
}
