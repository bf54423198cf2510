"""The printed application's own words ("Page X of Y", "DRAFT", the headings, labels and notes)
come from the same catalogue as the window's, and its dates are in the chosen language."""

import re
from datetime import date
from io import BytesIO

from pypdf import PdfReader

from grantdesk.domain.messages import Wording
from grantdesk.examples.demo import write_demo
from grantdesk.report.pdf import build_pdf
from grantdesk.ui.common.language import current_language, translate
from tests.i18n.pseudo import untranslated_part
from tests.i18n.test_every_text_translated import OWN_WORDS

TODAY = date(2027, 1, 15)


def printed_text(application, draft: bool) -> str:
    output = BytesIO()
    words = Wording(translate, current_language())
    build_pdf(application, output, draft=draft, today=TODAY, words=words)
    reader = PdfReader(BytesIO(output.getvalue()))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def group_words(application) -> set[str]:
    """Every word the group and its funder typed: the PDF wraps their sentences across lines
    and table cells, so what is left over is checked word by word against these."""
    typed = [*OWN_WORDS, application.profile.name, application.title]
    typed += [f"{line.description} {line.category_name}" for line in application.budget.lines]
    typed += [item.answer.text for item in application.answers]
    return {word for text in typed for word in re.findall(r"[^\W\d_]{2,}", text)}


def test_a_pdf_printed_in_another_language_has_no_english_of_its_own(pseudo_language, store):
    write_demo(store)
    own = [" ".join(words.split()) for words in OWN_WORDS]
    found = []
    for summary in store.applications.summaries():
        application = store.printable(summary.id)
        for draft in (True, False):
            text = printed_text(application, draft)
            left = set(untranslated_part(text, own).split()) - group_words(application)
            if left:
                found.append(f"{summary.details.title}, draft={draft}: {sorted(left)}")
            assert application.profile.name in text
            assert "Ionawr 2027" in text  # the date printed on the cover, in Welsh
    assert not found, "English not from the catalogue:\n" + "\n".join(found)
