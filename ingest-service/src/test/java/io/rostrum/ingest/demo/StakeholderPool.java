package io.rostrum.ingest.demo;

import io.rostrum.events.Author;
import io.rostrum.events.Platform;
import io.rostrum.events.StakeholderGroup;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * A few thousand fictional people who reply to the executives, reused across threads so some become familiar
 * faces. Each profile text gives away the stakeholder group (an equity analyst, a reporter, a member of a
 * committee, an employee of the company...). Employees and customers belong to one company; media, policy
 * makers, investors and peers mostly follow one sector; the public follows everyone. Follower counts are
 * Pareto-distributed, higher for media, policy makers and investors.
 */
final class StakeholderPool {

    /** A stakeholder; {@code company} is the company they follow, or null for everyone. */
    record Stakeholder(String firstName, Author author, StakeholderGroup group, Platform platform,
                       String profileUrl, String localHandle, @Nullable Company company) {

        String postUrl(String nativeId) {
            return platform == Platform.MASTODON ? profileUrl + "/" + nativeId : profileUrl + "/post/" + nativeId;
        }
    }

    private static final Map<String, List<String>> PROFILES = Phrases.parse("""
            employees:
              {staff} at {org}. Views my own.
              {staff} @ {org_short}. {hobby}.
              Proud {org_short} [colleague|employee] since {year_past}. {staff}.
              {staff}, {org}, {city}. Opinions mine.
              {staff} at {org} and union rep. Posts are my own.
              {staff}. {years} years at {org_short} and counting.
            investors:
              {beat} analyst, {fund}. Views my own.
              Equity analyst covering {industry} at {fund}
              Angel investor and LP. Backing founders in {industry}.
              Shareholder in {org}. Private investor, not advice.
            investors_general:
              Equity analyst at {fund}
              Portfolio manager, {fund}. Not investment advice.
              Private investor. Long-term holder, short-term worrier. Not advice.
              Credit analyst, {fund}. Bonds, covenants, coffee.
              Head of research, {fund}.
              Retail investor. Dividends, annual reports and patience.
            customers:
              {customer_profile}
            media:
              Reporter, {outlet}
              {beat} correspondent at {outlet}
              Editor, {outlet}. Tips welcome.
              {beat} reporter for {outlet}. Signal on request.
              Freelance journalist. Bylines in {outlet} and elsewhere.
            media_general:
              Business reporter, {outlet_general}
              Senior correspondent, {outlet_general}. Markets and mischief.
              Producer, {outlet_general} morning programme.
            policy-makers:
              Member of the {committee}
              Adviser to the {committee}
              Councillor for {city} Central. Chair of the economy scrutiny panel.
              Member of Parliament for {city} North.
              Office of the Mayor of {city}. Infrastructure and skills.
            policy-makers_general:
              Policy adviser, {ministry}
              Policy fellow at {thinktank}. Former regulator.
              Special adviser at {ministry}. Views my own.
              Member of the House of Lords. Crossbench. Interested in business and skills.
            peers:
              CEO at {peer_org}
              Founder, {peer_org}
              COO, {peer_org}. Ex-consultant.
              Chief People Officer at {peer_org}
              CTO, {peer_org}. Building in {industry}.
              CFO at {peer_org}. Numbers person.
              Non-executive director. Former CEO of {peer_org}.
            peers_general:
              Board adviser. Former COO in three industries.
              Chair of two boards, mentor to first-time CEOs.
              Serial founder. Third company, same mistakes, fewer of them.
              Chief executive of a mid-sized manufacturer. Leadership, operations, people.
            general-public:
              {public_bio}
            """);

    private static final List<String> FIRST_NAMES = List.of("Dana", "Sam", "Priyanka", "Tom", "Aisha", "Liam",
            "Mei", "Oliver", "Fatima", "Jack", "Ingrid", "Kwame", "Sofia", "Rory", "Hannah", "Tariq", "Elena",
            "Callum", "Nadia", "Ben", "Chloe", "Mateo", "Grace", "Yusuf", "Freya", "Daniel", "Amara", "Lukas",
            "Zara", "Owen", "Isla", "Ravi", "Emma", "Jonah", "Leila", "Finn", "Maya", "Arjun", "Ruth", "Kai",
            "Bea", "Hugo", "Niamh", "Omar", "Clara", "Joel", "Anya", "Ewan", "Lucia", "Marek", "Tess", "Idris",
            "Harriet", "Felix", "Simone", "Dev", "Ellie", "Stefan", "Rosa", "Conor", "Lina", "Patrick", "Ayo",
            "Margot", "Theo", "Keira", "Ibrahim", "Nora", "Gareth", "Yara", "Alfie", "Jess", "Nikolai", "Priya",
            "Seb", "Abi", "Malik", "Erin", "Viktor", "Lou", "Hamza", "Orla", "Ade", "Sian", "Pavel", "Kerry");
    private static final List<String> LAST_NAMES = List.of("Ortiz", "Khan", "Murphy", "Nakamura", "Okafor",
            "Brennan", "Schmidt", "Patel", "Lindgren", "Achebe", "Walsh", "Novak", "Haddad", "Fraser", "Costa",
            "Jensen", "Mensah", "Doyle", "Rossi", "Iqbal", "Hughes", "Dubois", "Kowalski", "Mahmoud", "Reid",
            "Silva", "Andersen", "Osei", "Gallagher", "Ferreira", "Chen", "Morrison", "Varga", "Adeyemi", "Quinn",
            "Berg", "Shah", "Lennox", "Moreau", "Boateng", "Fischer", "Kaur", "Whitaker", "Romero", "Sato",
            "McKenzie", "Petrov", "Oduya", "Hartley", "Lopes", "Ahmed", "Keller", "Dunne", "Eriksen", "Castillo",
            "Banerjee", "Holloway", "Nyambura", "Webb", "Marsh", "Kelleher", "Abara", "Sørensen", "Grant",
            "Duarte", "Tanaka", "Forsyth", "Yilmaz", "Pearce", "Mwangi", "Carver", "Lund", "Ibarra", "Stone");
    private static final List<String> MASTODON_HOSTS = List.of("mastodon.example", "social.example",
            "toot.example", "fedi.example", "mstdn.example", "social.coop.example");

