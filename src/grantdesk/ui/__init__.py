"""The window: thin widgets bound to store commands and domain results."""
