"""The group's data as files: backups (made by themselves, and put back), the check at
start-up, and take-away copies to carry work to another computer."""
