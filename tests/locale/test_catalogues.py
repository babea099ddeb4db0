"""Every interface string is translated into every community language, and the
catalogues are up to date with the code."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

from council_site.core.jinja2_messages import template_messages
from council_site.languages import LANGUAGE_INFO, SOURCE_LANGUAGE

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = [code for code in LANGUAGE_INFO if code != SOURCE_LANGUAGE]
MAKEMESSAGES_IGNORES = [".venv", "node_modules", "var", "test-artifacts", "tests", "bench"]


def catalogue(code):
    return polib.pofile(str(ROOT / "locale" / code / "LC_MESSAGES" / "django.po"))


def entries(po):
    return {(entry.msgctxt, entry.msgid, entry.msgid_plural) for entry in po if not entry.obsolete}


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_message_is_translated_and_none_is_fuzzy(code):
    po = catalogue(code)
    assert [entry.msgid for entry in po.untranslated_entries()] == []
    assert [entry.msgid for entry in po.fuzzy_entries()] == []
    assert po.metadata["Language"] == code


def test_makemessages_would_not_change_any_catalogue(tmp_path):
    backup = tmp_path / "locale"
    shutil.copytree(ROOT / "locale", backup)
    before = {code: entries(catalogue(code)) for code in LANGUAGES}
    ignores = [arg for name in MAKEMESSAGES_IGNORES for arg in ("--ignore", name)]
    try:
        subprocess.run(
            [
                sys.executable,
                "manage.py",
                "makemessages",
                "--no-location",
                "--no-obsolete",
                *ignores,
            ]
            + [arg for code in LANGUAGES for arg in ("-l", code)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        after = {code: entries(catalogue(code)) for code in LANGUAGES}
    finally:
        shutil.rmtree(ROOT / "locale")
        shutil.copytree(backup, ROOT / "locale")
    assert after == before, "Run makemessages and translate the new messages"


def test_every_string_of_the_jinja2_templates_is_in_every_catalogue():
    messages = {
        (message.msgctxt, message.msgid, message.msgid_plural) for message in template_messages()
    }
    assert (None, "Skip to main content", "") in messages
    for code in LANGUAGES:
        assert messages - entries(catalogue(code)) == set(), f"missing from {code}"
