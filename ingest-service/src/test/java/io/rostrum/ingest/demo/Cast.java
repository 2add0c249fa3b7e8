package io.rostrum.ingest.demo;

import io.rostrum.events.Platform;
import java.util.List;

/** The five fictional executives, their companies and each company's vocabulary. All names are invented. */
final class Cast {

    static final Company NORTHWIND_GRID = new Company("Northwind Grid", Phrases.parse("""
            org = Northwind Grid
            org_short = Northwind
            host = northwindgrid.example
            bio = CEO, Northwind Grid. Building the grid a zero-carbon North needs. Engineer by training. Views my own.
            industry = the energy transition; grid infrastructure; the power sector; the electricity system
            beat = Energy
            product:
              the Skyline grid-scale battery
              FlexConnect for community solar
              the Eastfield to Tollmoor interconnector
              the dynamic line-rating system
              the GridView outage map
              the Connect Now portal for new connections
              the Harbourside substation upgrade
              Smart Flex for households
              the heat-pump fast-connect service
            programme:
              Grid 2030
              the Connections Fast Track
              the Warm Homes Flex scheme
              the Future Engineers apprenticeship
              the Coastal Reinforcement Programme
              Open Network Data
            site:
              Eastfield substation
              the Tollmoor converter station
              the Hull control centre
              the Kirkby training academy
              the Saltburn battery site
              Harbourside substation
            site_type = battery site; grid supply point; training academy; control centre
            city = Aberdeen; Newcastle; Hull; Leeds; Dundee; Sunderland; York; Middlesbrough; Grimsby; Whitby
            partner = Ostra Wind; the Humber Energy Cluster; Tern Offshore; the Brightwater Councils Partnership; Keel Storage; Coastline Housing Trust
            kpi = network availability; connection delivery; renewable share of power flows; supply reliability; capital delivery; safety performance
            people = our field engineers; the control-room team; our apprentices; the Eastfield project crew; everyone at Northwind; the protection engineering team
            team = the Hull control room; field operations; the connections team; protection engineering
            customers = households; connection customers; community energy groups; businesses on the Northwind network
            report = {quarter_last} operating update; annual network performance report; Grid 2030 progress report; consultation response on connection reform; half-year results
            award = Utility of the Year at the Northern Energy Awards; the Safe Networks Gold Award; Infrastructure Project of the Year; the Apprenticeship Employer of the Year award
            cause = #CleanGridPledge; #PowerUpTheNorth; #WomenInEngineering; #GridReady; #CommunityEnergy
            tag = #NorthwindGrid; #Grid2030; #TeamNorthwind
            rumour = the reports about the Eastfield substation fire; the story about connection queue fees; claims that Grid 2030 is over budget; speculation about a takeover approach
            debate = how we speed up connections for community energy; what a fair way to share grid upgrade costs looks like; how to make outage updates actually useful; where the next battery sites should go; how we get more young people into grid engineering
            value = keeping the lights on safely; a grid that works for every community; honesty about trade-offs; building for the next fifty years, not the next quarter; putting the people who depend on us first
            future = energy; the grid; the North's industrial economy; flexible power; heat
            ask:
              apply for our Future Engineers apprenticeship before {date_next}
              sign the Clean Grid Pledge
              register your community energy project on Connect Now
              share the GridView outage map with a neighbour who isn't online
              join our open data hackathon in {city} on {date_next}
              respond to the connections consultation before it closes on {date_next}
            role = protection engineers; control-room operators; data engineers; project managers; apprentice lineworkers
            answer:
              the connection reform goes to the regulator in {month_next}, and we'll publish the queue data the same week
              the Saltburn battery should be energised by the end of {quarter}
              we're recruiting {n} more control-room staff in Hull this year
              GridView now refreshes every fifteen minutes during an outage
              community projects under one megawatt get a dedicated case manager from {month_next}
              the bill impact is roughly £{n} a year per household, and we publish the workings
              {site} is back to full capacity and the root-cause report will be public
              the {city} reinforcement starts in {month_next}, with road closures kept to nights
            complaint = the three-day outage in {city}; my connection quote doubling; the roadworks in {city}; eight months of silence on my connection application; the standing charge; the substation noise in {city}
            suggestion = publish the connection queue in real time; text alerts during outages; a named contact for community projects; evening drop-in sessions before roadworks start; paid placements for local college students
            money = £1.4bn; £620m; £85m; £2.1bn; £240m
            staff = Field technician; Protection engineer; Control-room operator; Apprentice lineworker; Project manager; Data analyst; Substation engineer
            customer_profile = Runs a community solar co-op in {city}.; Small-business owner in {city}, on the Northwind network.; Farmer near {city}. Still waiting on a grid connection.; Homeowner in {city}. Heat pump and EV convert.; Facilities manager for a school trust in {city}.
            outlet = The Grid Ledger; Power Desk Weekly; Energy Northern
            committee = Energy and Net Zero Committee; the Northern Infrastructure Board; the Regional Climate Panel
            peer_org = Brightline Power; Coldharbour Energy; Fellside Renewables; Solent Networks
            """));

