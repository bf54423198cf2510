"""The eleven questions that almost every small-grant form asks, in the usual order.

Each comes with plain guidance on what a funder looks for, an example of a strong
answer and a sensible default limit. The examples all come from one fictional
application, so that together they read like a whole bid: Maes-y-Dŵr Youth Drop-In
asking a Police and Crime Commissioner for £4,000 for "Friday Night Safe Space".

The keys are stored in the database: never change one once it has been written.
"""

from dataclasses import dataclass, field
from enum import Enum

from grantdesk.domain.messages import QT_TRANSLATE_NOOP
from grantdesk.domain.wordcount import Counting, Limit, LimitUnit, describe_limit


class QuestionKind(Enum):
    """What kind of answer a question wants."""

    LONG_ANSWER = "long_answer"
    ONE_LINE = "one_line"
    MONEY = "money"
    """A sum of money in pounds."""
    PERCENT = "percent"
    DATE = "date"
    YES_NO = "yes_no"
    CHOICE = "choice"
    """One of the funder's own choices."""

    @property
    def is_text(self) -> bool:
        """Written in words (and so counted, and carried between forms), not a single value."""
        return self in (QuestionKind.LONG_ANSWER, QuestionKind.ONE_LINE)


class FigureSource(Enum):
    """Where a figure's answer comes from: typed by the group, or something GrantDesk already
    holds, which the answer then follows."""

    TYPED = "typed"
    INCOME_LAST_YEAR = "income_last_year"
    AMOUNT_REQUESTED = "amount_requested"
    PROJECT_COST = "project_cost"
    OTHER_FUNDING = "other_funding"
    GRANT_SHARE = "grant_share"
    """The share of the total project cost the grant would cover."""
    PROJECT_START = "project_start"
    PROJECT_END = "project_end"

    @property
    def kind(self) -> QuestionKind | None:
        """The kind of question this source can answer (None for typed, which suits any)."""
        return _SOURCE_KINDS.get(self)


_SOURCE_KINDS = {
    FigureSource.INCOME_LAST_YEAR: QuestionKind.MONEY,
    FigureSource.AMOUNT_REQUESTED: QuestionKind.MONEY,
    FigureSource.PROJECT_COST: QuestionKind.MONEY,
    FigureSource.OTHER_FUNDING: QuestionKind.MONEY,
    FigureSource.GRANT_SHARE: QuestionKind.PERCENT,
    FigureSource.PROJECT_START: QuestionKind.DATE,
    FigureSource.PROJECT_END: QuestionKind.DATE,
}


@dataclass(frozen=True)
class Question:
    """A question on the form: one of the eleven common questions, or a funder's own."""

    key: str
    """Stable identifier, stored in the database; never change once written."""
    number: int
    """Its place on the form: 1 to 11 for the common questions."""
    short_title: str
    """Its title in lists and messages: about 30 characters for a common question; a funder's
    question's first sentence, in full."""
    question: str
    """The question as a funder's form would ask it, in one sentence."""
    guidance: str
    """What a funder looks for: short lines, one paragraph each, separated by "\\n". For a
    funder's question, the funder's own guidance (which may be empty)."""
    example: str
    """An example of a strong answer from a small group."""
    limit: Limit
    """A sensible default limit, which the group can change to match the funder's form."""
    covers: tuple[str, ...] = ()
    """For a funder's question: the common questions it asks (one, several or none)."""
    counting: Counting = field(default_factory=Counting)
    """How the funder counts words and characters."""
    kind: QuestionKind = QuestionKind.LONG_ANSWER
    choices: tuple[str, ...] = ()
    """For a choice: the funder's choices, in its order."""
    source: FigureSource = FigureSource.TYPED
    label: str = ""
    """The funder's own number for the question (6, Q6, 3b); empty to use its place."""
    tips: str = ""
    """For a funder's question: GrantDesk's general tips for the common questions it asks,
    shown apart from the funder's guidance, which comes first."""

    @property
    def common_keys(self) -> tuple[str, ...]:
        """The common questions this one answers: itself, for a common question."""
        return (self.key,) if self.is_common else self.covers

    @property
    def is_common(self) -> bool:
        """One of the eleven common questions, not a funder's own."""
        return self.key in _BY_KEY

    @property
    def shown_number(self) -> str:
        """The number the form shows: the funder's own, or its place on the form."""
        return self.label.strip() or str(self.number)

    @property
    def called(self) -> str:
        """ "Question 6", or the funder's own "Q6"."""
        number = self.shown_number
        return f"Question {number}" if number[0].isdigit() else number

    @property
    def name(self) -> str:
        """How a message names it: "Question 6 (Who will benefit)", or "Q6 (…)"."""
        return f"{self.called} ({self.short_title})"


