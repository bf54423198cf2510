"""Draft wording for questions 5, 6, 10 and 11, built from the structured plan.

Drafts are a starting point the group edits; they never replace what the group typed.
"""

from grantdesk.domain.dates import format_date
from grantdesk.domain.exit import ExitPlan, ExitRouteKind
from grantdesk.domain.money import format_money
from grantdesk.domain.plan import Direction, Plan


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…" else f"{text}."


def draft_beneficiaries(plan: Plan) -> str:
    """Question 5: who will benefit, from the needs."""
    paragraphs = []
    for need in plan.needs:
        who = need.who.strip() or "people"
        parts = [f"The project is for {who}"]
        if need.counted:
            parts.append(f"; we know of {need.counted}")
        paragraph = [_sentence("".join(parts))]
        if need.problem.strip():
            paragraph.append(_sentence(f"The problem: {need.problem.strip()}"))
        if need.severity.strip():
            paragraph.append(_sentence(need.severity))
        if need.evidence.strip():
            paragraph.append(_sentence(f"Our evidence: {need.evidence.strip()}"))
        paragraphs.append(" ".join(paragraph))
    return "\n\n".join(paragraphs)


def draft_difference(plan: Plan) -> str:
    """Question 6: the difference it will make, from the outcomes."""
    lines = []
    for number, outcome in enumerate(plan.outcomes, start=1):
        sentence = _sentence(outcome.change) or f"Outcome {number}."
        if outcome.indicator.strip() and outcome.target.strip():
            change = "fall" if outcome.direction is Direction.LESS_IS_BETTER else "rise"
            detail = f" We expect {outcome.indicator.strip()} to {change}"
            if outcome.baseline.strip():
                detail += f" from {outcome.baseline.strip()}"
            detail += f" to {outcome.target.strip()}."
            sentence += detail
        lines.append(f"{number}. {sentence}")
    return "\n\n".join(lines)


def draft_monitoring(plan: Plan) -> str:
    """Question 10: how it will be monitored and evaluated."""
    paragraphs = []
    if plan.outputs:
        delivered = "; ".join(output.summary for output in plan.outputs if output.summary)
        paragraphs.append(_sentence(f"We will keep a record of what we deliver: {delivered}"))
    for outcome in plan.outcomes:
        if not outcome.change.strip():
            continue
        parts = [f"To show that {outcome.change.strip().rstrip('.')}"]
        if outcome.indicator.strip():
            parts.append(f", we will measure {outcome.indicator.strip()}")
        if outcome.method.strip():
            parts.append(f" using {outcome.method.strip().lower()}")
        if outcome.when.strip():
            parts.append(f", {outcome.when.strip()}")
        if outcome.baseline.strip() and outcome.target.strip():
            parts.append(
                f"; it stands at {outcome.baseline.strip()} now and we aim for "
                f"{outcome.target.strip()}"
            )
        paragraphs.append(_sentence("".join(parts)))
    if any("case stud" in outcome.method.casefold() for outcome in plan.outcomes):
        paragraphs.append(
            "Case studies, written with the people involved and with their permission, will "
            "show the difference in their own words."
        )
    return "\n\n".join(paragraphs)


def draft_exit(plan: ExitPlan) -> str:
    """Question 11: what happens when the funding ends."""
    paragraphs = []
    for route in plan.routes:
        text = (
            f"{route.kind.label}: {route.details.strip()}"
            if route.details.strip()
            else (route.kind.label)
        )
        if route.kind is ExitRouteKind.EARNED_INCOME and route.amount_pence:
            text += f" (about {format_money(route.amount_pence)} a year)"
        if route.by_date is not None:
            text += f", by {format_date(route.by_date)}"
        paragraphs.append(_sentence(text))
    if plan.notice_months:
        months = "one month" if plan.notice_months == 1 else f"{plan.notice_months} months"
        paragraphs.append(
            f"If funding stops, we will tell the people who use the project {months} before, "
            "and help them find other support."
        )
    return "\n\n".join(paragraphs)
