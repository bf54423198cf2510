"""Draft wording for questions 5, 6, 10 and 11, built from the structured plan.

Drafts are a starting point the group edits; they never replace what the group typed.
"""

from grantdesk.domain.exit import ExitPlan, notice_sentence, route_detail
from grantdesk.domain.plan import METHODS, Direction, Plan


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…" else f"{text}."


_COMMON_OPENINGS = {
    "at",
    "in",
    "on",
    "by",
    "every",
    "each",
    "once",
    "twice",
    "before",
    "after",
    "during",
    "monthly",
    "weekly",
    "quarterly",
    "the",
    "a",
    "an",
    "our",
    "with",
    "from",
    *(method.split()[0].lower() for method in METHODS),
}


def _mid_sentence(text: str) -> str:
    """Text to follow a comma: a capital is dropped only from a common opening word, so
    names ("Friday", "Maes-y-Dŵr") keep theirs."""
    text = text.strip()
    first = text.split(" ", 1)[0]
    return text[0].lower() + text[1:] if first.lower() in _COMMON_OPENINGS else text


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
            change = {
                Direction.LESS_IS_BETTER: "fall",
                Direction.MORE_IS_BETTER: "rise",
                Direction.NOT_SAID: "go",
            }[outcome.direction]
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
        parts = [_sentence(outcome.change)]
        if outcome.indicator.strip():
            measuring = f"We will measure {outcome.indicator.strip()}"
            if outcome.method.strip():
                measuring += f" using {_mid_sentence(outcome.method)}"
            if outcome.when.strip():
                measuring += f", {_mid_sentence(outcome.when)}"
            if outcome.baseline.strip() and outcome.target.strip():
                measuring += (
                    f"; it stands at {outcome.baseline.strip()} now and we aim for "
                    f"{outcome.target.strip()}"
                )
            parts.append(_sentence(measuring))
        paragraphs.append(" ".join(parts))
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
        detail = route_detail(route)
        paragraphs.append(
            _sentence(f"{route.kind.label}: {detail}" if detail else route.kind.label)
        )
    if plan.notice_months:
        paragraphs.append(notice_sentence(plan.notice_months))
    return "\n\n".join(paragraphs)