COMMON_QUESTIONS: tuple[Question, ...] = (
    Question(
        key="what_you_do",
        number=1,
        short_title=QT_TRANSLATE_NOOP("CommonQuestions", "What your group does"),
        question=QT_TRANSLATE_NOOP("CommonQuestions", "What does your organisation do?"),
        guidance=QT_TRANSLATE_NOOP(
            "CommonQuestions",
            "Describe what your group actually does, week in, week out – not your mission "
            "statement or your aims.\n"
            "Say who comes, when and where you meet, and roughly how many people you help "
            "in a year.\n"
            "Mention how long you have been going and who runs things: volunteers, and any "
            "paid staff.\n"
            "A funder who has never heard of you should be able to picture a typical day or "
            "session.\n"
            "Keep it short and factual: you will describe the new project in the next "
            "questions.",
        ),
        example=QT_TRANSLATE_NOOP(
            "CommonQuestions",
            "Maes-y-Dŵr Youth Drop-In is a volunteer-run youth club for 11–17 year olds in "
            "Maes-y-Dŵr and the Llwyn Brân estate. We open on Tuesday and Thursday evenings, "
            "6–9pm, at Tŷ’r Cwm Community Centre, and run a homework club on Wednesdays after "
            "school. Young people drop in to play pool and table tennis, cook a cheap hot meal "
            "together, make music and talk to an adult they trust. Our part-time youth worker "
            "and 14 trained volunteers help them with worries about school, home or life online, "
            "and link them to the council’s youth service or the school’s wellbeing team when "
            "they need more help. Last year 86 different young people came at least once, and "
            "about 35 come most weeks. We have been open since 2011.",
        ),
        limit=Limit(250),
    ),
    Question(
        key="organisation_type",
        number=2,
        short_title=QT_TRANSLATE_NOOP("CommonQuestions", "Your type of organisation"),
        question=QT_TRANSLATE_NOOP(
            "CommonQuestions",
            "What type of organisation are you, and do you have a bank account that can "
            "receive the grant?",
        ),
        guidance=QT_TRANSLATE_NOOP(
            "CommonQuestions",
            "Say what kind of organisation you are: for example a registered charity, a CIO, "
            "a social enterprise, a community interest company or a constituted community "
            "group.\n"
            "Give your charity or company number if you have one.\n"
            "If you are a constituted group, say that you have a written constitution and an "
            "elected committee.\n"
            "Confirm that you have a bank account in your group’s name that can receive the "
            "grant, with two unrelated people to sign or approve each payment.\n"
            "Some funders only give to certain kinds of organisation, so check their guidance "
            "notes first.",
        ),
        example=QT_TRANSLATE_NOOP(
            "CommonQuestions",
            "We are a registered charity in England and Wales (charity number 1146382), set "
            "up in 2011 with a written constitution. Seven volunteer trustees, elected at our "
            "annual general meeting, meet every two months, and an independent examiner "
            "checks our accounts each year. We have a bank account in the name of "
            "Maes-y-Dŵr Youth Drop-In, and every payment needs two signatories who are not "
            "related to each other. Our safeguarding policy was last reviewed in September "
            "2026, and every volunteer has an enhanced DBS check.",
        ),
        limit=Limit(100),
    ),
    Question(
        key="project",
        number=3,
        short_title=QT_TRANSLATE_NOOP("CommonQuestions", "What the project is"),
        question=QT_TRANSLATE_NOOP(
            "CommonQuestions", "What is the project you would like us to fund?"
        ),
        guidance=QT_TRANSLATE_NOOP(
            "CommonQuestions",
            "Explain in plain words what you want to do and why it is needed now.\n"
            "Describe the need with evidence if you have it: local figures, a survey, or what "
            "people have told you.\n"
            "Say what the grant will pay for, how long the project will run and how many people "
            "will take part.\n"
            "Write for someone who has never been to your area: if they would understand it, "
            "so will the funder.\n"
            "You can say more about timings, partners and results in later answers.",
        ),
        example=QT_TRANSLATE_NOOP(
            "CommonQuestions",
            "Friday Night Safe Space will open our club on Friday evenings: the one night we "
            "are closed, and the night when trouble in the town is worst. In the 12 months to "
            "September 2026 the neighbourhood police team logged 63 reports of anti-social "
            "behaviour on Friday evenings around the town centre, the Llwyn Brân estate and the "
            "skate park – more than on any other night. When we surveyed 112 pupils at "
            "Maes-y-Dŵr Comprehensive School, 71% said there was “nothing to do” on a Friday "
            "night. We will run 40 free sessions between April 2027 and March 2028, 6.30–9.30pm, "
            "for 11–17 year olds, with a hot meal, sport, music, games and time with trusted "
            "adults. Your £4,000 will pay for a qualified sessional youth worker, the hall, "
            "food, equipment and training for new volunteers.",
        ),
        limit=Limit(300),
    ),
    Question(
        key="delivery",
        number=4,
        short_title=QT_TRANSLATE_NOOP("CommonQuestions", "Where, when and who with"),
        question=QT_TRANSLATE_NOOP(
            "CommonQuestions",
            "How will you carry out the project: where, when and with which partners?",
        ),
        guidance=QT_TRANSLATE_NOOP(
            "CommonQuestions",
            "Say where the activities will happen, on which days and at what times, and "
            "between which dates.\n"
            "Set out the main steps in order, from getting ready to the last session.\n"
            "Name your partners and say exactly what each one will do – for example lend a "
            "room, refer people or send staff.\n"
            "Say who will run the sessions, and the training and safety checks (such as DBS "
            "checks) they have.\n"
            "A simple month-by-month timetable helps the funder see that your plan is "
            "realistic.",
        ),
        example=QT_TRANSLATE_NOOP(
            "CommonQuestions",
            "Sessions will run at Tŷ’r Cwm Community Centre, Heol y Nant, on 40 Fridays "
            "between 9 April 2027 and 24 March 2028, 6.30–9.30pm: every Friday in school term "
            "time, plus four in the summer holidays. In March 2027 we will train four new "
            "volunteers in first aid and safeguarding, and visit school assemblies to tell "
            "young people about the sessions. Every session will have a qualified sessional "
            "youth worker and at least two DBS-checked volunteers. Our partners have each "
            "agreed their part: Dyffryn Youth Service will send a detached youth worker to 20 "
            "sessions, who will first walk round the skate park and invite young people in; "
            "the neighbourhood police team will drop in on the first Friday of each month and "
            "share anti-social behaviour figures every quarter; and the wellbeing officer at "
            "Maes-y-Dŵr Comprehensive School will refer pupils who would benefit.",
        ),
        limit=Limit(300),
    ),
    Question(
        key="beneficiaries",
        number=5,
        short_title=QT_TRANSLATE_NOOP("CommonQuestions", "Who will benefit"),
        question=QT_TRANSLATE_NOOP(
            "CommonQuestions", "Who will benefit from the project, and how many people?"
        ),
        guidance=QT_TRANSLATE_NOOP(
            "CommonQuestions",
            "Describe who will benefit: their ages, where they live and what they have in "
            "common.\n"
            "Give numbers: how many people will take part, and how many will come "
            "regularly.\n"
            "Explain how you know they need this, and how you will reach people who don’t "
            "usually come forward.\n"
            "Say how the people who will benefit have helped to shape the project.\n"
            "Mention anyone who benefits less directly, such as families, neighbours or local "
            "shops.",
        ),
        example=QT_TRANSLATE_NOOP(
            "CommonQuestions",
            "The project is for young people aged 11 to 17 who live in Maes-y-Dŵr, and "
            "especially on the Llwyn Brân estate, where there is little for teenagers to do "
            "and the nearest leisure centre is two bus rides away. We expect 60 different young "
            "people to come during the year, and 30 of them to come to at least ten sessions. "
            "We want to reach the young people who hang around the town on a Friday night, not "
            "only our regulars: the youth service’s detached worker will invite them in, and "
            "the school’s wellbeing officer will refer pupils at risk of getting into trouble. "
            "Our youth forum of eight members chose Friday and planned the activities. Parents, "
            "neighbours and the shopkeepers by the precinct will benefit too, from calmer "
            "Friday evenings.",
        ),
        limit=Limit(250),
    ),
    Question(
        key="difference",
        number=6,
        short_title=QT_TRANSLATE_NOOP("CommonQuestions", "The difference it will make"),
        question=QT_TRANSLATE_NOOP(
            "CommonQuestions",
            "What difference will the project make to individuals and the community?",
        ),
        guidance=QT_TRANSLATE_NOOP(
            "CommonQuestions",
            "Funders want outcomes: the change in people’s lives, not only what you deliver.\n"
            "“We will run 40 sessions” is an output. “Young people feel safer and fewer get "
            "into trouble” is an outcome.\n"
            "Choose two or three changes, and say how many people you expect to see each "
            "one.\n"
            "Measure each change the same way you measured the need: if the need was 63 "
            "reports of anti-social behaviour, the outcome is fewer reports.\n"
            "Include the difference for the wider community as well as for individuals.",
        ),
        example=QT_TRANSLATE_NOOP(
            "CommonQuestions",
            "By March 2028 we expect three changes.\n\n"
            "Less anti-social behaviour: Friday-evening reports to the police fall by a "
            "quarter, from 63 to 47 or fewer, counted the same way as the figures that showed "
            "us the need.\n\n"
            "Young people feel safer: at least 65% of our regular attenders say they feel safe "
            "in the town on a Friday night, compared with 38% in our school survey.\n\n"
            "A trusted adult to turn to: at least 20 young people who have been in trouble or "
            "at risk of it say they now have an adult they can talk to.\n\n"
            "For the whole community we hope for quieter streets, fewer calls to the police, "
            "and more trust between young people, residents and the neighbourhood team.",
        ),
        limit=Limit(300),
    ),
    Question(
        key="priorities",
        number=7,
        short_title=QT_TRANSLATE_NOOP("CommonQuestions", "The funder’s priorities"),
        question=QT_TRANSLATE_NOOP(
            "CommonQuestions", "How does your project meet one or more of our funding priorities?"
        ),
        guidance=QT_TRANSLATE_NOOP(
            "CommonQuestions",
            "Read the funder’s priorities and name the ones your project meets, in the "
            "funder’s own words.\n"
            "For a Police and Crime Commissioner, the priorities are set out in the Police and "
            "Crime Plan, usually on the Commissioner’s website.\n"
            "Take each priority in turn and show, with a fact or a figure, how the project "
            "meets it.\n"
            "Meeting one or two priorities well is better than claiming all of them loosely.",
        ),
        example=QT_TRANSLATE_NOOP(
            "CommonQuestions",
            "Our project meets two priorities of the Commissioner’s Police and Crime Plan.\n\n"
            "“Preventing crime and anti-social behaviour”: Friday evening is the peak time for "
            "anti-social behaviour in Maes-y-Dŵr, with 63 reports last year. A safe, "
            "supervised place to go on that night tackles the problem at its root, and we aim "
            "to cut those reports by a quarter.\n\n"
            "“Early help for young people”: the school’s wellbeing officer and the youth "
            "service will refer young people at risk of being drawn into crime, and our youth "
            "worker will link them to support before problems grow. The neighbourhood team "
            "will join a session each month, so young people get to know officers in a "
            "relaxed setting.",
        ),
        limit=Limit(1500, LimitUnit.CHARACTERS),
    ),
    Question(
        key="budget",
        number=8,
        short_title=QT_TRANSLATE_NOOP("CommonQuestions", "How you’ll spend the money"),
        question=QT_TRANSLATE_NOOP(
            "CommonQuestions", "How much are you asking for, and how will you spend it?"
        ),
        guidance=QT_TRANSLATE_NOOP(
            "CommonQuestions",
            "Be specific: show each cost as quantity × unit cost, for example 40 sessions × "
            "£22 hall hire = £880.\n"
            "Group your costs under headings such as staff, venue, activities, volunteers and "
            "training.\n"
            "If your group can’t reclaim VAT, include the VAT in each cost.\n"
            "If the funder allows it, include a fair share of your running costs (insurance, "
            "bookkeeping, phone): this is called full cost recovery.\n"
            "Check that the lines add up exactly to the amount you are asking for.",
        ),
        example=QT_TRANSLATE_NOOP(
            "CommonQuestions",
            "We are asking for £4,000. We are not VAT-registered, so these costs include VAT "
            "where it is charged.\n\n"
            "Qualified sessional youth worker: 40 sessions × 3 hours × £16.50 = £1,980\n"
            "Hall hire at Tŷ’r Cwm Community Centre: 40 sessions × £22 = £880\n"
            "Hot food and drinks: 40 sessions × £12 = £480\n"
            "Games, sports and art equipment: £300\n"
            "First aid and safeguarding training: 4 volunteers × £45 = £180\n"
            "Share of insurance, bookkeeping and phone (full cost recovery): £180\n\n"
            "Total: £4,000",
        ),
        limit=Limit(150),
    ),
    Question(
        key="match_funding",
        number=9,
        short_title=QT_TRANSLATE_NOOP("CommonQuestions", "Other funding"),
        question=QT_TRANSLATE_NOOP(
            "CommonQuestions",
            "If the project costs more than you are asking for, where will the rest of the "
            "money come from?",
        ),
        guidance=QT_TRANSLATE_NOOP(
            "CommonQuestions",
            "List every other source of money or support for the project.\n"
            "For each one give the amount, and say whether it is secured, applied for (and "
            "when you will hear) or in kind.\n"
            "In-kind support has a value but no money changes hands: a free room, a partner’s "
            "staff time, your volunteers’ time.\n"
            "Total project cost = the amount you are asking for + your match funding. Check "
            "that the figures balance.\n"
            "Other support shows the funder that people besides you believe in the project.",
        ),
        example=QT_TRANSLATE_NOOP(
            "CommonQuestions",
            "The whole project costs £8,930. We are asking you for £4,000, and the other "
            "£4,930 comes from:\n\n"
            "Our own funds, from our tuck shop and a supermarket bag-pack: £350 – secured\n"
            "Maes-y-Dŵr Town Council community grant: £500 – applied for, decision on "
            "9 February 2027\n"
            "Dyffryn Youth Service, a detached youth worker at 20 sessions (20 × 3 hours × "
            "£20): £1,200 – in kind, confirmed by letter\n"
            "Volunteers’ time, 2 volunteers × 3 hours × 40 sessions = 240 hours at £12: "
            "£2,880 – in kind\n\n"
            "If the town council says no, our reserves will cover the £500.",
        ),
        limit=Limit(150),
    ),
    Question(
        key="monitoring",
        number=10,
        short_title=QT_TRANSLATE_NOOP("CommonQuestions", "Monitoring and evaluation"),
        question=QT_TRANSLATE_NOOP(
            "CommonQuestions", "How will you monitor and evaluate the project?"
        ),
        guidance=QT_TRANSLATE_NOOP(
            "CommonQuestions",
            "Think in four parts: inputs (money, staff and volunteer time), needs, outputs "
            "(what you deliver) and outcomes (the change in people’s lives).\n"
            "For each outcome give an indicator (what you will count), a baseline (where things "
            "are now), a target, a method (how you will collect it) and when.\n"
            "Measure outcomes the same way you measured the need, so that before and after can "
            "be compared.\n"
            "Keep it realistic for volunteers: registers, a short survey at the start and the "
            "end, figures from partners.\n"
            "Add case studies – short true stories, shared with permission – to show the "
            "difference in a way numbers can’t.\n"
            "Say how you will use what you learn, and how you will report to the funder.",
        ),
        example=QT_TRANSLATE_NOOP(
            "CommonQuestions",
            "Inputs: we will record spending against each budget line, and staff and volunteer "
            "hours at every session.\n\n"
            "Outputs: a register at each session will count sessions run, young people "
            "attending (with age and area) and referrals made.\n\n"
            "Outcomes:\n"
            "Anti-social behaviour – indicator: Friday-evening reports to the police; "
            "baseline: 63 in the year to September 2026; target: 47 or fewer; method: figures "
            "from the neighbourhood team; when: every quarter.\n"
            "Feeling safe – indicator: young people who say they feel safe in town on a Friday "
            "night; baseline: 38%; target: 65% of regular attenders; method: the same question "
            "as our school survey, asked at a young person’s first session and after their "
            "tenth; when: totalled every quarter.\n\n"
            "We will also write three case studies, with the young person’s and a parent’s "
            "permission. Our trustees will review the figures each quarter, and we will report "
            "to you at six and twelve months.",
        ),
        limit=Limit(300),
    ),
    Question(
        key="exit_strategy",
        number=11,
        short_title=QT_TRANSLATE_NOOP("CommonQuestions", "When the funding ends"),
        question=QT_TRANSLATE_NOOP(
            "CommonQuestions", "What will happen when the funding comes to an end?"
        ),
        guidance=QT_TRANSLATE_NOOP(
            "CommonQuestions",
            "Funders want to know that the good work won’t simply stop when their money "
            "does.\n"
            "Say which route you expect: other funders, earned income, volunteers carrying it "
            "on, a partner taking it over, or ending cleanly.\n"
            "If it will end, describe what it leaves behind: trained volunteers, equipment, a "
            "toolkit, or links that last.\n"
            "Promise to give the people who use the project at least three months’ notice if "
            "the funding stops.\n"
            "Be honest: a realistic plan is better than a hopeful one.",
        ),
        example=QT_TRANSLATE_NOOP(
            "CommonQuestions",
            "Friday Night Safe Space is a one-year pilot. By December 2027 we will know "
            "whether it is working, and we will use our figures and case studies to apply to "
            "other funders, including the National Lottery Awards for All Wales programme and "
            "the town council. Our tuck shop will raise about £400 a year towards food. "
            "Dyffryn Youth Service has agreed to consider adding Friday sessions to its own "
            "programme from April 2028 if the pilot meets its targets. The four volunteers we "
            "train will stay with us, so we could keep a shorter session going with volunteers "
            "alone. If we cannot find the money, we will give young people, parents and "
            "partners three months’ notice, and the equipment and trained volunteers will stay "
            "with our weekday club.",
        ),
        limit=Limit(250),
    ),
)

