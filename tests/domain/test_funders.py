from datetime import date

from grantdesk.domain.application import ApplicationStatus
from grantdesk.domain.budget import (
    OTHER,
    OVERHEADS,
    Budget,
    BudgetLine,
    MatchFunding,
    balance_of,
    budget_totals,
)
from grantdesk.domain.decision import ReportDue, Upcoming, reminders
from grantdesk.domain.funders import (
    AskedParts,
    BudgetRules,
    Eligibility,
    Funder,
    FunderQuestion,
    PastGrant,
    Requirement,
    answers_for_form,
    budget_rule_problems,
    checklist,
    eligibility_problems,
    form_questions,
    limit_breaches,
    question_title,
)
from grantdesk.domain.questions import COMMON_QUESTIONS
from grantdesk.domain.wordcount import LimitUnit, WordRule

FUNDER = Funder(
    name="Community Foundation",
    fund="Small Grants",
    word_rule=WordRule.HYPHENS_SPLIT,
    questions=(
        FunderQuestion(
            "About you and your project", maximum=10, covers=("what_you_do", "project"), key="a"
        ),
        FunderQuestion(
            "Who benefits?",
            maximum=40,
            minimum=5,
            unit=LimitUnit.CHARACTERS,
            covers=("beneficiaries",),
            key="b",
        ),
        FunderQuestion("Anything else we should know?", maximum=100, covers=(), key="c"),
    ),
)


def test_a_funders_questions_map_to_common_ones_including_many_and_none():
    form = form_questions(FUNDER)
    assert [q.key for q in form] == ["funder:a", "funder:b", "funder:c"]
    assert form[0].common_keys == ("what_you_do", "project")
    assert form[2].common_keys == ()
    assert form[1].limit.unit is LimitUnit.CHARACTERS and form[1].limit.minimum == 5
    assert all(q.counting.words is WordRule.HYPHENS_SPLIT for q in form)
    assert form_questions(None) == COMMON_QUESTIONS
    assert form_questions(Funder(name="No form yet")) == COMMON_QUESTIONS

    common_answers = {
        "what_you_do": "We run a club.",
        "project": "Friday nights.",
        "beneficiaries": "Young people",
        "monitoring": "Registers",
    }
    moved = answers_for_form(common_answers, COMMON_QUESTIONS, form)
    assert moved == {"funder:a": "We run a club.\n\nFriday nights.", "funder:b": "Young people"}
    back = answers_for_form(moved, form, COMMON_QUESTIONS)
    assert back["what_you_do"] == back["project"] == "We run a club.\n\nFriday nights."
    assert "monitoring" not in back


def test_copying_reports_each_answer_that_breaks_the_new_limits_exactly():
    form = form_questions(FUNDER)
    answers = {
        "funder:a": "A well-known youth club – run by volunteers since twenty-eleven.",
        "funder:b": "Pobl ifanc",
        "funder:c": "",
    }
    breaches = limit_breaches(answers, form)
    # Counted the funder’s way: hyphens and dashes split words, so the first answer is 11 words
    # (a whitespace count would make it 10, within the limit).
    assert [breach.message for breach in breaches] == [
        "Question 1 (About you and your project) is 1 word over this funder’s limit of 10.",
    ]
    answers["funder:b"] = "Ŵy"
    assert [b.message for b in limit_breaches(answers, form)][1] == (
        "Question 2 (Who benefits?) is 3 characters short of this funder’s minimum of 5."
    )


def test_budget_rules_are_checked_in_words():
    budget = Budget(
        (
            BudgetLine("Staff", "Worker", 100, "", 100050),
            BudgetLine(OVERHEADS, "Management", 100, "", 20000),
            BudgetLine(OTHER, "Sundries", 100, "", 60000),
        )
    )
    totals = budget_totals(budget)
    rules = BudgetRules(
        max_lines=2,
        whole_pounds=True,
        management_cap_basis_points=1000,
        other_cap_pence=50000,
        max_grant_share_basis_points=5000,
    )
    balance = balance_of(totals, 180050, (MatchFunding("Us", 20000),))
    problems = budget_rule_problems(rules, budget, totals, balance)
    assert problems == [
        "This funder allows at most 2 budget lines; you have 3. Group similar costs under one "
        "heading.",
        "This funder wants whole pounds only: round each cost to the pound.",
        "Your management costs come to £200.00; this funder allows at most 10% of the grant "
        "(£180.05).",
        "Your “other” costs come to £600.00; this funder allows at most £500.00 (£500.00).",
        "This funder will cover at most 50% of the total project cost (£900.25 of £1,800.50); "
        "you are asking for £1,800.50.",
    ]
    assert budget_rule_problems(BudgetRules(), budget, totals, balance) == []


