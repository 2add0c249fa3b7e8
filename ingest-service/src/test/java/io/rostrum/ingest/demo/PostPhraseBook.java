package io.rostrum.ingest.demo;

import io.rostrum.events.Approach;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What executives write, per engagement approach: openers, bodies and closers whose slots are filled from the
 * company's vocabulary. Each body carries the cues of its approach (see TAXONOMY.md): celebrating = milestones,
 * pride, thanks, emoji; informing = figures, dates, launches, links; dialoguing = questions to the audience;
 * framing = beliefs, values, "the future of"; mobilizing = calls to act and cause hashtags; obfuscating =
 * no comment, speculation, deflection, vague promises. Obfuscating phrases are the only ones using the
 * obfuscation cue words, so a simple cue check can tell the approaches apart.
 */
final class PostPhraseBook {

    private static final Map<Approach, Map<String, List<String>>> BY_APPROACH = new EnumMap<>(Approach.class);

    static {
        BY_APPROACH.put(Approach.CELEBRATING, Phrases.parse("""
                opener:
                  What a [week|month|quarter] for {org}! {emoji_c}
                  [Huge|Big|Massive] day for the team {emoji_c}
                  [So|Incredibly|Genuinely|Hugely] proud of {people} [today|this week|right now].
                  [Proud|Thrilled|Delighted] to share [this|some good news|a milestone] {emoji_c}
                  Pinch-me moment {emoji_c}
                  This one made my [week|month|year].
                  Bragging about {people} for a minute, because they've earned it.
                  Milestone post, and I make no apologies for it {emoji_c}
                  [Every now and then|Sometimes] you have to stop and celebrate.
                  Best news I've had all [week|month]:
                  Still smiling about this one {emoji_c}
                  Worth a proper celebration:
                  [Goosebumps|Chills] reading this [morning|evening] {emoji_c}
                body:
                  {org} has won {award}! [Enormous|Huge|Heartfelt] thanks to {people}, who made it happen.
                  {product} went live in {city} [ahead of schedule|two weeks early|on the day we promised], and the response from {customers} has been [fantastic|overwhelming|humbling].
                  We just passed {n_big} {customers} using {product}. [Unreal.|Incredible.|I remember when it was twelve.|Remarkable.]
                  {site} has gone {n_big} hours without a lost-time incident. That is the [best|finest|most important] number in this business!
                  The {programme} team [delivered|pulled off|landed] something [extraordinary|remarkable|special] this [week|month], and I could not be prouder.
                  Shout-out to {people} for [an outstanding|a record-breaking|a brilliant] {quarter_last}: {kpi} at its best level ever!
                  {n} years ago {product} was a [slide in a deck|sketch on a whiteboard|very long spreadsheet]. Today it [serves|reaches|supports] {customers} in {city}, {city2} and {city3}.
                  [Huge|Massive|Warm] congratulations to the first {n} graduates of {programme}! The future of {org} is in [very good|brilliant|safe] hands.
                  [Absolutely|Completely] blown away by what {people} achieved at {site} this [week|month]. [World class.|Best in the business.|Just brilliant.]
                  {org} is [on|in] the [shortlist|final three] for {award}, and whatever happens I'm [so proud|already celebrating]!
                  We welcomed our {n_big}th [new starter|colleague|apprentice] this [week|month]. Welcome to the family!
                  The first [shipment|deployment|release|customers] of {product} [went out|arrived|went live] today. [Champagne is on ice.|Cake in every office.|Pizza for the whole team tonight.]
                  Record [day|week|month] for {kpi}, and [not by a little|by a distance|the team made it look easy]!
                  Today {partner} joined us on {programme}. [Two great teams.|What a partnership.|Couldn't ask for better partners.] Let's go!
                closer:
                  Thank you all! {emoji_c}
                  [Onwards|Onward and upward]! {emoji_c}
                  Couldn't be prouder. {tag}
                  More to come {emoji_c}
                  [Massive|Huge] thanks to every single person involved!
                  Best team in the business! {emoji_c}
                  This is what {value} looks like in practice!
                  Let's keep going {emoji_c} {tag}
                  [What a team|What a crew]! {emoji_c}
                """));
        BY_APPROACH.put(Approach.INFORMING, Phrases.parse("""
                opener:
                  [Update|News] from {org}:
                  Our {report} is out today.
                  [A few|Some] numbers from {quarter_last}:
                  Short update on {programme}.
                  Today we published our {report}.
                  [Quick|Brief] operational update.
                  Key points from this morning's {report}:
                  For the record, here is where we stand on {programme}.
                  [Announcement|Launch] [today|this morning]:
                  As of {date_past}:
                  Three facts from our {report}:
                  [Housekeeping|Schedule] note for {month_next}:
                body:
                  {kpi} [rose|grew|improved] {pct} year on year; {kpi2} was [flat|broadly stable|down {pct_small}].
                  We [launched|rolled out|switched on] {product} in {city} on {date_past}. {city2} follows in {month_next}.
                  {product} is now available to {customers} in {city} and {city2}.
                  Capital expenditure for the year remains {money}, with {pct_big} already committed.
                  {programme} [reached|passed] {n_big} [participants|sign-ups|applications] in {month}, ahead of the target we set in {quarter_last}.
                  We have signed a {years}-year agreement with {partner}. [Terms|Financial terms] are in today's release.
                  [From|Starting] {date_next}, {product} becomes the default for all new {customers}.
                  {site} [completed|passed] its [final commissioning tests|safety audit|independent review] on {date_past} and enters full operation [next week|this month|in {month_next}].
                  {kpi} for {quarter_last}: {pct} better than plan. {kpi2}: {pct_small} behind, [mainly timing|mostly weather|a one-off].
                  We're opening {n} new roles for {role} across {city} and {city2} this quarter.
                  Full-year guidance is unchanged: {kpi} [growth|improvement] of around {pct}.
                  {kpi} improved {pct} in {month}, against {pct2} a year ago. [The main driver was|Most of the gain came from] {product}.
                  We will [report|publish] {quarter} results on {date_next}. [A webcast follows at|The call starts at] {time}.
                  {programme} moves to its second phase on {date_next}, covering {city}, {city2} and {city3}.
                  [Investment|Spend] in {programme} this year is {money}, [funded from operating cash flow|within the plan we set out in March].
                  {n} of our [sites|locations|teams] now run on {product}; the rest [move over|follow] by {month_next}.
                closer:
                  Full report: {link}
                  Details: {link}
                  The data tables are in the appendix: {link}
                  Methodology and definitions are in the report.
                  Next update in {month_next}.
                  Release here: {link}
                  All figures unaudited.
                  Slides from the briefing: {link}
                """));
        BY_APPROACH.put(Approach.DIALOGUING, Phrases.parse("""
                opener:
                  Question for [everyone|people] [here|in {industry}|who works with us]:
                  [Genuinely|Honestly] curious about this one {emoji_think}
                  I'd love your [help|input|take] on something.
                  [Crowdsourcing|Asking for ideas] time.
                  Open question, and I don't have the answer yet:
                  [AMA|Ask me anything] on {weekday_next} at {time}.
                  [Poll|Quick poll], of sorts:
                  Help me think this through.
                  I've been going back and forth on this {emoji_think}
                  [Your turn|Over to you].
                  A question I [asked|put to] [our board|the leadership team|my team] [this week|yesterday], now putting it to you:
                body:
                  What's the one thing we should change about {product}? [Replies are open|I read every reply|Be blunt].
                  What's the right answer on {debate}? I've heard [good|strong] arguments on both sides.
                  If you're one of our {customers}, what would make {product} genuinely better for you?
                  We're [redesigning|rethinking|reviewing] {programme}. What worked for you, and what didn't?
                  For those in {industry}: what's your view on {debate}?
                  I'll be answering questions about {programme} and {product}. Drop them below [in advance|now] and I'll get to as many as I can.
                  Tell me [what we're getting wrong|where we fall short|what we should stop doing]. [Seriously.|I mean it.|No filter needed.]
                  [Which|What] matters more to you: [faster rollout or lower cost|more features or more reliability|reach or depth]? And why?
                  We're choosing between {city} and {city2} for the next {site_type}. What should we weigh that we might be missing?
                  What's one question about {industry} you wish leaders answered more honestly?
                  [If you had|Imagine you had] {money} and a free hand, where would you start on {debate}?
                  Has anyone cracked {debate}? I want to learn from them.
                  What would make you [recommend|trust|choose] {org}? And what would make you leave?
                  We've drafted new thinking on {debate}. [Before we decide|Before it goes anywhere], what are we missing?
                closer:
                  What do you think?
                  Tell me in the replies.
                  I'll read every answer.
                  [Curious|Keen] to hear [from {customers}|from people on the front line|all views].
                  [Challenge|Push back on] my thinking here.
                  Replies open; I'll share what we learn.
                  Where would you [start|begin]?
                  Tell me where I'm wrong {emoji_think}
                """));
        BY_APPROACH.put(Approach.FRAMING, Phrases.parse("""
                opener:
                  [I'll say it plainly|Here's what I believe|One conviction I keep coming back to]:
                  We believe [something simple|this deeply|this more than ever]:
                  [People ask|I'm often asked] what {org} is really for.
                  [A thought|A reflection] on {industry}.
                  [Big picture|Zooming out] for a moment.
                  [Plenty of commentary|A lot of hot takes] about {industry} this week, so here's how we see it.
                  [Something I told|What I said to] [our graduates|new starters|the board] this week:
                  [Long-term thinking|Perspective] matters [right now|more than ever].
                body:
                  The future of {future} [will be|is] decided by the [unglamorous|patient|hard] work: {value}.
                  We believe {value} is not a slogan but [a daily discipline|an operating choice|something you measure].
                  {industry} isn't [a cost to minimise|a sprint|a zero-sum game]; it's [an investment in the next generation|a relay|a shared project]. That's the lens for every decision at {org}.
                  Our job is [simple to say and hard to do|not to chase headlines]: {value}. Everything else follows.
                  [When things get hard|In a tough market|In uncertain times], our values are not a poster on the wall. They're {value}, and {value2}.
                  The companies that win the next decade will [treat trust as infrastructure|put people before process|earn trust every day]. That's the bet we're making with {programme}.
                  I've always believed in {value}. {programme} is that belief turned into a plan.
                  The story of {future} is still being written, and we intend to [help write it responsibly|write it with our {customers}|write it in the open].
                  [Every|Each] decision we make [comes back to|is tested against] one question: does it serve {customers} in {city} as well as it serves a spreadsheet?
                  [Scale|Growth] [is|should be] the [result|reward], not the [goal|purpose]. The purpose is {value}.
                  [Progress|Change] in {industry} is [never|rarely] a straight line. What matters is the direction, and ours is {value}.
                  {future_cap} [belongs to|will be built by] the organisations willing to [do the unglamorous work|stay the course|invest when it's unfashionable]. We intend to be one of them.
                closer:
                  That's the [standard|bar] we hold ourselves to.
                  [This is|That is] who we are.
                  Our strategy in full: {link}
                  {tag}
                  [Worth remembering|Something to hold on to] [this week|right now].
                  [We won't always get it right|We'll get things wrong], but [this is the direction|that's the compass].
                """));
        BY_APPROACH.put(Approach.MOBILIZING, Phrases.parse("""
                opener:
                  [Calling on|A call to] {customers}, [partners|friends of {org}] and anyone who cares about {future}:
                  [Here's how you can help|Your help needed]:
                  Together we can [move faster than any one organisation|make this happen].
                  [Small|Big] ask today 🙏
                  [Join us|Be part of it]:
                  [Deadline|Closing date] [approaching|coming up fast]!
                  [One thing you can do this week|Action for this week]:
                body:
                  [Please|If you can,] {ask}. [It takes two minutes.|Every name counts.|We read every application.]
                  Together we [can|will] reach {n_big} [supporters|people|sign-ups] by {date_next}. [Please|Go on,] {ask}.
                  [Every|Each] share [helps|matters]. {ask_cap}, and [bring|tag] a friend.
                  We've committed {money} to {programme}; now we're asking {partner} and others to match it. [Join us|Sign up|Add your name].
                  [If you know someone|Know someone] who should be part of {programme}, [tag them below|send them this]. Then {ask}.
                  {n} [organisations|partners|employers] have signed up so far. [We need more.|Let's double it.] {ask_cap}.
                  We can't work out {debate} alone. [Join|Sign up for] {programme} and help shape it.
                  [Last year|So far] {n_big} people [joined|took part]. This year, {ask}.
                  Don't [wait|leave it to someone else]: {ask} and share this post with [your team|your network].
                closer:
                  [Share|Please share] this with [someone who should see it|your network|your team].
                  {cause}
                  {cause} {tag}
                  [Link|Sign up]: {link}
                  Who's in? 🙋
                  [Together|Together we go further]. {cause}
                """));
        BY_APPROACH.put(Approach.OBFUSCATING, Phrases.parse("""
                opener:
                  [A lot of|Plenty of] noise [out there|this week|about {org}].
                  [To those asking|For everyone asking] about {rumour}:
                  [Quick word on|Re] {rumour}:
                  [Lots of|Plenty of] speculation [doing the rounds|about {org}] today.
                  [Seen the headlines|I've seen the chatter]. [Not going to say much|Not going to add much].
                body:
                  We don't comment on [market speculation|rumours|anonymous sourcing], and that isn't going to change today.
                  No comment on {rumour_ref}. Our focus [remains|is] on {value}.
                  [I'm|We're] not going to [dignify|engage with|add to] the speculation. [Plenty of exciting things ahead|Lots to look forward to] at {org}!
                  [Much of|A lot of] what's been written about {rumour_ref} is [misleading|wrong|missing context]. [We'll say more in due course.|We'll update the market in due course.|Full picture in due course.]
                  [The numbers speak for themselves|Our track record speaks for itself]. I'd gently suggest people don't read too much into [headlines|anonymous briefings|chatter].
                  [Honestly|Frankly], "fake news" is [a strong phrase|the phrase that comes to mind] for some of the coverage [this week|lately]. [Nothing more to add.|Moving on.]
                  [Wait and see|Watch this space]. [Not in a position to say more|Can't say more] right now, but [the fundamentals are strong|the fundamentals have never been better].
                  [Great question, not answering it|Ha, nice try] 😄 No comment on {rumour_ref}. Next!
                  There's a lot going on, lots of moving parts, lots of progress. We'll share [more|an update] [when the time is right|in due course].
                  [Some|Certain] [outlets|commentators] seem determined to [find a story|create a drama] where there isn't one. No comment beyond that.
                  [People keep asking|I keep being asked] about {rumour_ref}. [The answer|My answer] is the same: no comment, and please don't read too much into [silence|timing].
                  Not in a position to comment on {rumour_ref}. [What I can say|All I'll say] is that {org} is [in great shape|as focused as ever].
                  [Reports|Claims] that [we're in trouble|something is wrong] are [misleading|simply noise]. [Our position hasn't changed.|Nothing to add.]
                  I'm not going to [relitigate|go through] {rumour_ref} on social media. We'll say more in due course, through the proper channels.
                  [Interesting|Creative] [theory|reading of events] in [today's papers|the press]. [No comment.|Nothing to add.] Back to [work|the day job].
                closer:
                  [Nothing more to add|No further comment] at this stage.
                  [Back to work|Back to the day job].
                  [More|Updates] in due course.
                  [Let's focus on|Focusing on] what matters: {customers}.
                  [Onwards|Moving on].
                """));
    }