    static final Company KESTREL_PAY = new Company("Kestrel Pay", Phrases.parse("""
            org = Kestrel Pay
            org_short = Kestrel
            host = kestrelpay.example
            bio = Co-founder & CEO @ Kestrel Pay. Banking that small businesses actually like. Ex-trader, recovering perfectionist.
            industry = fintech; small-business banking; payments; financial services
            beat = Fintech
            product:
              Kestrel Business accounts
              instant payouts
              the new Kestrel card
              Round-Up Savings
              Invoice Flow
              Kestrel for Freelancers
              multi-currency wallets
              the tax pot feature
              same-day onboarding
            programme:
              the Founders' Fund
              Kestrel Academy
              the Open Finance pilot
              the Fair Fees promise
              the Kestrel Partner Network
              the Women in Payments bursary
            site = the Lisbon engineering hub; the Manchester support centre; the London office; the Dublin operations team; the Berlin product studio
            site_type = support centre; engineering hub; market launch
            city = London; Manchester; Bristol; Dublin; Lisbon; Berlin; Glasgow; Cork
            partner = Northbank Clearing; Pellucid Credit; the Small Business Alliance; Vantage Accounting; Ferro Insurance
            kpi = monthly active customers; payment volume; fraud prevention; app uptime; support satisfaction; customer deposits
            people = the support team; our engineers; the risk and compliance team; everyone at Kestrel; the Lisbon crew; our product designers
            team = customer support; risk and compliance; platform engineering; the payments squad
            customers = small businesses; freelancers; sole traders; customers
            report = {quarter_last} investor letter; annual impact report; Fair Fees review; transparency report on account closures
            award = Best Business Account at the Fintech Innovation Awards; Challenger Brand of the Year; a Great Place to Work certification; the Customer Service Gold award
            cause = #FinancialInclusion; #BackSmallBusiness; #WomenInFintech; #FairFees; #FreelancersCount
            tag = #KestrelPay; #TeamKestrel
            rumour = the reports about our licence application; rumours about a down round; claims about frozen accounts; speculation that we're for sale; the story about the fraud review
            debate = how small businesses should be protected from sudden account closures; what a fair fee for instant payouts looks like; how open banking can actually help sole traders; whether fintechs should offer credit at all; how to make fraud checks less painful for honest customers
            value = treating small businesses like grown-ups; transparency on fees; building a bank people would recommend to a friend; moving fast without breaking people's livelihoods; radical honesty with customers
            future = money; small-business banking; payments; work; financial services
            ask:
              apply to the Founders' Fund before {date_next}
              share the Fair Fees checklist with a founder friend
              sign our open letter on account-closure transparency
              nominate a small business for the Kestrel Local Heroes list
              join the Open Finance pilot
              apply for the Women in Payments bursary
            role = backend engineers; fraud analysts; support specialists; product designers; compliance officers
            answer:
              instant payouts go free for accounts under £{n}k a month from {date_next}
              the tax pot feature ships to all freelancers in {month_next}
              we now answer {pct_big} of support chats within five minutes, and we publish it weekly
              account reviews now come with a named case handler and a deadline
              the card works in {city} from {month_next}
              we're hiring {n} support specialists in Manchester this quarter
              the Fair Fees review is independent and the full report will be public
              fraud checks now take under ten minutes for most new accounts
            complaint = my account being frozen for two weeks; the instant payout fee; support taking four days to reply; the app crashing at month-end; the card being declined abroad; the new FX markup
            suggestion = proper invoicing reminders; a human on the phone for business accounts; quarterly VAT estimates in the app; team cards with spending limits; clearer reasons when a payment is held
            money = €60m; €12m; €4.5m; €150m
            layoffs = 140
            layoff_pct = 22%
            raise = €60m
            layoff_answer:
              everyone affected gets four months' pay and health cover to the end of the year
              visa holders get six months of support and our immigration lawyers, at our cost
              the teams that left were told in person first, and I should have posted later than I did
              I'm taking a 40% pay cut and the founders' bonuses for the year are cancelled
              we're running a placement programme with twenty partner companies from next week
              support response times are protected; none of the cuts were in customer support
              I've offered to meet anyone affected, one to one, this week
            staff = Backend engineer; Support specialist; Fraud analyst; Product designer; Compliance officer; Data scientist; Engineering manager
            customer_profile = Freelance illustrator in {city}. Kestrel Pay customer since {year}.; Runs a coffee roastery in {city}.; Sole trader, plumber, {city}. Uses Kestrel for everything.; Bookkeeper for a dozen small businesses in {city}.; Founder of a tiny design studio in {city}.
            outlet = Fintech Dispatch; The Ledger Line; Payments Pulse
            committee = Treasury Committee; the Financial Inclusion Commission; the Small Business Banking Review
            peer_org = Lumen Bank; Paywise; Tally & Co; Brisk Invoicing; Ferncliff Money
            """));

