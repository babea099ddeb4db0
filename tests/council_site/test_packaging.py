"""The folder site/ is installed as the package `council_site`; an installed wheel
must work away from the checkout, with its templates and static files."""

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APPS = ["home", "infopages", "getinvolved"]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    # setuptools reuses build/ between builds, which would hide a package left out.
    shutil.rmtree(ROOT / "build", ignore_errors=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            str(ROOT),
            "-w",
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    return next(out.glob("*.whl"))


def python_packages_in_checkout():
    """Every package a wheel must hold, named as it is imported."""
    folders = {"site": "council_site", **{app: app for app in APPS}}
    return {
        ".".join([import_name, *init.parent.relative_to(ROOT / folder).parts])
        for folder, import_name in folders.items()
        for init in (ROOT / folder).rglob("__init__.py")
    }


def test_wheel_carries_every_package_templates_and_static_files(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for package in python_packages_in_checkout():
        assert f"{package.replace('.', '/')}/__init__.py" in names, package
    assert "council_site/templates/pages/information_page.html" in names
    assert "council_site/static/dist/main.css" in names


def test_installed_wheel_renders_pages_away_from_the_checkout(wheel, tmp_path):
    target = tmp_path / "site-packages"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    code = (
        "import django, council_site.wsgi\n"
        "from django.template.loader import get_template\n"
        "print(get_template('pages/information_page.html').origin.name)\n"
        "from django.contrib.staticfiles import finders\n"
        "print(finders.find('dist/main.css'))\n"
    )
    env = {
        **os.environ,
        "PYTHONPATH": str(target),
        "DJANGO_SETTINGS_MODULE": "council_site.settings.test",
    }
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    template_origin, css = result.stdout.split()
    assert template_origin.startswith(str(target))
    assert css.startswith(str(target))
