package io.rostrum.analytics.query;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/** Stakeholder-reply sums per calendar day, from which the trailing reputation window of any day is summed. */
record ReplyDays(Map<LocalDate, ReplySums> byDay, ZoneId zone) {

    ReplyDays {
        byDay = Map.copyOf(byDay);
    }

    Reputation reputationEndingOn(LocalDate day) {
        Window window = Window.reputationEndingOn(day, zone);
        ReplySums sums = ReplySums.NONE;
        for (LocalDate date = window.from(); !date.isAfter(window.to()); date = date.plusDays(1)) {
            sums = sums.plus(byDay.getOrDefault(date, ReplySums.NONE));
        }
        return Reputation.of(window, sums);
    }
}
