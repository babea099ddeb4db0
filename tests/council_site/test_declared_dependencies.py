"""Every package the site imports at run time is one it declares, so that installing
the site without its test extras gives a site that starts."""

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUN_TIME_FOLDERS = ["site", "home", "infopages", "getinvolved"]
FIRST_PARTY = {"council_site", "home", "infopages", "getinvolved"}


def canonical(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def top_level_imports(source):
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            yield from (alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            yield node.module.split(".")[0]


def imported_distributions():
    modules = {
        module
        for folder in RUN_TIME_FOLDERS
        for path in (ROOT / folder).rglob("*.py")
        for module in top_level_imports(path.read_text())
    }
    third_party = modules - FIRST_PARTY - set(sys.stdlib_module_names)
    distributions = packages_distributions()
    return {module: {canonical(d) for d in distributions[module]} for module in third_party}


def declared_dependencies():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return {
        canonical(re.split(r"[\s<>=!~;\[]", spec, maxsplit=1)[0])
        for spec in project["dependencies"]
    }


def test_every_package_imported_at_run_time_is_a_main_dependency():
    declared = declared_dependencies()
    undeclared = {
        module: sorted(names)
        for module, names in imported_distributions().items()
        if not names & declared
    }
    assert undeclared == {}
