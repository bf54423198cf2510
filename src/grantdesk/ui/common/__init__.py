"""Pieces every screen uses: small widgets, editable tables, wording, messages, the step protocol.

Nothing here imports a screen package.
"""
