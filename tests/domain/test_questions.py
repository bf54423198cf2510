from grantdesk.domain.questions import COMMON_QUESTIONS, question_by_key
from grantdesk.domain.wordcount import check_limit


def test_the_eleven_common_questions_in_order():
    assert [question.number for question in COMMON_QUESTIONS] == list(range(1, 12))
    keys = [question.key for question in COMMON_QUESTIONS]
    assert len(set(keys)) == 11
    assert keys[0] == "what_you_do" and keys[-1] == "exit_strategy"
    assert question_by_key("monitoring").number == 10


def test_every_question_guides_and_its_example_fits_its_own_limit():
    for question in COMMON_QUESTIONS:
        assert len(question.guidance.splitlines()) >= 3, question.key
        assert len(question.short_title) <= 32, question.key
        assert check_limit(question.example, question.limit).within, question.key
