"""The one thing pyproject.toml cannot say: the packages found under src/, plus the top-level
resources/ folder installed as grantdesk.resources (see package-dir in pyproject.toml).

Folders of data (fonts, migrations) are listed as namespace packages so their files install."""

from setuptools import find_namespace_packages, setup

RESOURCES = [
    "grantdesk.resources",
    *(f"grantdesk.resources.{name}" for name in find_namespace_packages("resources")),
]

setup(packages=[*find_namespace_packages("src"), *RESOURCES])