    static final Map<String, List<String>> ANNOUNCEMENTS = Phrases.parse("""
            announcement:
              We're [pleased|delighted|excited] to [announce|confirm] that {product} is now [live|available] in {city}. {link}
              New: {product}. [Here's what it means for|What changes for] {customers}: {link}
              {org} has published its {report}. Read it here: {link}
              [Applications are open|We're recruiting] for {programme}. Closing date: {date_next}. {link}
              [Congratulations|Well done] to {people} on {award}! {emoji_c}
              [Today|This week] we [welcomed|hosted] {partner} at {site} to [mark|celebrate|launch] {programme}.
              [Service update|Heads-up]: planned [maintenance|upgrade] of {product} on {date_next} from {time}. [Thanks for your patience.|More on our status page.]
              [We're hiring|Join us]: {n} roles for {role} in {city} and {city2}. {link}
              {programme}: [our|the] [latest|new] figures show {kpi} [up|improved by] {pct}. {link}
              [Meet|Say hello to] {people}: [the people behind|the team making] {product}. {emoji_c}
              [Save the date|Coming up]: {org} at {site} on {date_next}, [open to all|all welcome]. {link}
              {partner} and {org} [sign|announce] a {years}-year partnership on {programme}. {link}
            """);

    /**
     * The executive answering someone in a thread. {@code first} is the stakeholder's first name. {@code thanks}
     * answers praise, {@code answer} a question or criticism, {@code evade} is the obfuscating answer.
     */
    static final Map<String, List<String>> EXECUTIVE_REPLIES = Phrases.parse("""
            thanks:
              [Thank you|Thanks so much], {first}! [It's all the team.|Team effort!|Means a lot.] {emoji_c}
              [Appreciate it|Much appreciated], {first}. [I'll pass it on to|Sharing this with] {people}.
              {first}, [thank you|thanks]! [They really earned it.|More to come.|Onwards.]
              [That means a lot|Kind words], {first}. {people} will [love|be chuffed with] this.
              [Thanks|Cheers], {first}! [Come and see us at|Come visit] {site} [any time|sometime].
            answer:
              [Thanks|Thank you], {first}. {answer}.
              Good question, {first}: {answer}.
              Fair challenge, {first}. [Short answer:|Honest answer:] {answer}.
              {first}, [yes|fair point]. {answer}. [Happy to share more.|DM me if you want the detail.|I'll post an update.]
              [Appreciate this|Really useful], {first}. [Where we are:|Here's the latest:] {answer}.
              [You're right to push|Fair], {first}. {answer}, and I'll report back [in {month_next}|next quarter].
              {first}, [the short version|in brief]: {answer}. [Longer answer in the report.|More detail coming.]
              [Great question|Good one], {first}. {answer}. [Does that help?|Does that answer it?]
              [Not yet, {first}|Working on it, {first}]. {answer}.
            sorry:
              [I hear you|Understood], {first}. [I've asked the team to look at|Someone from our team will contact you today about] {complaint}.
              [I'm sorry|That's not good enough], {first}. [Please DM me|Send me a DM] and I'll [make sure|see that] {complaint} gets sorted.
              {first}, [fair criticism|that's on us]. {answer}.
              [You're right|Point taken], {first}. {complaint_cap} [isn't good enough|isn't the standard we want], and we're [fixing it|on it].
            evade:
              [We don't comment on|Not going to comment on] [speculation|rumours], {first}.
              {first}, nothing to add beyond [the statement|our last update]. [More in due course.|Thanks.]
              [Ha|Nice try], {first} 😄 No comment.
              [The numbers speak for themselves|Our fundamentals are strong], {first}. Not going to speculate.
              {first}, I'd [gently|politely] suggest not reading too much into [the reports|press speculation].
              [Appreciate the question|Thanks], {first}, but we'll update the market in due course.
            layoff:
              {first}, I'm [truly|so] sorry. {layoff_answer}.
              [You're right to be angry|I understand the anger], {first}. {layoff_answer}.
              {first}, [that's fair|I hear you]. {layoff_answer}.
            """);

    private PostPhraseBook() {
    }

    static Map<String, List<String>> of(Approach approach) {
        return BY_APPROACH.get(approach);
    }
}