_BY_KEY = {question.key: question for question in COMMON_QUESTIONS}


def question_by_key(key: str) -> Question:
    """The common question with this key; KeyError if there is none."""
    return _BY_KEY[key]


def form_asks(form: tuple[Question, ...], common_key: str) -> bool:
    """Whether any question on the form asks this common question."""
    return any(common_key in question.common_keys for question in form)


_KIND_WORDS = {
    QuestionKind.MONEY: "a sum in pounds",
    QuestionKind.PERCENT: "a percentage",
    QuestionKind.DATE: "a date",
    QuestionKind.YES_NO: "yes or no",
}


def describe_answer(question: Question) -> str:
    """What the answer should be, in a few words: "at most 250 words", "one line, at most 80
    characters", "no limit", "a sum in pounds", "one of: North, South"."""
    if question.kind is QuestionKind.CHOICE:
        return "one of: " + ", ".join(question.choices) if question.choices else "a choice"
    if not question.kind.is_text:
        return _KIND_WORDS[question.kind]
    limit = describe_limit(question.limit)
    return f"one line, {limit}" if question.kind is QuestionKind.ONE_LINE else limit


STRUCTURED = ("budget", "match_funding", "exit_strategy")
"""Common questions whose structured part (the budget, other funding, exit routes) answers
them even without words."""


def answered_count(
    form: tuple[Question, ...], answered: set[str], structured: set[str] = frozenset()
) -> int:
    """How many of the form's questions are answered: written or chosen (their keys in
    `answered`), filled in from what GrantDesk holds, or answered by a structured part that
    has something in it (`structured`: which of STRUCTURED do)."""
    return sum(
        1
        for question in form
        if question.key in answered
        or question.source is not FigureSource.TYPED
        or bool(set(question.common_keys) & structured)
    )