    static final Company HARROW_VALE = new Company("Harrow & Vale", Phrases.parse("""
            org = Harrow & Vale
            org_short = H&V
            host = harrowvale.example
            bio = CFO, Harrow & Vale. Numbers, stores and the long view. Posts are mine, not investment advice.
            industry = retail; the high street; consumer retail; UK retail
            beat = Retail
            product:
              click-and-collect
              Vale Rewards
              the own-label Home range
              next-day delivery
              the new food hall format
              self-checkout in larger stores
              the Vale Rewards credit card
              the refurbished-furniture service
            programme:
              the Store Renewal Programme
              the cost-efficiency plan
              the Vale Renew resale pilot
              the supplier early-payment scheme
              the distribution network upgrade
              the capital allocation framework
            site = the Leeds flagship store; the Bath store; the Doncaster distribution centre; the Norwich food hall; the Chester store; the Milton Keynes fulfilment centre
            site_type = store format; distribution centre; food hall; fulfilment centre
            city = Leeds; Bath; Norwich; Chester; Cardiff; Glasgow; Exeter; Harrogate; York; Nottingham
            partner = Pennine Dairies; Clarion Logistics; Mosswood Furniture; the Fairtrade Growers Network; Halcyon Payments
            kpi = like-for-like sales; gross margin; online penetration; free cash flow; stock turn; cost savings; earnings per share
            people = our store colleagues; the finance team; our buyers; everyone in the Doncaster DC; the colleagues in our food halls
            team = group finance; the investor relations team; store operations; the buying team
            customers = shoppers; Vale Rewards members; customers; online customers
            report = {quarter_last} trading statement; interim results; annual report and accounts; capital markets day presentation; half-year results
            award = Retailer of the Year at the Northern Retail Awards; the Finance Team of the Year award; the Responsible Sourcing award; Best Loyalty Scheme
            cause = #BuyLocal; #ZeroWasteRetail; #FairPayForSuppliers; #HighStreetMatters
            tag = #HarrowAndVale; #ValeRewards
            rumour = the reports about supplier payment terms; speculation about an inventory write-down; the story about the audit committee; claims about store closures; talk of a covenant breach; the article about our refinancing
            debate = how retailers should price in a year of volatile costs; what a fair supplier payment term looks like; whether loyalty schemes still earn their keep; how much of the estate should be online fulfilment
            value = disciplined capital allocation; being straight with shareholders; long-term value over short-term headlines; fair terms for suppliers; prudent balance-sheet management
            future = retail; the high street; shopping; the store estate
            ask:
              join our investor webinar on {date_next}
              share the supplier early-payment scheme with a small supplier you know
              apply for the graduate finance scheme by {date_next}
              sign up to the results alert on our investor site
            role = finance business partners; buyers; store managers; data analysts; supply-chain planners
            answer:
              the like-for-like figure excludes the eleven stores we refitted
              net debt at the half year was £{n}0m, inside our covenant headroom
              capex guidance of £{n}0m is unchanged
              we'll split online and store margins at the interims
              Vale Rewards members spend about {pct} more per visit
              payment terms for small suppliers stay at thirty days
              the refit programme pays back in under four years on our numbers
            complaint = the price of the weekly shop; the Bath store closing early; online orders arriving late; the Vale Rewards points changes; the queue at the self-checkouts; parcels going missing
            suggestion = publishing supplier payment days every quarter; a loyalty scheme that rewards small shops; a breakdown of margin by channel; more staffed tills at peak times
            money = £180m; £42m; £310m; £95m
            staff = Store manager; Finance business partner; Buyer; Warehouse team leader; Customer assistant; Visual merchandiser
            customer_profile = Vale Rewards member since {year}. Shops in {city}.; Weekly shop at the {city} store, mostly.; Small supplier of jams and chutneys to H&V.; Mum of three, regular at the {city} food hall.; Online shopper in {city}. Patience running thin.
            outlet = Shelf Talk; The Retail Bulletin; Checkout Weekly
            committee = Business and Trade Committee; the Groceries Code review panel; the High Streets Taskforce
            peer_org = Marlow & Finch; Oakden Stores; Pennyroyal Home; Greystone Grocers
            """));

