"""An application built to break the printed layout: the longest names and title the app takes,
a 200-line budget over £1,000,000 with every unit and VAT choice across three years, twelve
outcomes, a funder's own declaration for two signatories, and Welsh and emoji throughout.
Shared by the report tests and the benchmarks."""

from datetime import UTC, date, datetime

from grantdesk.domain.application import Answer, ApplicationDetails, ApplicationStatus
from grantdesk.domain.application import ApplicationSummary as Summary
from grantdesk.domain.budget import (
    STANDARD_CATEGORIES,
    STANDARD_UNITS,
    Budget,
    BudgetLine,
    MatchFunding,
    MatchStatus,
    VatMode,
    balance_of,
    budget_totals,
)
from grantdesk.domain.exit import ExitPlan, ExitRoute, ExitRouteKind
from grantdesk.domain.funders import Funder
from grantdesk.domain.organisation import OrganisationKind, Profile
from grantdesk.domain.plan import Need, Outcome, Plan, PlanOutput
from grantdesk.domain.printable import PrintableApplication, QuestionAnswer
from grantdesk.domain.questions import COMMON_QUESTIONS

TODAY = date(2026, 11, 22)
WALES = "🏴\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f"
GROUP = "Cymdeithas Gymunedol Llanfair-ym-Muallt a’r Cylch Tŷ " + WALES
TITLE = "Ein Cymuned, Ein Dyfodol 😀: Friday youth nights, mentoring and family cafés, Tŷ’r Cwm, ŵ"
UNITS = (
    *STANDARD_UNITS,
    "participants",
    "volunteers",
    "workshops",
    "attenders",
    "one-to-one mentoring sessions",
    "",
)
CATEGORIES = (*STANDARD_CATEGORIES, "Cyfieithu a dehongli (Welsh translation)")
SENTENCE = (
    "Mae’r prosiect yn helpu pobl ifanc 11–17 oed ym Maes-y-Dŵr 👍 – we will run sessions at "
    "Tŷ’r Cwm every Friday, with “diolch” cards, £1,250.50 of equipment and a café ☕. "
)


def stress_budget() -> Budget:
    lines = []
    for n in range(200):
        big = n % 50 == 0
        lines.append(
            BudgetLine(
                category=CATEGORIES[n % len(CATEGORIES)],
                description=(
                    f"Line {n}: sessional youth worker for Tŷ’r Cwm, ŵ ŷ {WALES} 😀"
                    + (" with travel, training and supervision across the county" if n % 3 else "")
                ),
                quantity_hundredths=100 if big else (1_000_000 if n % 7 == 0 else 250 + n * 100),
                unit=UNITS[n % len(UNITS)],
                unit_cost_pence=125_000_000 - n if big else 199 + n * 13,
                vat=(VatMode.NO_VAT, VatMode.ADD_VAT, VatMode.INCLUDES_VAT)[n % 3],
                year=1 + n % 3,
            )
        )
    return Budget(tuple(lines), vat_recoverable=False, overhead_basis_points=1250)


def stress_match() -> tuple[MatchFunding, ...]:
    return (
        MatchFunding(f"Cyngor Sir Powys – Community Chest {WALES}", 2_500_000, MatchStatus.SECURED),
        MatchFunding(
            "The National Lottery Community Fund, Awards for All Wales",
            1_000_000,
            MatchStatus.APPLIED_FOR,
            decision_date=date(2027, 2, 9),
        ),
        MatchFunding(
            "Volunteers’ time (Gwirfoddolwyr)",
            750_000,
            MatchStatus.IN_KIND,
            in_kind_what="Twelve volunteers, three hours a week for forty weeks",
        ),
    )


