"""Map the card's root folders to the import package ``aikg`` with all their subpackages.

Everything else about the distribution is in pyproject.toml.
"""

from setuptools import find_packages, setup

ROOTS = ("graph", "extractors", "schema", "queries")

packages = [f"aikg.{root}" for root in ROOTS]
packages += [f"aikg.{root}.{sub}" for root in ROOTS for sub in find_packages(root)]
setup(
    packages=packages,
    package_dir={f"aikg.{root}": root for root in ROOTS},
)
