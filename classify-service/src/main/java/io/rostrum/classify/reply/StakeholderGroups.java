package io.rostrum.classify.reply;

import io.rostrum.events.Cue;
import io.rostrum.events.StakeholderGroup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Infers a reply author's stakeholder group from their profile text. Groups are tried in order, most specific
 * first: "analyst at a fund" is an investor even though it also names an employer.
 */
final class StakeholderGroups {

    private static final Map<StakeholderGroup, List<String>> KEYWORDS = new LinkedHashMap<>();

    static {
        KEYWORDS.put(StakeholderGroup.MEDIA, List.of("journalist", "reporter", "editor", "correspondent",
                "columnist", "newsroom", "podcast", "newsletter", "news", "press"));
        KEYWORDS.put(StakeholderGroup.INVESTORS, List.of("investor", "investing", "analyst", "capital", "fund",
                "portfolio", "shareholder", "shareholders", "equity", "venture", "asset management", "buy-side", "sell-side", "investors", "analysts", "funds",
                "general partner", "limited partner", "angel", "vc", "backed"));
        KEYWORDS.put(StakeholderGroup.POLICY_MAKERS, List.of("senator", "minister", "mp for", "council",
                "committee", "regulator", "regulatory", "policy", "parliament", "congress", "government",
                "legislator", "lawmaker", "mayor", "commissioner", "councillor", "councilor", "mep", "cabinet member",
                "ministry", "civil servant", "public servant", "european commission", "assembly member"));
        KEYWORDS.put(StakeholderGroup.PEERS, List.of("ceo", "founder", "co-founder", "cfo", "cto", "chro", "coo",
                "chief", "president", "vice president", "vp", "svp", "evp", "managing director", "board member"));
        KEYWORDS.put(StakeholderGroup.EMPLOYEES, List.of("employee", "employees", "staff", "engineer", "team", "working at",
                "works at", "associate", "technician", "operator", "nurse", "driver", "colleague"));
        KEYWORDS.put(StakeholderGroup.CUSTOMERS, List.of("customer", "customers", "client", "clients", "user", "subscriber", "shopper",
                "patient", "homeowner", "small business", "buyer"));
    }

    /** The group and the profile word that placed the author in it (none for the general public). */
    record Inference(StakeholderGroup group, @Nullable Cue cue) {
    }

    Inference infer(@Nullable String profileText) {
        if (profileText == null || profileText.isBlank()) {
            return new Inference(StakeholderGroup.GENERAL_PUBLIC, null);
        }
        // whole words only: "director" must not read as "cto", nor "cool" as "coo"
        String words = " " + profileText.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}-]+", " ").trim() + " ";
        for (Map.Entry<StakeholderGroup, List<String>> group : KEYWORDS.entrySet()) {
            for (String keyword : group.getValue()) {
                if (words.contains(" " + keyword + " ")) {
                    return new Inference(group.getKey(),
                            new Cue("profile says \u201c" + keyword + "\u201d", group.getKey().id(), 1));
                }
            }
        }
        return new Inference(StakeholderGroup.GENERAL_PUBLIC, null);
    }
}
