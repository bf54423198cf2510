"""GrantDesk: write small-grant applications offline, with every word kept safe."""

__version__ = "0.1.0"
