package io.rostrum.ingest.demo;

import io.rostrum.events.Approach;
import io.rostrum.events.StakeholderGroup;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What stakeholders write back, per stakeholder group and {@link Sentiment}: investors ask about margins and
 * guidance, employees about teams and hiring, customers about service and prices, media for comment, policy
 * makers about regulation and constituents, peers congratulate or debate, the public is mixed. Reactions to a
 * post's approach (an answer to a question, a pledge, "that's not an answer") and the layoff backlash have
 * their own lists. Hostile replies always carry an unmistakable word of contempt (disgrace, shameful,
 * pathetic...), which is what the burst test looks for.
 */
final class ReplyPhraseBook {

    private static final Map<StakeholderGroup, Map<String, List<String>>> BY_GROUP =
            new EnumMap<>(StakeholderGroup.class);

    static {
        BY_GROUP.put(StakeholderGroup.EMPLOYEES, Phrases.parse("""
                positive:
                  [Proud|So proud|Really proud] to be part of this. {people} [have been|were] [incredible|amazing|unreal] on {programme}.
                  [Genuinely|Honestly] one of the best [weeks|months] I've had at {org_short}. [The team deserves this.|Well earned.]
                  Was [on site|in the room|on shift] for this. The [energy|buzz|mood] was something else {emoji_c}
                  [Loved|Love] seeing {people} get the credit. [Long overdue!|About time!|Deserved!]
                  [This is why|Exactly why] I joined {org_short} [{years} years ago|last year|in the first place].
                  Thanks for [calling out|recognising] the [night shift|field teams|people behind the scenes]. It means a lot.
                  [Great|Good] to hear this from [the top|you directly] rather than [via email|in a slide deck].
                  [Best|Proudest] [day|week] in my {years} years here. {team} [smashed it|delivered].
                  [My|Our] whole team [read this out|shared this] at [the morning huddle|stand-up|shift handover]. [Big smiles.|Morale boost.]
                  [Worked on|Spent months on] {product}, so seeing this [made my week|is a great feeling].
                neutral:
                  Will there be [a Q&A|a town hall|an all-hands] on {programme}? [A few of us|My team] [have|has] questions.
                  [Any news on|Is there a timeline for] [internal roles|hiring] in {city}? [Asking for|Asking on behalf of] my team.
                  How does {programme} affect [teams at|colleagues in] {site}?
                  Will {product} [be rolled out to|reach] [us|the field teams|internal users] first?
                  [Would be good to|Could we] get [more detail|the slides|the numbers] on the intranet too.
                  Genuine question: what does this mean for [shift patterns|our roadmap|headcount] in {city}?
                  [Is|Will] {programme} open to [people in|colleagues at] {site} as well?
                  [Who|Which team] [owns|is leading] {programme} day to day? [Want to volunteer.|Keen to help.]
                  Will the {report} [figures|results] be shared with [staff|colleagues] [first|separately]?
                negative:
                  Would be nice if the people [doing the work|on the ground|on the night shift] heard about this before [social media|the press].
                  [Respectfully|With respect], {site} is [badly understaffed|running on goodwill|burning people out] right now.
                  [We've|I've] been asking about [the pay review|hiring in {city}|proper tooling] for months and [still nothing|no answer].
                  [Great news, but|Nice, but] [morale|workload|retention] in {team} tells a different story.
                  [Hard to|Difficult to] feel the excitement when [half my team|our team lead|two colleagues] [just left|handed in notice] last month.
                  [Lovely post.|Nice words.] [Now|Maybe] [fix|look at] {complaint}, which [staff|we] [hear about|get shouted at about] every day.
                  [Celebrate|Post about] the [pay review|staffing levels|overtime] [too|next], {exec_first}?
                  [Reading this from|Reading this on] [a twelve-hour shift|my break] at {site}. [Feels a bit different from here.|Not quite the mood on the floor.]
                hostile:
                  [Unbelievable|Pathetic]. Leadership takes the credit while {people} [get nothing|do the work]. [Shameful.|A disgrace.]
                  [You|Leadership] [misled us|weren't straight with us] at the all-hands. [Disgusting|Shameful] way to treat people.
                  [Spare us|Save us] the PR. [Staff|We] [are burning out|are leaving in droves] and this post is [a joke|an insult].
                  [Ten|Fifteen] years at {org_short} and [this|the way we're treated] is a disgrace. [Pathetic.|Shame on you.]
                """));
        BY_GROUP.put(StakeholderGroup.INVESTORS, Phrases.parse("""
                positive:
                  [Strong|Solid|Encouraging] update. [The {kpi} trend is|{kpi_cap} is] the standout.
                  [Good|Great] to see [execution|delivery] on {programme}. [Adding to my position.|Remain constructive.|Thesis intact.]
                  [Impressive|Excellent] [update|quarter]. [Clear|Disciplined] capital allocation [as always|for once in this sector].
                  [This|That] is what [the market|investors] [wanted|needed] to see. {kpi_cap} [ahead of|above] [consensus|our model].
                  [Clean|Clear] [numbers|disclosure]. [More of this, please.|Appreciate the transparency.]
                  [Quietly|Steadily] one of the better-run names in {industry}. [Patience rewarded.|Holding.]
                neutral:
                  [Helpful|Thanks for the] update. [Can you|Could you] [split|break out] {kpi} [by region|by segment|between {city} and {city2}]?
                  [What's|What is] the margin impact of {product} [in year one|at scale|by {year_next}]?
                  Is [full-year guidance|the {money} capex envelope] [reaffirmed|unchanged] [after this|including {programme}]?
                  [How much|What share] of {programme} is [funded|already committed] [from cash|versus debt]?
                  [Any colour on|Any read-through for] {kpi2} [into {quarter}|next quarter]?
                  [Will|When will] you [update|revisit] the medium-term targets?
                  [Is|Was] the {pct} [like-for-like|organic|underlying]? [Asking for the model.|Matters for our numbers.]
                  [What|Which] [assumptions|cost inflation] [sit behind|are baked into] the {programme} payback?
                  [Does|Will] this change the [dividend|buyback|capital return] [policy|timing]?
                negative:
                  [Nice headline, but|Fine, but] {kpi} [is still below|lags] [plan|peers|consensus]. [What's the fix?|When does that turn?]
                  [This|That] doesn't [answer|address] the question [investors|the market|holders] [keep asking|are asking]: [margins|cash conversion|returns on {programme}].
                  [Another|Yet another] [quarter|update] of [adjusted numbers|one-offs|promises]. [Show us|Where's] the free cash flow.
                  [Capex|Spend] keeps [rising|growing], returns don't. [Hard to stay patient.|Running out of patience.]
                  [Guidance|The outlook] [feels|looks] [stretched|optimistic] given {kpi2}. [Happy to be wrong.|Convince me.]
                  [Disclosure|Transparency] has [slipped|got worse] [this year|since {month_ago}]. [Not a good sign.|The market notices.]
                hostile:
                  [Shareholders|Holders] have [lost|watched] [{pct_big}|a fortune] [while management|and you] [pat yourselves on the back|post emojis]. [Pathetic.|Shameful.]
                  [Time for|Time we had] a new [board|CFO|management team]. [This is a joke.|A disgrace.]
                  [Spin|PR] instead of [answers|numbers]. [Contempt for shareholders|Shameful governance], plain and simple.
                """));
        BY_GROUP.put(StakeholderGroup.CUSTOMERS, Phrases.parse("""
                positive:
                  [Been using|Just switched to] {product} and [it's brilliant|I'm honestly impressed|no complaints so far]. [Keep it up!|Thank you!]
                  [Credit where it's due|Fair play]: [support|your team] sorted [my issue|{complaint}] in [minutes|a day|one call].
                  [Love|Loving] {product}. [When's it coming to|Please bring it to] {city}?
                  [Been a customer for|Customer for] {years} years and [it keeps getting better|this is the best change yet].
                  [Finally|At last]! [Waited ages for|Been asking for] {product}. [Thank you.|Worth the wait.]
                  [Recommended you to|Told] [my sister|three friends|the whole street] [last week|already]. {emoji_c}
                neutral:
                  Can I get {product} in {city} [yet|soon]?
                  Will this [change|affect] [prices|fees|my bill] for existing {customers}?
                  [How do I|Where can I] [sign up for|find out more about] {product}?
                  [Any update on|What's happening with] {complaint}?
                  [Does|Will] {product} work [for|with] [older accounts|existing customers|people without a smartphone]?
                  [Is there|Will there be] a [cost|charge] for {product}, or is it included?
                  [Who do I contact|Where do I go] about {complaint}? [The website|The help page] [isn't clear|goes round in circles].
                negative:
                  [Would love to celebrate with you, but|Nice, but] [there's still no fix for|nobody has sorted out|I'm still dealing with] {complaint}.
                  [Third|Fourth] [email|call] this week about {complaint}. [Nobody|No one] [gets back to me|takes ownership].
                  [Prices|Fees] up [again|{pct}], service [down|worse]. [Not great.|Hard to cheer for this.]
                  [Lovely|Nice] [post|news]. [Shame|Pity] about {complaint}, which [makes it hard to care|nobody seems to own].
                  [Fix|Sort out] {complaint} [first|before the next launch], please. [Customers notice.|We notice.]
                  [Still waiting|Been waiting {n} days] for a [reply|callback] about {complaint}. {emoji_bad}
                hostile:
                  [Absolute|Total] [joke|shambles] of a company. {complaint_cap}, and you post [this|emojis]? [A disgrace.|Shameful.]
                  [Customers|We] are [paying|suffering] for [your|management's] [greed|incompetence]. [Pathetic.|Disgusting.]
                  [Shame on you|Disgraceful]. {complaint_cap} and [not a word|silence] from {org_short}.
                """));
        BY_GROUP.put(StakeholderGroup.MEDIA, Phrases.parse("""
                positive:
                  [Great|Good] [story|news] for {city}. [Would love|Keen] to [feature|cover] it, DMs open.
                  [Interesting|Big] [move|announcement]. [Writing this up|Filing a short piece on it] [for tomorrow|for the newsletter|this afternoon].
                  [Nice|Useful] [detail|data] in the {report}. [Thanks for publishing it.|More of this, please.]
                neutral:
                  [Hi {exec_first}|{exec_first}], [I'm writing about|working on a piece about] {programme}. [Could your team|Would you be able to] [comment|share figures] by {weekday_next}?
                  [Can|Could] {org_short} [confirm|clarify] [when|whether] {product} [launches|will launch] in {city2}?
                  [Is there|Any chance of] an on-the-record comment on {rumour}?
                  [Does|Do] the figures [include|exclude] {city}? [Asking for|For] a story [going out|filing] [tonight|tomorrow].
                  Would you [join us on|come on] [our podcast|the morning show] to talk about {debate}?
                  [Who|Which] [spokesperson|team] should we [speak to|contact] about {programme}? [Press office hasn't replied.|Deadline is tight.]
                negative:
                  [Our readers|Readers] [have|are raising] [questions|concerns] about {complaint}. Will you [address|respond to] [that|them] on the record?
                  [Respectfully|With respect], [this|the post] doesn't [address|answer] [what|the questions] [we|reporters] [sent|put] to your press office [on Monday|yesterday].
                  [Still|Three days and still] no answer from {org_short} on {rumour}. [Happy to|We'll] [run that|note that] in the piece.
                hostile:
                  [Still|Again] no answer on {rumour}. Readers deserve better than this evasion. [Shameful.|A disgrace for a company this size.]
                """));
        BY_GROUP.put(StakeholderGroup.POLICY_MAKERS, Phrases.parse("""
                positive:
                  [Welcome|Very welcome] [news|step] for {city}. [Looking forward to|Keen to] [visiting|seeing] {site}.
                  [Good to see|Encouraging to see] [industry|{org_short}] [stepping up|leading] on {programme}.
                  [This|That] is the kind of [investment|commitment] {city} [needs|has been asking for]. [Thank you.|Well done.]
                neutral:
                  How will {programme} [interact with|fit] [the upcoming|current] [regulatory framework|consultation]? [The committee|My office] would welcome [a briefing|more detail].
                  [Will|Can] {org_short} [share|publish] [the data|its evidence] on {kpi} [with the committee|publicly]?
                  [What|How much] of {programme} [benefits|reaches] [rural areas|smaller towns|{city}]?
                  [Happy to|Keen to] [convene|host] a [roundtable|session] on {debate} [with local employers|in {city}]. [Interested?|Would you join?]
                negative:
                  [Constituents|Residents] in {city} [are still waiting|keep writing to me] about {complaint}. That [should be|has to be] the [priority|focus].
                  [Fine words|Warm words], but [the committee|regulators] will [judge|measure] {org_short} on {kpi}.
                  [Announcements|Press releases] are [welcome|fine], but {city} [needs|deserves] [delivery|dates|a plan].
                hostile:
                  [Frankly|Honestly], {org_short}'s [conduct|response] on {complaint} has been [a disgrace|shameful]. Expect [questions in committee|to be called to give evidence].
                """));
        BY_GROUP.put(StakeholderGroup.PEERS, Phrases.parse("""
                positive:
                  Congratulations to [you and|] the {org_short} team! [Well deserved.|Inspiring stuff.|Huge achievement.]
                  [Brilliant|Great] [news|work], {exec_first}. [Let's compare notes soon.|Would love to swap notes on {programme}.]
                  [We've|We have] seen the same in our business: [it takes years to build|trust compounds|the patient work pays off].
                  [Inspiring|Great] to see a leader talk [openly|in public] about {debate}.
                  [Huge|Big] respect to {people_3p}. [Not easy|Hard yards] in {industry} [right now|this year].
                neutral:
                  [Interesting|Thoughtful] [take|framing]. [In our experience|We found] the [hard part|bottleneck] is [adoption|hiring|regulation], not [technology|capital].
                  [Curious what you make of|Keen to hear more on] {debate}. We're [wrestling with|facing] the same [question|trade-off].
                  [Would|Could] {programme} work [for|in] a smaller [business|organisation]? [Asking for us.|Genuinely curious.]
                  [We tried|We piloted] something similar [last year|in {year}]. [Happy to share|Glad to share] what [worked|didn't].
                negative:
                  [Respectfully disagree|I'd push back]: the [real problem|bottleneck] in {industry} is [capital|planning|skills], and {programme} doesn't [touch|fix] it.
                  [Bold claim|Big claim]. [Would love to see|Where's] the [data|evidence] behind it?
                  [Not sure|Unconvinced] {industry} [needs|benefits from] [another|more] [announcements|pledges]. [Delivery is the hard bit.|Show the results.]
                hostile:
                  [This kind of|Such] [grandstanding|self-congratulation] is exactly why {industry} has a trust problem. [Embarrassing.|Pathetic.]
                """));
        BY_GROUP.put(StakeholderGroup.GENERAL_PUBLIC, Phrases.parse("""
                positive:
                  [Nice one|Good stuff|Love this]! {emoji_c}
                  [Good to see|Nice to see] [a company|a boss|someone in charge] [actually|] [explaining this|talking about this] [in plain English|properly].
                  [My|Our] [mum|neighbour|daughter|brother] [works|worked] at {site}. [Always speaks highly of it.|This made me smile.]
                  [Didn't expect|Never thought] I'd be [cheering|clapping] for {org_short}, but [here we are|fair play].
                  [That's|This is] [brilliant|great] for {city}. [About time someone did.|More like this.]
                neutral:
                  [What does|So what does] this mean for [ordinary people|people like me|someone in {city}]?
                  [Never heard of|First I've heard of] {programme}. [Is it|Is that] [national|just {city}]?
                  [Genuine question|Honest question] from a [non-expert|layperson]: [how does|what is] {product} [work|for]?
                  [Is this going to be|Will this be] available in {city} [too|at some point]?
                negative:
                  [Cool|Great]. [Now|Meanwhile] [fix|sort out] {complaint}.
                  [Another|Yet another] [company|executive] [patting itself on the back|PR post]. [Wake me up|Let me know] when you've fixed {complaint}.
                  [Not impressed|Meh]. [Heard it all before|Promises, promises] from {org_short}.
                  [Would|Might] [believe|trust] this more if you'd fixed {complaint}.
                hostile:
                  [Greedy|Clueless] [clowns|lot]. [Shame on you.|A disgrace.]
                  [This|This post] is [an insult|a joke] to everyone [dealing with|affected by] {complaint}. [Pathetic.|Shameful.]
                  [Disgusting|Pathetic] [spin|PR] from [a company|people] that [doesn't care|couldn't care less]. 🤡
                """));
    }

