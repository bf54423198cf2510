"""The example group and applications that `grantdesk demo` writes.

Everything here is fictional: the group, the people, the funders and the figures. The
telephone number and email address are ones set aside for fiction and examples.
The answers are deliberately uneven, as a real draft is: most are finished, one is a
little over its limit, one has not been started and one has not been opened yet.
"""

DEMO_PROFILE: dict[str, object] = {
    "name": "Maes-y-Dŵr Youth Drop-In",
    "kind": "registered_charity",
    "charity_number": "1146382",
    "company_number": "",
    "address": "Tŷ’r Cwm Community Centre\nHeol y Nant\nMaes-y-Dŵr\nCF45 4ZZ",
    "contact_name": "Carys Pritchard",
    "contact_role": "Secretary and volunteer youth leader",
    "contact_email": "carys.pritchard@example.org",
    "contact_phone": "01632 960482",
    "activities": (
        "We run a volunteer-led youth club for 11–17 year olds at Tŷ’r Cwm Community Centre "
        "in Maes-y-Dŵr. On Tuesday and Thursday evenings (6–9pm) young people drop in for a "
        "cheap hot meal they help to cook, pool, table tennis, music and a chat with adults "
        "they trust. On Wednesdays after school we run a homework club. Our part-time youth "
        "worker and volunteers help young people with worries about school, home and life "
        "online, and link them to the council’s youth service, the school’s wellbeing team "
        "and other support. In the summer holidays we run day trips. Last year 86 different "
        "young people came at least once; about 35 come most weeks."
    ),
    "year_founded": 2011,
    "volunteers": 14,
    "paid_staff": 1,
    "last_year_income_pence": 1845000,
    "has_bank_account": True,
}

