package io.rostrum.analytics.alert;

import io.rostrum.events.AlertRaised;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The webhook body: a Slack-compatible message ({@code text} and {@code blocks}), so a Slack incoming webhook can
 * take it as it is, plus the whole event under {@code alert} for receivers that act on it. Text shown in Slack is
 * escaped as Slack requires ({@code & < >}), so a summary cannot inject links or mentions.
 */
final class SlackMessage {

    /** Slack shows at most ten fields in one section. */
    private static final int MAX_FIELDS = 10;
    private static final MathContext SHOWN_DIGITS = new MathContext(4);

    private SlackMessage() {
    }

    static Map<String, Object> of(AlertRaised alert) {
        String headline = "*" + escape(label(alert)) + "* for *" + escape(alert.executiveId()) + "*";
        List<Map<String, Object>> blocks = new ArrayList<>();
        blocks.add(Map.of("type", "section",
                "text", markdown(headline + "\n" + escape(alert.summary()))));
        if (!alert.figures().isEmpty()) {
            List<Map<String, Object>> fields = new ArrayList<>();
            new TreeMap<>(alert.figures()).entrySet().stream().limit(MAX_FIELDS).forEach(figure -> fields.add(
                    markdown("*" + escape(figure.getKey()) + "*\n" + shown(figure.getValue()))));
            blocks.add(Map.of("type", "section", "fields", fields));
        }
        blocks.add(Map.of("type", "context", "elements", List.of(markdown(
                "raised " + alert.raisedAt() + " · alert " + escape(alert.alertId())))));
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("text", escape(label(alert) + " for " + alert.executiveId() + ": " + alert.summary()));
        message.put("blocks", blocks);
        message.put("alert", alert);
        return message;
    }

    /** {@code approach-shift} reads as "Approach shift". */
    private static String label(AlertRaised alert) {
        String words = alert.type().id().replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Map<String, Object> markdown(String text) {
        return Map.of("type", "mrkdwn", "text", text);
    }

    private static String shown(double value) {
        return Double.isFinite(value) ? new BigDecimal(value).round(SHOWN_DIGITS).stripTrailingZeros().toPlainString()
                : String.valueOf(value);
    }

    /** The three characters Slack's message formatting reserves. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
