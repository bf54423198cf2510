"""What a search of earlier answers finds."""

from dataclasses import dataclass


@dataclass(frozen=True)
class SearchHit:
    application_id: int
    application_title: str
    question_key: str
    question_title: str
    """The question as the application's own form numbers it ("3. What is the project?")."""
    snippet: str
    text: str
