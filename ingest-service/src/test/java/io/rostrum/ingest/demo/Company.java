package io.rostrum.ingest.demo;

import java.util.List;
import java.util.Map;

/**
 * A fictional company and the words its people and stakeholders use: products, programmes, sites, figures,
 * hashtags, the rumours it would rather not discuss. Slots missing here fall back to {@link #SHARED}.
 */
record Company(String name, Map<String, List<String>> vocabulary) {

    static final Map<String, List<String>> SHARED = Phrases.parse("""
            emoji_c = 🎉; 🚀; 👏; 🙌; ✨; 🥳; 💪; 🏆; 💚; 🎊
            emoji_think = 🤔; 👇; 💬; 🧵
            emoji_bad = 🙄; 👎; 😬; 😤
            fund = Harbor Ridge Capital; Greyfell Asset Management; Lantern Point Partners; Orrin Bay Capital; Sable Creek Investors; Northgate Equity Research; Kittiwake Ventures; Halden Park Capital; Ardmore Income Fund; Blackthorn Securities; Wexcombe Partners; Tidewater Research
            outlet_general = The Northern Courier; Market Wire Daily; The Evening Record; Business Standard Review; The Weekly Ledger; City Desk; The Morning Brief
            ministry = the Department for Business and Trade; the Treasury; the Cabinet Office; the Mayor's office; the regional development agency
            thinktank = the Civic Futures Institute; Fairshare Policy Lab; the Northern Economics Forum; the Open Markets Trust
            hobby = Runner; Cyclist; Dog person; Terrible golfer; Bookworm; Amateur baker; Fell walker; Chess club regular; Parent of three; Coffee snob
            public_bio:
              Dad of two. Cyclist. Terrible at sourdough.
              Retired teacher. Birds, books and an allotment.
              Student in {city}. Climate, coffee, football.
              Just here for the news and the dogs.
              Football, fell walking and bad puns.
              Proud {city} local. Opinions very much my own.
              Gardener, grandmother, occasional ranter.
              Amateur astronomer. Weekend volunteer at the food bank.
              Part-time musician, full-time cynic.
              Mum, runner, spreadsheet enthusiast.
              Commuter. Reader. Tea over coffee, always.
              Left-back for a pub team in {city}. Views my own.
              Curious about everything. Expert in nothing.
              Photographer. Long walks, short posts.
              Pensioner with opinions and time to share them.
              Living in {city}. Posting about trains, weather and the price of things.
            """);

    String word(String slot) {
        return words(slot).get(0);
    }

    List<String> words(String slot) {
        List<String> words = vocabulary.get(slot);
        if (words == null) {
            words = SHARED.get(slot);
        }
        if (words == null) {
            throw new IllegalArgumentException(name + " has no words for {" + slot + "}");
        }
        return words;
    }
}