    static final Company MERIDIAN_FREIGHT = new Company("Meridian Freight Group", Phrases.parse("""
            org = Meridian Freight Group
            org_short = Meridian
            host = meridianfreight.example
            bio = Chief People Officer, Meridian Freight Group. 14,000 colleagues, one team. Always happy to talk careers in logistics.
            industry = logistics; road freight; supply chains; the logistics sector
            beat = Logistics
            product:
              the new shift-swap app
              paid carers' leave
              the four-day rota pilot
              the driver mentoring scheme
              the wellbeing hub
              on-site childcare at Daventry
              free HGV licence training
              the new sick-pay policy
            programme:
              the Meridian Driver Academy
              Meridian Pathways apprenticeships
              the Returners programme
              the Safe Shifts charter
              the warehouse safety reps network
              the Women in Freight network
            site = the Daventry hub; the Felixstowe cross-dock; the Rotterdam depot; the Coventry distribution centre; the Warrington sortation centre; the Antwerp terminal
            site_type = depot; hub; driver training centre; sortation centre
            city = Daventry; Felixstowe; Rotterdam; Coventry; Warrington; Antwerp; Birmingham; Doncaster; Bristol
            partner = the Road Haulage Skills Council; Daventry College; Unite the Drivers; the Mindful Shifts charity; Rhine Freight Partners
            kpi = driver retention; staff retention; safety performance; apprentice completion rate; internal promotion rate; engagement survey scores; attendance
            people = our drivers; the warehouse teams; our apprentices; the night shift at Daventry; our safety reps; the HR business partners
            team = the Daventry night shift; the driver academy trainers; the people team; the Felixstowe crew
            customers = drivers; colleagues; warehouse operatives; apprentices
            report = gender pay gap report; annual people report; engagement survey results; {quarter_last} safety update; modern slavery statement
            award = Employer of the Year at the Freight Awards; the Driver Welfare Award; a Top Apprenticeship Employer ranking; the Inclusive Workplace award
            cause = #DriverShortage; #WomenInFreight; #ApprenticeshipWeek; #MentalHealthAtWork; #SafeShifts
            tag = #MeridianFreight; #MeridianPeople
            rumour = the claims about unpaid overtime at Daventry; reports of a pay freeze; the story about agency staff at Felixstowe
            debate = how we make HGV driving attractive to people under thirty; what flexible work can look like in a 24/7 warehouse; how we measure whether wellbeing support actually works; how we get more women into freight; what a fair night-shift premium is
            value = safety before speed; treating drivers as professionals; careers, not just jobs; listening before deciding; respect on every shift
            future = work in logistics; freight; the warehouse; driving careers
            ask:
              apply for the Meridian Driver Academy before {date_next}
              share our Returners programme with someone coming back to work
              join the Women in Freight network
              sign the Safe Shifts charter
              nominate a colleague for the Meridian People Awards
              come to our open day at {site} on {date_next}
            role = HGV drivers; warehouse team leaders; transport planners; apprentice technicians; HR business partners
            answer:
              the four-day rota pilot extends to Warrington in {month_next}
              new drivers now get a mentor for their first six months
              the night-shift premium goes up {pct_small} from {date_next}
              we're hiring {n} apprentices at {site} this autumn
              carers' leave is five paid days a year, from day one
              the engagement survey results go to every site team before they go anywhere else
              agency workers at {site} move to permanent contracts after twelve weeks
              childcare at Daventry opens to all shifts in {month_next}
              overtime is always paid and any gap gets fixed in the next payroll
            complaint = the shift patterns at {site}; overtime at Daventry; the canteen being shut on nights; parking at {site}; the new rota rollout; agency pay at Felixstowe
            suggestion = a proper rest area for drivers at {site}; paying for the HGV licence upfront; mentors from the same shift; rota swaps in the app; exit interviews that actually get read
            money = £3m; £12m; £750k; £1.8m
            staff = HGV driver; Warehouse operative; Transport planner; Shift manager; Apprentice technician; HR business partner; Safety rep
            customer_profile = Agency driver, mostly {site}.; Shipper using Meridian out of {city}.; Logistics manager at a {city} manufacturer, Meridian customer.; Applied to the Driver Academy, waiting to hear.; Supplier relations, {city}. We ship with Meridian.
            outlet = Freight Post; The Loading Bay; People Management Weekly
            committee = Transport Committee; the Skills and Apprenticeships Board; the Regional Logistics Forum
            peer_org = Corran Logistics; Bluewater Haulage; Stagline Transport; Parcelpoint
            """));