    private final SplittableRandom random;
    private final NativeIds ids;
    private final List<Stakeholder> everyone = new ArrayList<>();
    private final Map<String, List<Stakeholder>> candidates = new LinkedHashMap<>();
    private final Set<String> handles = new HashSet<>();

    StakeholderPool(SplittableRandom random, NativeIds ids, List<Company> companies) {
        this.random = random;
        this.ids = ids;
        for (Company company : companies) {
            add(StakeholderGroup.EMPLOYEES, company, company, 160);
            add(StakeholderGroup.CUSTOMERS, company, company, 260);
            add(StakeholderGroup.MEDIA, company, company, 30);
            add(StakeholderGroup.POLICY_MAKERS, company, company, 16);
            add(StakeholderGroup.INVESTORS, company, company, 36);
            add(StakeholderGroup.PEERS, company, company, 56);
        }
        for (int i = 0; i < 1_900; i++) {
            Company anyone = companies.get(random.nextInt(companies.size()));
            StakeholderGroup group = i < 70 ? StakeholderGroup.MEDIA : i < 120 ? StakeholderGroup.POLICY_MAKERS
                    : i < 300 ? StakeholderGroup.INVESTORS : i < 360 ? StakeholderGroup.PEERS
                    : StakeholderGroup.GENERAL_PUBLIC;
            add(group, null, anyone, 1);
        }
    }

    /**
     * Someone from the group who follows the company and is on the platform. Low indices are drawn more often,
     * so a core of regulars replies again and again.
     */
    Stakeholder pick(StakeholderGroup group, Company company, Platform platform) {
        List<Stakeholder> options = candidates.computeIfAbsent(group.id() + "|" + company.name() + "|" + platform.id(),
                key -> everyone.stream().filter(s -> s.group() == group && s.platform() == platform
                        && (s.company() == null || s.company() == company)).toList());
        return options.get((int) (options.size() * Math.pow(random.nextDouble(), 1.7)));
    }

    private void add(StakeholderGroup group, @Nullable Company follows, Company words, int count) {
        for (int i = 0; i < count; i++) {
            Platform platform = random.nextDouble() < 0.55 ? Platform.MASTODON : Platform.BLUESKY;
            String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
            String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
            Scene scene = new Scene(random, words, LocalDate.of(2026, 3, 1));
            String profile = scene.write(pick(PROFILES.getOrDefault(
                    group.id() + (follows == null ? "_general" : ""), PROFILES.get(group.id()))));
            String local = localHandle(first, last, platform);
            String handle;
            String profileUrl;
            if (platform == Platform.MASTODON) {
                String host = MASTODON_HOSTS.get(random.nextInt(MASTODON_HOSTS.size()));
                handle = local + "@" + host;
                profileUrl = "https://" + host + "/@" + local;
            } else {
                handle = local + ".bsky.example";
                profileUrl = "https://bsky.example/profile/" + handle;
            }
            Author author = new Author(ids.account(platform), handle, first + " " + last, profile,
                    followers(group), false);
            everyone.add(new Stakeholder(first, author, group, platform, profileUrl, local, follows));
        }
    }

    private String localHandle(String first, String last, Platform platform) {
        String a = ascii(first);
        String b = ascii(last);
        String separator = platform == Platform.MASTODON ? "_" : "-";
        List<String> styles = List.of(a + separator + b, a + b, a.charAt(0) + b, a + b.charAt(0), b + a.charAt(0));
        String base = styles.get(random.nextInt(styles.size()));
        String handle = base;
        while (!handles.add(handle + "|" + platform.id())) {
            handle = base + (2 + random.nextInt(98));
        }
        return handle;
    }

    private long followers(StakeholderGroup group) {
        double scale = switch (group) {
            case MEDIA -> 900;
            case POLICY_MAKERS -> 600;
            case INVESTORS -> 350;
            case PEERS -> 500;
            case EMPLOYEES -> 70;
            case CUSTOMERS -> 55;
            case GENERAL_PUBLIC -> 45;
        };
        double pareto = scale / Math.pow(1 - random.nextDouble(), 1 / 1.25);
        return Math.min(2_400_000L, Math.round(pareto * (0.5 + random.nextDouble())));
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD)
                .replace("ø", "o").replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }
}
