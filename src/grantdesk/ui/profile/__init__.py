"""The group's profile, typed once and used by every application."""