    static final Company CALDERA_HEALTH = new Company("Caldera Health", Phrases.parse("""
            org = Caldera Health
            org_short = Caldera
            host = calderahealth.example
            bio = CTO at Caldera Health. Building boring, reliable software for clinicians. Distributed systems, privacy, good coffee.
            industry = health tech; digital health; healthcare IT; clinical software
            beat = Health
            product:
              the Caldera triage assistant
              RemoteCare monitoring kits
              the clinician dashboard
              the Caldera FHIR API
              the new appointment-booking flow
              offline mode for community nurses
              the medication-reminder service
              the patient app
            programme:
              the Open Interop initiative
              the zero-downtime migration
              the Clinical Safety Board
              Caldera Labs
              the privacy-by-design review
              the Engineering Residency
            site = the Berlin engineering hub; the Vienna data centre; the Munich clinical lab; the Copenhagen office; the Zurich office
            site_type = data centre region; clinic partnership; engineering hub
            city = Berlin; Munich; Vienna; Zurich; Hamburg; Copenhagen; Leipzig; Graz; Basel
            partner = the Saint Anselm Clinic Group; Nordmark Health Insurance; the Vienna Digital Health Cluster; Helix Labs; the Regional Nursing Association
            kpi = platform uptime; triage throughput; API performance; clinician adoption; security audit scores; appointment availability
            people = our engineers; the SRE team; our clinical safety officers; the data platform team; the on-call crew; everyone at Caldera
            team = site reliability; the data platform team; clinical safety; the mobile team
            customers = clinicians; patients; clinics; community nurses
            report = {quarter_last} reliability report; annual transparency report; clinical safety case; security audit summary; interop roadmap
            award = Digital Health Product of the Year; the Clinical Safety Excellence award; a Top Engineering Employer ranking; the Open Standards award
            cause = #OpenInterop; #PatientPrivacy; #WomenInTech; #HealthForAll
            tag = #CalderaHealth; #CalderaEngineering
            rumour = the story about patient data access; claims about the triage model's accuracy; reports of an outage in {city}; the article about our cloud contract
            debate = how much automation belongs in triage; what good uptime means for a clinic at 3am; how to make FHIR adoption less painful; where AI should and shouldn't sit in clinical workflows; how we earn clinicians' trust in new tools
            value = safety over speed; privacy by default; software clinicians can trust at 3am; open standards over lock-in; boring reliability
            future = healthcare; clinical software; digital health; care at home
            ask:
              apply for the Engineering Residency before {date_next}
              join the Open Interop working group
              sign the open standards pledge
              share our clinician feedback survey with a colleague
              come to our meetup in {city} on {date_next}
            role = site reliability engineers; Android developers; clinical safety officers; data engineers; security engineers
            answer:
              the FHIR API supports bulk export from {month_next}
              offline mode syncs within two minutes of reconnecting
              we publish every incident post-mortem within five working days
              patient data stays in EU regions, and the audit is public
              the triage assistant never makes the final call; a clinician always does
              the booking flow fix shipped on {date_past}
              we're hiring {n} SREs in Berlin this quarter
              latency in {city} is back under two hundred milliseconds
            complaint = the dashboard outage on Monday; the app logging me out every shift; slow sync in rural clinics; the booking flow losing appointments; the triage assistant's false alarms; being billed twice
            suggestion = a status page clinicians can actually read; a dark mode for night shifts; offline mode for the booking flow; a plain-language changelog; a clinician advisory panel
            money = €30m; €8m; €120m; €2.5m
            staff = Site reliability engineer; Clinical safety officer; Android developer; Data engineer; Product manager; Security engineer
            customer_profile = GP in {city}. Uses Caldera every clinic day.; Community nurse, {city}. Offline mode saves my life.; Practice manager, {city}.; Patient, RemoteCare user since {year}.; Clinical lead at a {city} clinic using Caldera.
            outlet = Health Tech Observer; Clinical Signal; The Digital Ward
            committee = Health and Social Care Committee; the Digital Health Advisory Board; the Data Protection Council
            peer_org = Parallax Health; Wren Diagnostics; Lumina Clinical; Kairo Systems
            """));