def stress_plan() -> Plan:
    needs = tuple(
        Need(
            problem=f"Need {n}: young people in Llanfair-ym-Muallt with nowhere to go ŵ",
            how_many=100 * n + 63,
            measure="reports of anti-social behaviour on Friday evenings",
            key=f"need{n}",
        )
        for n in range(1, 7)
    )
    outcomes = tuple(
        Outcome(
            change=f"Outcome {n}: young people feel safer and more confident 😀 ({WALES})",
            need_key=f"need{1 + n % 6}",
            indicator=(
                "Share of regular attenders who say they feel safe in the town centre on a "
                "Friday night, and number of reports of anti-social behaviour"
            ),
            baseline=f"{20 + n}% (survey of 112 pupils, October 2026)",
            target=f"{50 + n}% by March 2028",
            method="Before and after questionnaire; case studies; police figures",
            when="In the first month, every quarter and in the last month",
        )
        for n in range(1, 13)
    )
    outputs = (
        PlanOutput(40, "Friday evening sessions, 6.30–9.30pm, at Tŷ’r Cwm"),
        PlanOutput(25, "young people referred to the youth service 👍"),
        PlanOutput(4, "volunteers trained in first aid and safeguarding"),
    )
    return Plan(needs=needs, outputs=outputs, outcomes=outcomes)


def stress_application(title: str = TITLE, group: str = GROUP) -> PrintableApplication:
    budget = stress_budget()
    match = stress_match()
    total = budget_totals(budget).total
    requested = total - sum(item.amount_pence for item in match)
    assert requested > 100_000_000 and balance_of(budget_totals(budget), requested, match).balances
    answers = tuple(
        QuestionAnswer(
            question,
            Answer(
                question.key,
                "\n\n".join(f"{question.number}.{p} " + SENTENCE * 5 for p in range(1, 4)),
            ),
        )
        for question in COMMON_QUESTIONS
    )
    now = datetime(2026, 11, 22, tzinfo=UTC)
    return PrintableApplication(
        summary=Summary(
            1,
            ApplicationDetails(
                title=title,
                funder="Comisiynydd Heddlu a Throseddu Dyfed-Powys – Police and Crime Commissioner",
                fund="Cronfa Cymunedau Diogelach / Safer Communities Fund",
                amount_requested_pence=requested,
                closing_date=date(2027, 1, 15),
                project_start=date(2027, 4, 1),
                project_end=date(2030, 3, 31),
                funder_reference="DPPCC/2027/SCF/000123-ŵ",
            ),
            ApplicationStatus.DRAFT,
            created_at=now,
            saved_at=now,
        ),
        profile=Profile(
            name=group,
            kind=OrganisationKind.CIO,
            charity_number="1146382",
            address="Tŷ’r Cwm Community Centre, Heol y Dŵr, Llanfair-ym-Muallt, Powys LD2 3AB",
            contact_name="Siân Ŵyn ap Dafydd-Llewellyn",
            contact_role="Cadeirydd / Chair of trustees",
            contact_email="sian.ap.dafydd-llewellyn@cymdeithas-gymunedol-llanfair.cymru",
            contact_phone="01982 555 0123",
            activities=SENTENCE * 3,
            year_founded=1987,
            volunteers=1_250,
            paid_staff=12,
            last_year_income_pence=123_456_789,
            has_bank_account=True,
        ),
        answers=answers,
        budget=budget,
        match=match,
        plan=stress_plan(),
        exit=ExitPlan(
            routes=tuple(
                ExitRoute(kind, f"{kind.value}: {SENTENCE}", 1_234_500, date(2030, 3, 1))
                for kind in ExitRouteKind
            ),
            notice_months=3,
        ),
        funder=Funder(
            name="Dyfed-Powys PCC",
            declaration=(
                "We declare that the information given is true, that our organisation has a "
                "safeguarding policy which every volunteer follows, and that we consent to the "
                "Commissioner sharing this application with the police and partner bodies "
                "under the UK General Data Protection Regulation.\n\n"
                "Rydym yn datgan bod yr wybodaeth yn wir ac yn gyflawn."
            ),
            signatories=2,
        ),
    )
