import json
import subprocess
import urllib.error
import urllib.request

from tests.browser.pages import PUBLIC_PAGES, ROOT

VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def fetch(url):
    try:
        with urllib.request.urlopen(url) as response:  # noqa: S310 - loopback only
            return response.read()
    except urllib.error.HTTPError as error:  # the 404 page is one of the pages checked
        return error.read()


def test_nu_html_checker_finds_no_errors(served_site, tmp_path):
    files = []
    for name, path in PUBLIC_PAGES.items():
        file = tmp_path / f"{name}.html"
        file.write_bytes(fetch(served_site + path))
        files.append(str(file))
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always", *files],
        capture_output=True,
        text=True,
        check=True,
    )
    messages = json.loads(result.stderr)["messages"]
    errors = [
        f"{m['url'].rsplit('/', 1)[-1]}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] == "error"
    ]
    assert errors == []