    /** Short lead-ins and sign-offs that colour a reply's sentiment. */
    static final Map<String, List<String>> FRAMES = Phrases.parse("""
            opener_positive = Brilliant news.; Fantastic.; Love this.; Congratulations!; Well done!; Great update.; Yes!; This is great.; Big fan of this.; Wonderful.
            opener_neutral = Quick question:; Genuine question:; Honest question:; Interesting.; Noted.; Thanks for sharing.; Curious:; Two questions.; Following with interest.
            opener_negative = Hmm.; Respectfully, no.; I'm not convinced.; Mixed feelings.; Really?; Not sure about this.; Hmm, not quite.
            opener_hostile = Seriously?; Unbelievable.; Wow.; Are you kidding?; Give me a break.; Oh please.
            tail_positive = {emoji_c}; Keep it up!; Keep going!; {tag}; More please!; Onwards!; Great work all round.
            tail_neutral = Thanks in advance.; Would appreciate an answer.; Thanks.; Cheers.; Happy to be corrected.; Keen to understand.
            tail_negative = Just saying.; Not a great look.; Do better.; Please do better.; {emoji_bad}; Disappointing.
            tail_hostile = 🤡; Shame on you.; 😡; Absolute disgrace.; Pathetic.
            agree = Agreed.; This.; +1.; Exactly.; Same here.; Came here to say this.; Seconded.
            disagree = Not sure that's fair.; Disagree.; I see it differently.; Bit harsh?; That's not my experience.
            follow_up_thanks:
              [Thanks|Thank you] for [answering|replying|the straight answer], {exec_first}!
              [Appreciate|Really appreciate] the reply, {exec_first}.
              [Didn't expect a reply|Wasn't expecting an answer], [thank you|thanks]!
              [That's helpful|Helpful], thanks {exec_first}.
            follow_up_doubt:
              [That doesn't really answer it|Not quite what I asked], {exec_first}.
              [Thanks, but|Appreciate it, but] [when exactly|who is accountable]?
              [We'll see|I'll believe it when I see it], {exec_first}.
            """);

