"""The window: thin widgets over per-area state objects, grouped by screen.

main_window.py holds the screens and the save status; autosave.py is the one path every save
takes; tasks.py runs slow work off the window's thread. Each subpackage is one room: see its
docstring, and docs/architecture.md for the naming rules.
"""