def test_eligibility_against_the_groups_history():
    funder = Funder(name="PCC", eligibility=Eligibility(True, True, 12))
    running = PastGrant("Safe Space", True, 1, date(2027, 4, 30))
    finished = PastGrant("Old project", True, 0, None)
    refused = PastGrant("Tried once", False, 0, None)
    assert (
        eligibility_problems(funder, [finished, refused], date(2027, 4, 1), date(2028, 3, 31)) == []
    )
    assert eligibility_problems(funder, [running], date(2027, 4, 1), date(2028, 9, 30)) == [
        "PCC gives one grant at a time, and your grant for “Safe Space” is still running (it "
        "has reports still to send).",
        "PCC wants the end-of-grant report for “Safe Space”, due 30 April 2027 before you "
        "apply again.",
        "PCC funds projects of up to 12 months: starting on 1 April 2027, the project must end "
        "by 1 April 2028, but it ends on 30 September 2028. Please change the project’s dates.",
    ]
    assert eligibility_problems(funder, [finished], date(2027, 6, 1), date(2028, 6, 1)) == []


TODAY = date(2027, 3, 10)


def test_reminders_either_side_of_a_due_date():
    items = [
        Upcoming(
            1,
            "Friday Night",
            "the Community Foundation",
            ApplicationStatus.SUCCESSFUL,
            None,
            (
                ReportDue("Mid-year report", date(2027, 3, 7)),
                ReportDue("Final report", date(2027, 3, 10)),
                ReportDue("Sent already", date(2027, 1, 1), done=True),
            ),
        ),
        Upcoming(2, "Hall roof", "Council", ApplicationStatus.DRAFT, date(2027, 3, 13), ()),
        Upcoming(3, "Old bid", "Council", ApplicationStatus.SUBMITTED, date(2027, 2, 1), ()),
        Upcoming(4, "Late draft", "Lottery", ApplicationStatus.DRAFT, date(2027, 3, 9), ()),
    ]
    found = [(r.message, r.overdue) for r in reminders(items, TODAY)]
    assert found == [
        (
            "Report to the Community Foundation was due 3 days ago (Mid-year report), for "
            "“Friday Night”.",
            True,
        ),
        ("“Late draft” closed yesterday (9 March 2027).", True),
        (
            "Report to the Community Foundation is due today (Final report), for “Friday Night”.",
            False,
        ),
        ("“Hall roof” closes in 3 days (13 March 2027).", False),
    ]
    the_day_after = [(r.message, r.overdue) for r in reminders(items, date(2027, 3, 11))]
    assert (
        "Report to the Community Foundation was due yesterday (Final report), for “Friday Night”.",
        True,
    ) in the_day_after


def test_reminders_keep_to_what_is_near():
    items = [
        Upcoming(1, "Far off", "Council", ApplicationStatus.DRAFT, date(2027, 12, 1), ()),
        Upcoming(2, "Long missed", "Council", ApplicationStatus.DRAFT, date(2026, 12, 1), ()),
        Upcoming(
            3,
            "Old grant",
            "Lottery",
            ApplicationStatus.SUCCESSFUL,
            None,
            (ReportDue("Final", date(2026, 6, 1)), ReportDue("Next year", date(2028, 1, 1))),
        ),
    ]
    assert [r.message for r in reminders(items, TODAY)] == [
        "Report to Lottery was due 282 days ago (Final), for “Old grant”."
    ]


def test_whole_pounds_covers_worked_out_overheads_too():
    budget = Budget((BudgetLine("Staff", "Worker", 100, "", 100500),), overhead_basis_points=1000)
    totals = budget_totals(budget)
    problems = budget_rule_problems(
        BudgetRules(whole_pounds=True), budget, totals, balance_of(totals, 110550, ())
    )
    assert problems == ["This funder wants whole pounds only: round each cost to the pound."]


def test_the_checklist_follows_the_amount_asked():
    funder = Funder(
        name="PCC",
        asks=AskedParts(paper_copy=True),
        requirements=(
            Requirement("A signed paper copy within 5 working days", 250100, 2500000, key="paper"),
            Requirement("Your latest accounts", key="accounts"),
            Requirement("A letter from your bank", from_pence=1000000, key="bank"),
            Requirement("   ", key="blank"),
        ),
    )
    small = checklist(funder, 250000, ("accounts",))
    assert [(item.text, item.done) for item in small] == [
        ("A signed paper copy", False),
        ("Your latest accounts", True),
    ]
    edge = checklist(funder, 250100, ())
    assert [item.key for item in edge] == ["paper_copy", "paper", "accounts"]
    assert edge[1].text == (
        "A signed paper copy within 5 working days (for grants of £2,501.00 to £25,000.00)"
    )
    assert [item.key for item in checklist(funder, 2500001, ())] == [
        "paper_copy",
        "accounts",
        "bank",
    ]
    assert [item.key for item in checklist(funder, None, ())] == [
        "paper_copy",
        "paper",
        "accounts",
        "bank",
    ]
    assert checklist(None, 100, ()) == []


def test_a_questions_title_is_its_first_sentence_without_the_limit_in_brackets():
    # The limit is shown beside the answer; in the title it made "Question 1 (Tell us about
    # your organisation (max 200 words)) has no answer yet."
    assert question_title("Tell us about your organisation (max 200 words)") == (
        "Tell us about your organisation"
    )
    assert question_title("What will you do? (200-300 words) Include dates.") == (
        "What will you do?"
    )
    assert question_title("Describe the project (Word limit: 400).") == "Describe the project."
    # Brackets that say something else are the funder's words, kept.
    assert question_title("Who benefits (and how)?") == "Who benefits (and how)?"
    assert question_title("Budget (see the table)") == "Budget (see the table)"
