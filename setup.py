"""scrapyd-deploy builds the egg by running this file (`setup.py bdist_egg`); everything about the
package is in pyproject.toml."""

from setuptools import setup

setup()
