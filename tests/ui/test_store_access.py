"""Only the state objects (`*_state.py`) and the main window reach the store; every screen,
page and editor goes through a state object for its area."""

import ast
from pathlib import Path

import grantdesk.ui

UI = Path(grantdesk.ui.__file__).parent
ALLOWED = {"main_window.py"}
STORE_ERRORS = "grantdesk.store.errors"
"""Plain sentences for failures: any screen may tell them."""


def _store_uses(source: str) -> list[str]:
    uses = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("grantdesk.store"):
            if node.module != STORE_ERRORS:
                uses.append(f"imports {node.module}")
        elif isinstance(node, ast.Import):
            uses += [
                f"imports {alias.name}"
                for alias in node.names
                if alias.name.startswith("grantdesk.store") and alias.name != STORE_ERRORS
            ]
        elif isinstance(node, ast.arg) and node.annotation is not None:
            if "Store" in ast.unparse(node.annotation).replace("StoreError", ""):
                uses.append(f"is handed the store as {node.arg}")
        elif isinstance(node, ast.Attribute) and node.attr in {"store", "_store"}:
            uses.append(f"reaches .{node.attr}")
    return uses


def test_only_state_objects_and_the_main_window_hold_the_store():
    offenders = {}
    for path in sorted(UI.rglob("*.py")):
        if path.name.endswith("_state.py") or path.name in ALLOWED:
            continue
        uses = _store_uses(path.read_text("utf-8"))
        if uses:
            offenders[str(path.relative_to(UI))] = uses
    assert offenders == {}


def test_the_check_would_catch_a_page_holding_the_store():
    page = (
        "from grantdesk.store.repository import Store\n"
        "class Page:\n"
        "    def __init__(self, store: Store):\n"
        "        self._store = store\n"
    )
    assert _store_uses(page) == [
        "imports grantdesk.store.repository",
        "is handed the store as store",
        "reaches ._store",
    ]
    assert _store_uses("from grantdesk.store.errors import StoreError\n") == []
