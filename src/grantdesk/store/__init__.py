"""Keeping everything safe in SQLite: models, migrations and the commands the screens use."""
