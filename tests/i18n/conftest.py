from pathlib import Path

import pytest

from grantdesk.ui.common.language import use_language
from tests.i18n.pseudo import build_pseudo_catalogue
from tests.ui.conftest import open_window, window  # noqa: F401 - the window fixtures


@pytest.fixture
def pseudo_language(qapp, tmp_path: Path) -> None:
    """GrantDesk speaking the pseudo-language (as Welsh, so dates use Welsh month names)."""
    use_language("cy", build_pseudo_catalogue(tmp_path))
    yield
    use_language("en")
