from hypothesis import given
from hypothesis import strategies as st

from grantdesk.domain.changes import first_change

KEPT, COPIED, CHANGED = "kept", "copied", "changed"


@given(st.lists(st.sampled_from([KEPT, COPIED, CHANGED]), max_size=30), st.data())
def test_the_first_change_is_found_whether_or_not_lines_are_the_same_objects(edits, data):
    old = tuple([n] for n in range(len(edits)))  # lines as objects, equal only to copies
    new = tuple(
        line if edit == KEPT else list(line) if edit == COPIED else [-1]
        for line, edit in zip(old, edits, strict=True)
    )
    start = data.draw(st.integers(0, len(old)))
    expected = next(
        (position for position in range(start, len(old)) if edits[position] == CHANGED),
        len(old),
    )
    assert first_change(old, new, start) == expected
