"""The Nu Html Checker on every step of the estimate, the result and a refused
answer, in English, Arabic and Gujarati, as the test client receives them (the
browser tests run axe-core on the same pages)."""

import json
import subprocess
from datetime import date

import time_machine

from tests.browser.test_html_validity import VNU_JAR
from tests.infopages.paying.test_estimate_journey import CARE_HOME

LANGUAGES = ("en", "ar", "gu")


def pages_of_the_journey(client, base, save):
    save("start", client.get(base))
    for name, answers in CARE_HOME:
        save(name, client.get(f"{base}question/{name}/"))
        client.post(f"{base}question/{name}/", answers)
    save("check", client.get(f"{base}check/"))
    save("result", client.get(f"{base}result/"))
    save("refused", client.post(f"{base}question/savings/", {"savings": "lots"}))


def test_every_step_is_valid_html(client, estimate_page, figures_2025, tmp_path):
    files = []
    with time_machine.travel(date(2025, 10, 1), tick=False):
        for language in LANGUAGES:
            client.cookies.clear()

            def save(name, response, language=language):
                file = tmp_path / f"{language}-{name}.html"
                file.write_bytes(response.content)
                files.append(str(file))

            pages_of_the_journey(client, estimate_page.url.replace("/en/", f"/{language}/"), save)
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always", *files],
        capture_output=True,
        text=True,
        check=True,
    )
    errors = [
        f"{m['url'].rsplit('/', 1)[-1]}:{m.get('lastLine')}: {m['message']}"
        for m in json.loads(result.stderr)["messages"]
        if m["type"] == "error"
    ]
    assert len(files) == len(LANGUAGES) * (len(CARE_HOME) + 4)
    assert errors == []
