"""The backup script restores a PostgreSQL dump into a fresh database and checks it."""

import os
import subprocess
from pathlib import Path

import dj_database_url
import pytest

from tests.browser.conftest import fresh_database_url

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "backup-restore-check"


@pytest.fixture
def seeded_database(tmp_path):
    if (
        "postgresql"
        not in dj_database_url.parse(os.environ.get("DATABASE_URL", "sqlite://"))["ENGINE"]
    ):
        pytest.skip("Backups are of PostgreSQL; the suite's PostgreSQL run checks them.")
    url = fresh_database_url(tmp_path, "backup")
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "council_site.settings.test",
    }
    for command in (["migrate", "--no-input", "-v0"], ["seed_demo"]):
        subprocess.run(
            [ROOT / ".venv/bin/python", "manage.py", *command],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
    return url, env


def run_script(env, *args):
    return subprocess.run([SCRIPT, *args], cwd=ROOT, env=env, capture_output=True, text=True)


def test_a_dump_restores_into_a_fresh_database_that_passes_the_checks(seeded_database, tmp_path):
    url, env = seeded_database
    dump = tmp_path / "site.dump"

    result = run_script(env, url, str(dump))

    assert result.returncode == 0, result.stdout + result.stderr
    assert dump.stat().st_size > 0
    assert "The backup restores:" in result.stdout
    assert "System check identified no issues" in result.stdout


def test_a_damaged_dump_fails(seeded_database, tmp_path):
    url, env = seeded_database
    dump = tmp_path / "damaged.dump"
    dump.write_bytes(b"PGDMP not really a dump")

    result = run_script(env, url, str(dump))

    assert result.returncode != 0