    static final List<Persona> EXECUTIVES = List.of(
            new Persona("ceo-ava-lindqvist", "Ava Lindqvist", "Chief Executive Officer", NORTHWIND_GRID,
                    List.of(new Persona.Channel(Platform.MASTODON, "ava@social.northwindgrid.example",
                                    "https://social.northwindgrid.example/@ava", "109311428870512301", 52_300,
                                    "northwindgrid@social.northwindgrid.example", 0.6),
                            new Persona.Channel(Platform.BLUESKY, "ava.northwindgrid.example",
                                    "https://bsky.example/profile/ava.northwindgrid.example",
                                    "did:plc:q4ukx7ravnd3lz2wmhbo6tfe", 38_900, "northwindgrid.example", 0.4)),
                    0.9, 0.22, 37, 0.03,
                    new int[] {14, 12, 22, 10, 12, 10, 20},
                    new int[] {15, 25, 10, 30, 15, 5}, null, null, null, null),
            new Persona("founder-nadia-brandt", "Nadia Brandt", "Co-founder and CEO", KESTREL_PAY,
                    List.of(new Persona.Channel(Platform.BLUESKY, "nadia.kestrelpay.example",
                                    "https://bsky.example/profile/nadia.kestrelpay.example",
                                    "did:plc:7hbw2snq5ezo4ktdyx3mvrca", 64_800, "kestrelpay.example", 0.7),
                            new Persona.Channel(Platform.MASTODON, "nadia@fintech.social.example",
                                    "https://fintech.social.example/@nadia", "109402775311068442", 21_400,
                                    "kestrelpay@fintech.social.example", 0.3)),
                    1.0, 0.2, 28, 0.035,
                    new int[] {12, 14, 30, 8, 4, 16, 16},
                    new int[] {30, 10, 20, 20, 15, 5}, null, null, null, null),
            new Persona(DemoPlan.SHIFT_EXECUTIVE, "Marcus Hale", "Chief Financial Officer", HARROW_VALE,
                    List.of(new Persona.Channel(Platform.MASTODON, "marcushale@social.harrowvale.example",
                            "https://social.harrowvale.example/@marcushale", "109520934417796120", 9_800,
                            "harrowvale@social.harrowvale.example", 1.0)),
                    0.95, 0.18, 23, 0.02,
                    new int[] {8, 34, 16, 14, 3, 10, 15},
                    new int[] {6, 80, 3, 9, 2, 0}, DemoPlan.SHIFT_AT, new int[] {0, 8, 0, 6, 0, 86},
                    null, null),
            new Persona(DemoPlan.RESPONSIVE_EXECUTIVE, "Priya Raman", "Chief People Officer", MERIDIAN_FREIGHT,
                    List.of(new Persona.Channel(Platform.MASTODON, "priya@social.meridianfreight.example",
                                    "https://social.meridianfreight.example/@priya", "109377650128841907", 14_200,
                                    "meridian@social.meridianfreight.example", 0.5),
                            new Persona.Channel(Platform.BLUESKY, "priya.meridianfreight.example",
                                    "https://bsky.example/profile/priya.meridianfreight.example",
                                    "did:plc:m2xj5fgt7ucwo3yqpk4nzde6", 11_700, "meridianfreight.example", 0.5)),
                    0.9, 0.22, 10.5, 0.52,
                    new int[] {40, 5, 6, 8, 8, 18, 15},
                    new int[] {20, 8, 35, 12, 25, 0}, null, null, null, null),
            new Persona(DemoPlan.SILENT_EXECUTIVE, "Jonas Weber", "Chief Technology Officer", CALDERA_HEALTH,
                    List.of(new Persona.Channel(Platform.BLUESKY, "jonas.calderahealth.example",
                            "https://bsky.example/profile/jonas.calderahealth.example",
                            "did:plc:c6rnv4hwe2yktj7qlsg3bzio", 27_500, "calderahealth.example", 1.0)),
                    0.95, 0.2, 27, 0.04,
                    new int[] {12, 8, 28, 8, 10, 22, 12},
                    new int[] {15, 30, 20, 25, 5, 5}, null, null, DemoPlan.SILENT_FROM, DemoPlan.SILENT_UNTIL));

    private Cast() {
    }
}
