"""The printed application: an A4 PDF built with reportlab from plain objects (no Qt, no store)."""
