package io.rostrum.ingest.demo;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The fixed facts of the demo dataset: seed, period, and the four patterns planted in it so the dashboard and
 * the alerting have something to find.
 *
 * <ul>
 *   <li><b>Approach shift</b> ({@link #SHIFT_EXECUTIVE}): the CFO of Harrow &amp; Vale posts mostly informing
 *       (results, figures, links) until {@link #SHIFT_AT}, then mostly obfuscating (no comment, speculation,
 *       "in due course") once press reports about supplier payments appear.</li>
 *   <li><b>Silence</b> ({@link #SILENT_EXECUTIVE}): the CTO of Caldera Health posts steadily, then writes
 *       nothing at all (no post, reply or repost) from {@link #SILENT_FROM} until {@link #SILENT_UNTIL}.</li>
 *   <li><b>Responsiveness</b> ({@link #RESPONSIVE_EXECUTIVE}): the CHRO of Meridian Freight answers around 40% of
 *       the replies she receives; the others answer a few percent.</li>
 *   <li><b>Hostile burst</b> ({@link #BURST_EXECUTIVE}): the founder of Kestrel Pay announces layoffs at
 *       {@link #BURST_POST_AT}; the next four days bring hundreds of hostile and negative replies from
 *       employees, customers and the public.</li>
 * </ul>
 */
final class DemoPlan {

    static final long SEED = 20_260_401L;

    /** First day of the period (inclusive). */
    static final LocalDate START = LocalDate.of(2026, 4, 1);
    /** Day after the period (exclusive); nothing is created or observed at or after it. */
    static final LocalDate END = LocalDate.of(2026, 11, 1);
    static final Instant REGISTERED_AT = Instant.parse("2026-03-25T09:00:00Z");

    static final String SHIFT_EXECUTIVE = "cfo-marcus-hale";
    static final Instant SHIFT_AT = Instant.parse("2026-08-15T00:00:00Z");

    static final String SILENT_EXECUTIVE = "cto-jonas-weber";
    static final LocalDate SILENT_FROM = LocalDate.of(2026, 6, 29);
    /** First day the silent executive posts again. */
    static final LocalDate SILENT_UNTIL = LocalDate.of(2026, 7, 23);

    static final String RESPONSIVE_EXECUTIVE = "chro-priya-raman";

    static final String BURST_EXECUTIVE = "founder-nadia-brandt";
    static final Instant BURST_POST_AT = Instant.parse("2026-09-15T06:45:00Z");
    static final int BURST_REPLIES = 470;

    private DemoPlan() {
    }
}
