import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "SECRET_KEY": "a-production-secret-that-is-long-enough-for-django-checks-0123456789",
    "ALLOWED_HOSTS": "care-information.example.org",
    "DATABASE_URL": "sqlite:////tmp/production-settings-check.sqlite3",
}


def manage(*args, **env):
    clean = {
        k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DEBUG"}
    }
    clean["DJANGO_SETTINGS_MODULE"] = "council_site.settings.production"
    clean.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=clean, capture_output=True, text=True
    )


def test_production_passes_the_deployment_checks():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_a_required_variable(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = manage("check", **env)
    assert result.returncode != 0
    assert f"The environment variable {missing} must be set in production." in result.stderr


def test_the_site_address_comes_from_the_environment():
    result = manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings; "
        "print(settings.SITE_URL, settings.WAGTAILADMIN_BASE_URL)",
        SITE_URL="https://care.example.gov.uk",
        **PRODUCTION_ENV,
    )
    assert result.stdout.split() == ["https://care.example.gov.uk"] * 2, result.stderr


def test_development_keeps_emails_in_files_rather_than_printing_them(tmp_path):
    environment = {k: v for k, v in os.environ.items() if k != "EMAIL_BACKEND"}
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "--no-imports",
            "-c",
            "from django.core.mail import send_mail; "
            "send_mail('Please review a page', 'A page is waiting.', None, ['a@example.org'])",
        ],
        cwd=ROOT,
        env={
            **environment,
            "DJANGO_SETTINGS_MODULE": "council_site.settings.dev",
            "EMAIL_FILE_PATH": str(tmp_path),
        },
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "Please review a page" not in result.stdout + result.stderr
    [email] = tmp_path.iterdir()
    assert "Subject: Please review a page" in email.read_text()


def test_redis_url_selects_the_redis_cache():
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])",
        ],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "council_site.settings.dev",
            "REDIS_URL": "redis://127.0.0.1:6379/3",
        },
        capture_output=True,
        text=True,
    )
    assert result.stdout.strip() == "council_site.core.redis_cache.RedisCache", result.stderr


def test_a_mistyped_boolean_is_reported():
    result = manage("check", DEBUG="perhaps", **PRODUCTION_ENV)
    assert "DEBUG must be true or false" in result.stderr


def test_every_environment_variable_the_settings_read_is_in_the_readme():
    settings_code = "".join(path.read_text() for path in (ROOT / "site" / "settings").glob("*.py"))
    names = set(re.findall(r'(?:env|env_bool|env_list|required)\("([A-Z0-9_]+)"', settings_code))
    readme = (ROOT / "README.md").read_text()
    documented = set(re.findall(r"`([A-Z0-9_]+)`", readme))
    assert sorted(names - documented) == []