    /** Reactions to what the post is doing, by the post's primary approach and the reply's sentiment. */
    private static final Map<Approach, Map<String, List<String>>> REACTIONS = new EnumMap<>(Approach.class);

    static {
        REACTIONS.put(Approach.CELEBRATING, Phrases.parse("""
                positive:
                  [Congrats|Congratulations] to [everyone involved|the whole team|{people_3p}]! [Well deserved.|Brilliant.|Earned it.]
                  [What a milestone|Massive milestone]. [Enjoy it!|Savour it!|Celebrate properly!]
                  [Fantastic|Superb] achievement. [Raise a glass|Cake for everyone], {exec_first}!
                negative:
                  [Bit much|A lot of emoji] for a [company|business] that still hasn't fixed {complaint}.
                  [Congrats, I guess.|Good for you.] [Now, about|Meanwhile, what about] {complaint}?
                """));
        REACTIONS.put(Approach.INFORMING, Phrases.parse("""
                positive:
                  [Thanks for|Appreciate] the [clear|straightforward|no-nonsense] update.
                  [Useful|Helpful] [numbers|detail]. [Good to have it in one place.|Nice to see the data.]
                neutral:
                  Will the {report} include [regional breakdowns|the data tables|a methodology note]?
                  Are [the figures|these numbers] [audited|restated|comparable with last year's]?
                negative:
                  [Numbers without|Figures but no] context. [Compared to what?|What was the target?]
                """));
        REACTIONS.put(Approach.DIALOGUING, Phrases.parse("""
                positive:
                  [Honestly|For me]: {suggestion}. [Would make a real difference.|Thanks for asking!]
                  [My vote:|I'd vote for] {suggestion}. [Thanks for asking!|Love that you asked.]
                  [Easy one|Simple]: {suggestion}.
                neutral:
                  [One idea|Suggestion]: {suggestion}. [Not sure how hard it is.|Might not scale, but still.]
                  [It depends|Depends] on [the area|who you ask], but {suggestion} [would help most people|would be my pick].
                negative:
                  [You asked|Since you asked]: {suggestion}. [We've said it for years.|Been asking since {month_ago}.]
                  [Asking is nice|Nice to be asked], but [will anything change|do you act on the answers]? Last time [nothing did|we heard nothing back].
                """));
        REACTIONS.put(Approach.FRAMING, Phrases.parse("""
                positive:
                  [Well said|Beautifully put]. {industry} needs more [leaders|voices] saying this.
                  [This|That] is [a|the] [vision|direction] I can get behind.
                negative:
                  [Values are easy to post|Easy to say]. [Harder to live by|Less easy] while {complaint} [drags on|goes unfixed].
                  [Lovely words|Nice framing]. [What does it mean in practice?|Where's the plan?]
                """));
        REACTIONS.put(Approach.MOBILIZING, Phrases.parse("""
                positive:
                  [Signed|Done|Just signed]! [Shared with|Sent to] [my team|colleagues|my network].
                  [Applied|Just applied|My [son|daughter|niece] applied]! [Fingers crossed.|Wish us luck.]
                  [Count me in|We're in]. {cause}
                  [Shared|Passed this on] to [our local group|my WhatsApp group|the parents' group at school]. [Let's go!|Every bit helps.]
                neutral:
                  [Is|Will] this [open to|available for] people in {city}?
                  [What's|What is] the [deadline|closing date] for [applications|sign-ups]?
                negative:
                  [Hashtags are nice.|Pledges are nice.] [Action|Funding] would be nicer.
                """));
        REACTIONS.put(Approach.OBFUSCATING, Phrases.parse("""
                neutral:
                  Can you at least say when [the market|we|shareholders] will hear more?
                  [Is there|Will there be] a [date|timeline] for [the update|a proper statement]?
                negative:
                  [That's not|That isn't] an answer, {exec_first}.
                  [So is|So was] the [report|story] [true or not|accurate]?
                  [Yes or no|Simple question]: [are the reports true|is it happening]?
                  [Reading between the lines|Translation]: [it's true|yes].
                  [Not denying it|Notably not a denial], then.
                  [Words|Lots of words], [no|zero] [information|substance].
                hostile:
                  [Evasive|Slippery] [nonsense|answer]. [Shareholders|People] deserve the truth, not this. [Shameful.|Pathetic.]
                """));
    }

