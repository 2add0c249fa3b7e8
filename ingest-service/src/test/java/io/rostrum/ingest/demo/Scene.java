package io.rostrum.ingest.demo;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * What one post is about: the company whose words fill the slots, the day it is written, and the values already
 * chosen. A slot keeps its value for the whole scene, so a reply forked from a post's scene talks about the same
 * product, city and figure as the post. {@code city2} draws from {@code city} but differs from {@code city};
 * {@code rumour_ref} says "it" once {@code rumour} has been mentioned;
 * {@code people_3p} is {@code people} as an outsider says it ("the field engineers", not "our").
 */
final class Scene {

    private static final Set<String> FRESH_EACH_TIME = Set.of("emoji_c", "emoji_think", "emoji_bad");
    private static final List<String> SLUG_WORDS = List.of("update", "results", "launch", "people", "safety",
            "network", "customers", "plan", "progress", "programme", "data", "partnership", "outlook", "team");

    private final SplittableRandom random;
    private final Company company;
    private final LocalDate date;
    private final Map<String, String> bound;
    private final Map<String, Set<String>> drawnItems;

    Scene(SplittableRandom random, Company company, LocalDate date) {
        this(random, company, date, new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    private Scene(SplittableRandom random, Company company, LocalDate date, Map<String, String> bound,
                  Map<String, Set<String>> drawnItems) {
        this.random = random;
        this.company = company;
        this.date = date;
        this.bound = bound;
        this.drawnItems = drawnItems;
    }

    /** A scene for a follow-up written on {@code day}: same topic, its own further choices. */
    Scene fork(LocalDate day) {
        Map<String, Set<String>> items = new LinkedHashMap<>();
        drawnItems.forEach((base, set) -> items.put(base, new HashSet<>(set)));
        return new Scene(random, company, day, new LinkedHashMap<>(bound), items);
    }

    Scene bind(String slot, String value) {
        bound.put(slot, value);
        return this;
    }

    SplittableRandom random() {
        return random;
    }

    /** Expands a template in this scene, sentence-cased and tidied. */
    String write(String template) {
        return Template.tidy(Template.expand(template, this));
    }

    String slot(String name) {
        String value = bound.get(name);
        if (value != null) {
            return value;
        }
        String base = name.replaceAll("\\d+$", "");
        if (name.endsWith("_ref")) {
            String referent = name.substring(0, name.length() - 4);
            return bound.containsKey(referent) ? "it" : slot(referent);
        }
        if (name.endsWith("_3p")) {
            return slot(name.substring(0, name.length() - 3)).replaceFirst("^our ", "the ");
        }
        if (name.endsWith("_cap")) {
            String plain = slot(name.substring(0, name.length() - 4));
            return plain.isEmpty() ? plain : Character.toUpperCase(plain.charAt(0)) + plain.substring(1);
        }
        value = computed(base);
        if (value == null) {
            List<String> items = company.words(base);
            Set<String> used = drawnItems.computeIfAbsent(base, b -> new HashSet<>());
            String item = items.get(random.nextInt(items.size()));
            for (int attempt = 0; used.contains(item) && attempt < 20; attempt++) {
                item = items.get(random.nextInt(items.size()));
            }
            used.add(item);
            value = Template.expand(item, this);
        }
        if (!FRESH_EACH_TIME.contains(name)) {
            bound.put(name, value);
        }
        return value;
    }

    private @Nullable String computed(String name) {
        return switch (name) {
            case "pct" -> String.format(Locale.ROOT, "%.1f%%", 1.5 + random.nextDouble() * 13);
            case "pct_small" -> String.format(Locale.ROOT, "%.1f%%", 0.2 + random.nextDouble() * 2.6);
            case "pct_big" -> (15 + random.nextInt(56)) + "%";
            case "n" -> Integer.toString(3 + random.nextInt(38));
            case "n_big" -> String.format(Locale.ROOT, "%,d", roundish(1_200 + random.nextInt(240_000)));
            case "years" -> Integer.toString(3 + random.nextInt(10));
            case "year" -> Integer.toString(date.getYear());
            case "year_past" -> Integer.toString(2008 + random.nextInt(17));
            case "year_next" -> Integer.toString(date.getYear() + 1);
            case "month" -> month(date);
            case "month_next" -> month(date.plusMonths(1));
            case "month_ago" -> month(date.minusMonths(2 + random.nextInt(8)));
            case "quarter" -> "Q" + quarter(date);
            case "quarter_last" -> "Q" + (quarter(date) == 1 ? 4 : quarter(date) - 1);
            case "date_past" -> day(date.minusDays(1 + random.nextInt(12)));
            case "date_next" -> day(date.plusDays(4 + random.nextInt(40)));
            case "weekday_next" -> date.plusDays(1 + random.nextInt(6)).getDayOfWeek()
                    .getDisplayName(TextStyle.FULL, Locale.UK);
            case "time" -> String.format(Locale.ROOT, "%02d:%s UTC", 8 + random.nextInt(10),
                    random.nextBoolean() ? "00" : "30");
            case "link" -> "https://" + company.word("host") + "/" + List.of("news", "reports", "updates", "blog",
                    "investors").get(random.nextInt(5)) + "/" + date.getYear() + "/"
                    + String.format(Locale.ROOT, "%02d", date.getMonthValue()) + "/"
                    + slug();
            default -> null;
        };
    }

    private String slug() {
        int first = random.nextInt(SLUG_WORDS.size());
        int second = (first + 1 + random.nextInt(SLUG_WORDS.size() - 1)) % SLUG_WORDS.size();
        return SLUG_WORDS.get(first) + "-" + SLUG_WORDS.get(second);
    }

    private static int roundish(int value) {
        return value < 10_000 ? value / 10 * 10 : value / 100 * 100;
    }

    private static int quarter(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }

    private static String month(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
    }

    private static String day(LocalDate day) {
        return day.getDayOfMonth() + " " + month(day);
    }
}