DEMO_APPLICATIONS: tuple[dict[str, object], ...] = (
    {
        "title": "Friday Night Safe Space",
        "funder": "Morgannwg Police and Crime Commissioner",
        "fund": "Community Safety Fund",
        "amount_requested_pence": 400000,
        "closing_date": "2027-01-15",
        "project_start": "2027-04-01",
        "project_end": "2028-03-31",
        "funder_minimum_pence": 50000,
        "funder_maximum_pence": 500000,
        "vat_recoverable": False,
        # (category, description, quantity, unit, cost of one in pence, VAT, year)
        "budget": (
            (
                "Sessional workers",
                "Qualified sessional youth worker",
                "120",
                "hours",
                1650,
                "none",
                1,
            ),
            (
                "Venue hire",
                "Hall and kitchen, Tŷ’r Cwm Community Centre",
                "40",
                "sessions",
                2200,
                "none",
                1,
            ),
            ("Materials and consumables", "Hot food and drinks", "40", "sessions", 1200, "none", 1),
            (
                "Equipment",
                "Table tennis bats and balls, footballs, art materials, board games",
                "1",
                "items",
                30000,
                "includes",
                1,
            ),
            (
                "Training",
                "Emergency first aid and safeguarding training",
                "4",
                "people",
                4500,
                "none",
                1,
            ),
            (
                "Overheads and management",
                "Share of insurance, bookkeeping and phone",
                "1",
                "items",
                18000,
                "none",
                1,
            ),
            (
                "Publicity",
                "Leaflets and posters for the school and precinct",
                "1",
                "items",
                15000,
                "includes",
                1,
            ),
            ("Travel", "Minibus for the end-of-year trip", "1", "trips", 50000, "includes", 1),
            (
                "Evaluation",
                "Questionnaires and a filmed case study",
                "1",
                "items",
                20000,
                "none",
                1,
            ),
            (
                "Staff",
                "Detached youth worker from Dyffryn Youth Service (in kind)",
                "60",
                "hours",
                2000,
                "none",
                1,
            ),
            (
                "Volunteer time",
                "Two volunteers a session, valued at £12 an hour (in kind)",
                "240",
                "hours",
                1200,
                "none",
                1,
            ),
        ),
        # The plan: needs, inputs, outputs and outcomes (outcomes name their need by its key)
        "needs": (
            {
                "key": "friday-asb",
                "problem": "Anti-social behaviour around the precinct and skate park on Friday "
                "evenings, when there is nowhere else open for young people",
                "who": "young people aged 11–17 in Maes-y-Dŵr and the Llwyn Brân estate",
                "how_many": 63,
                "measure": "reports of anti-social behaviour on Friday evenings",
                "severity": "Reports have risen two years running; shopkeepers have cut "
                "their opening hours",
                "evidence": "Neighbourhood policing team figures, October 2025 to September "
                "2026; our survey of 112 pupils at Ysgol y Cwm",
            },
            {
                "key": "feel-unsafe",
                "problem": "Young people feel unsafe in the town centre on Friday nights",
                "who": "pupils at Ysgol y Cwm",
                "how_many": 38,
                "measure": "per cent of pupils who feel safe in the town centre on a Friday night",
                "severity": "Fewer than four in ten feel safe",
                "evidence": "Our October 2026 survey of 112 pupils",
            },
        ),
        "inputs": (
            (
                "A qualified sessional youth worker, 3 hours a week",
                "staff_time",
                "Sessional workers",
            ),
            ("Two trained volunteers at every session", "volunteers", ""),
            ("The hall and kitchen at Tŷ’r Cwm", "premises_and_equipment", "Venue hire"),
            ("The neighbourhood policing team’s advice", "expertise", ""),
        ),
        "outputs": (
            (40, "Friday evening sessions, 6 to 9pm"),
            (25, "young people referred to the youth service or school wellbeing team"),
            (4, "volunteers trained in first aid and safeguarding"),
        ),
        "outcomes": (
            {
                "change": "Fewer reports of anti-social behaviour on Friday evenings",
                "need_key": "friday-asb",
                "indicator": "reports of anti-social behaviour on Friday evenings",
                "baseline": "63",
                "target": "47",
                "direction": "less",
                "method": "Police or council figures",
                "when": "At the start and every three months",
            },
            {
                "change": "Young people feel safer in the town centre",
                "need_key": "feel-unsafe",
                "indicator": "per cent of regular attenders who feel safe on a Friday night",
                "baseline": "38%",
                "target": "65%",
                "direction": "more",
                "method": "Before and after questionnaire; case studies",
                "when": "In the first month and the last month",
            },
        ),
        "exit_routes": (
            (
                "other_funders",
                "The Valleys Community Foundation’s main grants round, with this year’s results",
                "",
                "2028-01-31",
            ),
            ("earned_income", "Tuck shop and a 50p charge for the hot meal", 60000, ""),
            (
                "volunteers",
                "Four volunteers trained this year will lead sessions with the "
                "youth service’s support",
                "",
                "2028-03-31",
            ),
        ),
        "exit_notice_months": 3,
        # (source, amount in pence, status, what it is if in kind, decision date if applied for)
        "match_funding": (
            ("Our own funds: tuck shop and a supermarket bag-pack", 35000, "secured", "", ""),
            ("Maes-y-Dŵr Town Council community grant", 50000, "applied_for", "", "2027-02-09"),
            (
                "Dyffryn Youth Service",
                120000,
                "in_kind",
                "A detached youth worker, 20 sessions",
                "",
            ),
            ("Our volunteers", 288000, "in_kind", "240 hours of volunteer time at £12 an hour", ""),
        ),
        "status": "draft",
        "answers": {
            "what_you_do": (
                "Maes-y-Dŵr Youth Drop-In has given teenagers in our valley somewhere safe and "
                "warm to go since 2011. We are run by 14 volunteers – parents, grandparents, two "
                "retired teachers and three young adults who came to the club themselves – with "
                "one part-time youth worker, Dafydd Rees, who is a professionally qualified "
                "youth worker.\n\n"
                "We open at Tŷ’r Cwm Community Centre on Tuesday and Thursday evenings from 6 to "
                "9pm for 11–17 year olds. A typical evening starts with a hot meal that the young "
                "people help to cook, for 50p, followed by pool, table tennis, music on our two "
                "keyboards and drum kit, or just a chat on the sofas. On Wednesdays from 3.30 to "
                "5pm we run a homework club, where volunteers help with maths and Welsh.\n\n"
                "Dafydd and the volunteers listen to worries about school, home, money and life "
                "online, and help young people to get support from the council’s youth service, "
                "the school’s wellbeing team, their GP or Childline.\n\n"
                "Last year 86 different young people came at least once, and about 35 come most "
                "weeks. In the summer holidays we run day trips to the coast and to Bannau "
                "Brycheiniog."
            ),
            "project": (
                "Friday Night Safe Space will open our youth club on Friday evenings for a year, "
                "giving 11–17 year olds a safe, warm, supervised place to go on the night they "
                "most need one.\n\n"
                "Friday is the one evening we are closed, and it is the worst night of the week "
                "for trouble in Maes-y-Dŵr. In the 12 months to September 2026 the neighbourhood "
                "police team logged 63 reports of anti-social behaviour between 5pm and 11pm on "
                "Fridays around the precinct, the Llwyn Brân estate and the skate park at Parc y "
                "Felin – more than on any other night. Most involved groups of young people: "
                "noise, damage to the bus shelter, fireworks and minor fights.\n\n"
                "In October 2026 we surveyed 112 pupils in Years 7 to 11 at Maes-y-Dŵr "
                "Comprehensive School. 71% said there was “nothing to do” on a Friday night, and "
                "only 38% said they felt safe in the town centre then. Asked what they would do "
                "if we opened on Fridays, one Year 9 pupil wrote: “Dod yma. Mae’n well na sefyll "
                "tu allan i’r siop yn yr oerfel” – “Come here. It’s better than standing outside "
                "the shop in the cold.”\n\n"
                "We will run 40 free sessions from April 2027 to March 2028, 6.30 to 9.30pm, with "
                "a hot meal, sport, music, games and time with adults who will listen. Each "
                "session will be led by a qualified sessional youth worker with our trained "
                "volunteers, supported by the council’s youth service and the neighbourhood "
                "police team.\n\n"
                "Your grant of £4,000 would pay for the youth worker, the hall, food, equipment "
                "and training for four new volunteers."
            ),
            "delivery": (
                "Where: Tŷ’r Cwm Community Centre, Heol y Nant, Maes-y-Dŵr – our usual base, five "
                "minutes’ walk from the precinct and the skate park, with a kitchen, a sports "
                "hall and a quiet room.\n\n"
                "When: 40 Fridays between 9 April 2027 and 24 March 2028, from 6.30 to 9.30pm: "
                "every Friday in school term time, plus four in the summer holidays.\n\n"
                "Steps:\n"
                "January–March 2027: recruit four new volunteers, complete their DBS checks and "
                "train them in emergency first aid and safeguarding; buy equipment; plan "
                "activities with our youth forum.\n"
                "March 2027: speak at school assemblies for Years 7 to 11; put up posters in the "
                "precinct and on the estate; post on the town’s community Facebook page.\n"
                "From April 2027: weekly sessions, each with a qualified sessional youth worker "
                "and at least two volunteers, so there is always one adult to every eight young "
                "people.\n"
                "Every quarter: review attendance, surveys and police figures with our partners, "
                "and change the programme if something isn’t working.\n"
                "March 2028: final survey, report and a celebration evening for families.\n\n"
                "Partners, each of whom has confirmed their part in writing:\n"
                "Dyffryn Youth Service will send a detached youth worker to 20 sessions. Before "
                "each of those sessions they will walk round the precinct and the skate park and "
                "invite young people in.\n"
                "The Morgannwg Police neighbourhood team will drop in on the first Friday of each "
                "month for an informal chat and a game of pool, and will share Friday-evening "
                "anti-social behaviour figures with us every quarter.\n"
                "Maes-y-Dŵr Comprehensive School will promote the sessions, and its wellbeing "
                "officer will refer pupils who would benefit.\n"
                "Maes-y-Dŵr Town Council has been asked for £500 towards the running costs."
            ),
            "beneficiaries": (
                "Young people aged 11 to 17 who live in Maes-y-Dŵr and the villages further up "
                "the valley, and especially those on the Llwyn Brân estate. The estate has around "
                "600 homes, no youth provision of its own and a last bus at 7pm, so on a Friday "
                "night teenagers walk down into town with nowhere to go.\n\n"
                "We expect 60 different young people to come during the year, and 30 of them to "
                "come to at least ten sessions. Going by our weekday club, slightly more will be "
                "boys than girls, and about one in five will have additional learning needs; we "
                "will plan the sessions so that they work for everyone.\n\n"
                "We will go out of our way to reach young people who would not usually walk "
                "through our door: the detached youth worker will meet them where they gather, "
                "and the school’s wellbeing officer will refer pupils at risk of exclusion or of "
                "getting into trouble.\n\n"
                "Our youth forum of eight young people asked for Friday sessions, chose the "
                "activities and will help to run the tuck shop.\n\n"
                "Others will benefit too: parents who know where their children are, older "
                "residents who feel anxious about groups outside the shops, and the shopkeepers "
                "in the precinct."
            ),
            "difference": (
                "By the end of March 2028 we expect these changes.\n\n"
                "1. Less anti-social behaviour on Friday nights. Reports to the police of "
                "anti-social behaviour on Friday evenings (5pm to 11pm) around the precinct, the "
                "Llwyn Brân estate and the skate park will fall by a quarter, from 63 to 47 or "
                "fewer. We will use the same police figures that showed us the need, so that "
                "before and after can be compared fairly.\n\n"
                "2. Young people feel safer. At least 65% of our regular attenders (those who "
                "come to ten or more sessions) will say they feel safe in the town centre on a "
                "Friday night, compared with 38% of pupils in our October 2026 survey. We will "
                "ask the same question, on the same five-point scale.\n\n"
                "3. A trusted adult to turn to. At least 20 young people who have been in "
                "trouble, or were at risk of it, will tell us they now have an adult they can "
                "talk to, and those who need more help will be getting it from the school, the "
                "youth service or another service.\n\n"
                "4. Better relationships with the police. At least half of our regular attenders "
                "will say they would feel comfortable talking to a member of the neighbourhood "
                "team, compared with 22% in the school survey.\n\n"
                "For individuals, this means young people who are less likely to end up with a "
                "criminal record, who feel more confident, and who have somewhere they belong on "
                "the loneliest night of the week. Three of our volunteers first came to the club "
                "as teenagers, and we hope some of these young people will one day do the "
                "same.\n\n"
                "For the community, it means quieter Friday evenings, fewer calls to the police, "
                "shopkeepers and older residents who feel less worried, and more trust between "
                "young people and the adults around them."
            ),
            "priorities": (
                "The Commissioner’s Police and Crime Plan 2025–2029 has four priorities. Our "
                "project meets three of them.\n\n"
                "“Preventing crime and anti-social behaviour”: Friday evening is the peak time "
                "for anti-social behaviour in Maes-y-Dŵr, with 63 reports in the year to "
                "September 2026, most of them involving groups of young people with nowhere "
                "else to go. A safe, supervised place to go on that night tackles the "
                "problem at its root. We aim to cut those reports by a quarter, to 47 or fewer, "
                "and will share the figures with your office every quarter.\n\n"
                "“Early intervention with young people”: the school’s wellbeing officer and the "
                "youth service will refer young people at risk of exclusion or of being drawn "
                "into crime. Our youth worker will get to know them and link them to support "
                "before problems grow, so that fewer reach the police or the youth justice "
                "service. Last year he helped 14 young people from our weekday club in this "
                "way.\n\n"
                "“Confident communities that trust their police”: the neighbourhood team will "
                "join a session on the first Friday of each month, so young people meet officers "
                "over a game of pool rather than on the street. We aim to raise the share who "
                "would feel comfortable talking to them from 22% to at least half. PCSO Siân "
                "Jenkins has also offered to lead an evening on staying safe online, which our "
                "youth forum asked for.\n\n"
                "We do not claim to meet the fourth priority, on road safety."
            ),
            "budget": (
                "We are asking for £4,000. We are not registered for VAT and cannot reclaim it, "
                "so every cost below includes VAT where it is charged.\n\n"
                "Staff\n"
                "Qualified sessional youth worker: 40 sessions × 3 hours × £16.50 = £1,980\n\n"
                "Venue\n"
                "Hall and kitchen hire, Tŷ’r Cwm Community Centre: 40 sessions × £22 = £880\n\n"
                "Activities\n"
                "Hot food and drinks: 40 sessions × £12 = £480\n"
                "Table tennis bats and balls, footballs, art materials and board games: £300\n\n"
                "Volunteers\n"
                "Emergency first aid and safeguarding training: 4 volunteers × £45 = £180\n\n"
                "Running costs (full cost recovery)\n"
                "A fair share of our insurance, bookkeeping and phone, worked out from the part "
                "of our opening hours that Fridays will take up: £180\n\n"
                "Total requested: £4,000"
            ),
            "match_funding": (
                "The whole project costs £8,930. We are asking you for £4,000 (45%). The other "
                "£4,930 is:\n\n"
                "£350 – our own funds, raised by our tuck shop and a bag-pack at the supermarket "
                "in the precinct – secured\n"
                "£500 – Maes-y-Dŵr Town Council community grant – applied for; the council "
                "decides on 9 February 2027\n"
                "£1,200 – Dyffryn Youth Service: a detached youth worker at 20 sessions (20 × 3 "
                "hours × £20 an hour) – in kind, confirmed by letter on 2 December 2026\n"
                "£2,880 – volunteers’ time: 2 volunteers × 3 hours × 40 sessions = 240 hours, "
                "valued at £12 an hour – in kind\n\n"
                "Total project cost: £4,000 + £4,930 = £8,930.\n\n"
                "If the town council grant is not approved, our trustees have agreed to cover the "
                "£500 from reserves, so the project will go ahead as planned."
            ),
            "monitoring": (
                "We will keep monitoring simple enough for volunteers to do every week, and use "
                "it to improve the sessions as we go.\n\n"
                "Inputs: our treasurer will record spending against each budget line every "
                "month, and we will log staff and volunteer hours at each session.\n\n"
                "Outputs: a register at every session records who came (first name, age and "
                "area – no addresses), the activities run and any referrals made. We will count "
                "sessions run (target 40), different young people (target 60), regular "
                "attenders coming to ten or more sessions (target 30) and referrals.\n\n"
                "Outcomes, measured the same way as the need:\n"
                "Anti-social behaviour – indicator: Friday-evening reports to the police; "
                "baseline: 63 in the year to September 2026; target: 47 or fewer by March 2028; "
                "method: figures from the neighbourhood team; when: every quarter.\n"
                "Feeling safe – indicator: share of young people who say they feel safe in the "
                "town centre on a Friday night; baseline: 38% (school survey, October 2026); "
                "target: 65% of regular attenders; method: the same question and five-point "
                "scale, asked at a young person’s first session and after their tenth; when: "
                "totalled every quarter.\n"
                "Trust in the police – indicator: share who would feel comfortable talking to "
                "the neighbourhood team; baseline: 22%; target: 50%; method and timing as "
                "above.\n\n"
                "Case studies: Dafydd will write three short case studies during the year, with "
                "the young person’s and a parent’s written permission and names changed.\n\n"
                "Our trustees will look at the figures with our partners every quarter. We will "
                "send you a progress report after six months and a final report by 30 April "
                "2028."
            ),
            "exit_strategy": "",
        },
    },
    {
        "title": "Summer Residential 2027",
        "funder": "Valleys Community Foundation",
        "fund": "Young People’s Fund",
        "amount_requested_pence": 185000,
        "closing_date": "2027-03-05",
        "status": "draft",
        "answers": {
            "project": (
                "Summer Residential 2027 will take 16 young people aged 12 to 16 from "
                "Maes-y-Dŵr Youth Drop-In on a three-day, two-night residential at an outdoor "
                "centre in Bannau Brycheiniog, from 4 to 6 August 2027. They will try canoeing, "
                "gorge walking, climbing and a night walk, cook together and share rooms. For "
                "most of them it will be their first time away from home without their family.\n\n"
                "Places will go first to young people who come to our sessions regularly and "
                "who would not otherwise get a holiday. Four of our DBS-checked leaders, "
                "including our youth worker, will go with them, and the centre provides "
                "qualified instructors for every activity."
            ),
            "beneficiaries": (
                "Sixteen young people aged 12 to 16 from Maes-y-Dŵr and the Llwyn Brân estate, "
                "chosen with help from our youth forum. Of the 16 young people who have already "
                "asked for a place, 11 have not had a holiday away from home in the past year "
                "and nine receive free school meals. Their families will benefit too: a short "
                "break costs them £10 at most, and nothing if they cannot afford it."
            ),
            "difference": (
                "We expect the young people to come back more confident, more willing to try "
                "new things, and closer to each other and to our leaders.\n\n"
                "Before and after the trip we will ask each of them three questions on a "
                "five-point scale: how confident they feel trying something new, how well they "
                "get on with others in the group, and whether they have an adult at the club "
                "they trust. We aim for at least 12 of the 16 to score higher on at least two of "
                "the three.\n\n"
                "Leaders will keep a short diary, and two young people will make a film of the "
                "trip to show parents and our funders in September."
            ),
            "budget": (
                "We are asking for £1,850 towards a total cost of £2,160.\n\n"
                "Full board, rooms and instructed activities: 16 young people × £95 = £1,520 "
                "(leaders stay free)\n"
                "Coach hire, there and back: £480\n"
                "Waterproof jackets to lend, kept for future trips: 8 × £20 = £160\n"
                "Total cost: £2,160\n\n"
                "Families will pay £10 per young person (£160), with help for anyone who "
                "cannot, and our own funds will cover the remaining £150."
            ),
        },
    },
)
