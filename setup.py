"""Map the card's root folders to the import package ``aikg`` with all their subpackages.

Everything else about the distribution is in pyproject.toml.
"""

from setuptools import find_namespace_packages, setup

ROOTS = ("graph", "extractors", "schema", "queries")

packages = [f"aikg.{root}" for root in ROOTS]
# namespace packages too: the rule folders (extractors/rules/deals, ...) hold data only,
# and setuptools warns on every install about a data folder no package names
packages += [
    f"aikg.{root}.{sub}"
    for root in ROOTS
    for sub in find_namespace_packages(root, exclude=["*__pycache__*"])
]
setup(
    packages=packages,
    package_dir={f"aikg.{root}": root for root in ROOTS},
)