    /** The backlash against the layoff announcement, by stakeholder group. */
    static final Map<String, List<String>> LAYOFF_BACKLASH = Phrases.parse("""
            employees:
              [Found out|Learned] I was [cut|laid off|let go] [from a calendar invite|when my laptop locked|on a nine-minute call]. [Classy.|Shameful.|A disgrace.]
              [You told us|Four weeks ago you told us] the runway was [fine|very healthy|eighteen months]. [Which was it?|Lies.|Shameful.]
              {layoffs} people and not one [word|mention] of [notice pay|visa support|references] [until Twitter asked|in the call]. [Disgusting.|Shameful.]
              I [moved|relocated] to {city} for this job in {month_ago}. [Now what?|Thanks for nothing.] [Disgraceful.|Pathetic.]
              [Survivor here|Still employed, for now]. [Nobody|No one] trusts a word from leadership after [today|this morning]. [Shameful.|What a disgrace.]
              [Hardest decision|Difficult decision] for you? [Try|Imagine] telling [your kids|your landlord] [tonight|this evening]. [Shame on you.|Pathetic.]
              [Whole|My whole] team [gone|cut] [overnight|in one call], [including|even] [people on parental leave|the people who built {product}]. [Disgusting.|A disgrace.]
            customers:
              [So|And] who [answers|handles] [support tickets|fraud claims|my held payment] now? [Joke of a company.|Pathetic.|Shameful.]
              [Moving|Closing] my [account|business account] [today|this week]. [Greed|Cowardice] like this isn't something I'll [fund|bank with]. [Shameful.|Disgusting.]
              [Trusted|Recommended] you to [every freelancer I know|my whole co-working space]. [Never again.|Not any more.] [Disgrace.|Shameful.]
              [If you treat staff like this|Treating staff like this], how [will you treat|do you treat] {customers} [when it gets tough|in a crisis]? [Pathetic.|A disgrace.]
            general-public:
              [Raised|You raised] {raise} [in March|this spring] and [cut|fire] {layoffs} people in September. [Shame on you.|A disgrace.|Greed, plain and simple.]
              "[Hardest decision|Difficult decision]" says the [founder keeping her salary|person who'll be fine]. [Spare us.|Pathetic.]
              [Another|Yet another] founder [hiding behind|blaming] [market conditions|efficiency] [to cover|for] [bad bets|her own mistakes|greed]. [Shameful.|Disgusting.]
              [Growth at all costs|Blitzscaling], then {layoffs} people pay the price. [Disgraceful.|Pathetic.] {emoji_bad}
              [Imagine|Picture] [posting|writing] this [from a conference|on a Tuesday morning] [with|and] [a straight face|emoji in your bio]. [Pathetic.|Shameful.] 🤡
            media:
              [Can you confirm|Is it correct] that [staff in {city}|some teams] [were given less notice|learned from a locked laptop]? Asking on the record.
              [Hearing|Sources say] the cuts [hit|include] [{city}|support|compliance] harder than {layoff_pct}. [Can you comment?|Is that right?]
            investors:
              [Painful|Tough] but [necessary|overdue]? [Is|Was] this the last round? [What's|What is] the runway now?
              [Hard to square|Difficult to reconcile] this with the [growth plan|{raise} raise] [in March|this spring]. [What changed?|Who signed off?]
            """);

    private ReplyPhraseBook() {
    }

    static List<String> cores(StakeholderGroup group, Sentiment sentiment) {
        return BY_GROUP.get(group).get(sentiment.id());
    }

    /** Reactions to the approach with this sentiment, or an empty list when there are none. */
    static List<String> reactions(Approach approach, Sentiment sentiment) {
        return REACTIONS.get(approach).getOrDefault(sentiment.id(), List.of());
    }
}
