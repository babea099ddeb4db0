"""A real server (gunicorn, test settings, its own seeded database) and a real
Chromium for the browser tests. Missing Chromium fails the run: it is never skipped."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import dj_database_url
import psycopg2
import pytest
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
# Each served site's environment by its address, to run commands against its database.
SERVED_SITE_ENVIRONMENTS = {}
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fresh_database_url(tmp_path, suffix="browser"):
    """A database of its own, next to the one pytest-django manages."""
    config = dj_database_url.parse(os.environ.get("DATABASE_URL", "sqlite:///unused"))
    if "postgresql" not in config["ENGINE"]:
        return f"sqlite:///{tmp_path / f'{suffix}.sqlite3'}"
    # Tests running at once on several pytest-xdist workers each get their own.
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    name = f"{config['NAME']}_{suffix}" + (f"_{worker}" if worker else "")
    connection = psycopg2.connect(
        dbname="postgres", user=config["USER"], host=config["HOST"], port=config["PORT"] or 5432
    )
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()
    user = config["USER"] or "postgres"
    return f"postgres://{user}@{config['HOST']}:{config['PORT'] or 5432}/{name}"


def wait_until_serving(url, process, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("The test server stopped while starting.")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback only
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"The test server did not answer at {url}.")


@pytest.fixture(scope="session")
def served_site_env(tmp_path_factory):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "council_site.settings.test",
        "DATABASE_URL": fresh_database_url(tmp_path_factory.mktemp("served-site")),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        # Two gunicorn workers, each with its own local-memory cache.
        "CACHE_IS_SHARED": "false",
    }


def manage(env, *args):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


@pytest.fixture(scope="session")
def served_site_shell(served_site_env):
    """Run Python against the served site's database, for what a browser cannot see."""
    return lambda code: manage(served_site_env, "shell", "-c", code).strip().splitlines()[-1]


@pytest.fixture(scope="session")
def served_site(served_site_env):
    env = served_site_env
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "seed_demo")
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "council_site.wsgi",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            "2",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    SERVED_SITE_ENVIRONMENTS[base_url] = env
    try:
        wait_until_serving(f"{base_url}/en/", server)
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is not installed at {CHROMIUM}: run the README's test command.")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


# The checkers (axe-core) are injected as inline scripts, which the site's
# Content-Security-Policy rightly blocks: test tabs let the tools in, and the
# policy itself is checked in a tab that does not (test_content_security_policy).
LET_CHECKERS_IN = {"bypass_csp": True}


@pytest.fixture
def page(browser):
    context = browser.new_context(
        viewport={"width": 1100, "height": 900}, locale="en-GB", **LET_CHECKERS_IN
    )
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture(scope="session")
def artifacts():
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    ARTIFACTS.mkdir()
    return ARTIFACTS
