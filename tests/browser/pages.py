"""The public page types every accessibility check covers."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# Beyond WCAG's own rules: headings in order, one h1, landmarks around all content.
STRUCTURE_RULES = ["heading-order", "page-has-heading-one", "landmark-one-main", "region"]

PUBLIC_PAGES = {
    "home": "/en/",
    "topic": "/en/safeguarding-adults/",
    "information-page": "/en/safeguarding-adults/how-to-report-abuse/",
    "search-results": "/en/search/?q=abuse",
    "search-error": "/en/search/?q=%21%21",
    "not-found": "/en/no-such-page/",
    "arabic-page": "/ar/safeguarding-adults/how-to-report-abuse/",
    "arabic-stale-page": "/ar/safeguarding-adults/what-is-abuse/",
    "arabic-missing-page": "/ar/advocacy/what-an-advocate-does/",
    "urdu-home": "/ur/",
    "punjabi-page": "/pa/safeguarding-adults/what-is-abuse/",
    "tigrinya-topic": "/ti/safeguarding-adults/",
    "gujarati-page": "/gu/safeguarding-adults/keeping-safe-and-avoiding-scams/",
    "get-involved": "/en/get-involved/",
    "we-asked-you-said-we-did": "/en/get-involved/we-asked-you-said-we-did/",
    "sign-up": "/en/get-involved/sign-up/",
    "arabic-sign-up": "/ar/get-involved/sign-up/",
    "experience-survey": "/en/experience-survey/",
    "format-request": "/en/ask-for-another-format/",
    "arabic-format-request": "/ar/ask-for-another-format/",
    "punjabi-format-request": "/pa/ask-for-another-format/",
    **{
        f"{name}directory{kind}": f"/{code}/find-support-near-you/{path}"
        for name, code in (("", "en"), ("arabic-", "ar"), ("polish-", "pl"))
        for kind, path in (
            ("", ""),
            ("-results", "?q=&postcode=CV1+2NJ&distance=5"),
            # The demo's stable identifier of "Carers' drop-in", translated in each.
            ("-service", "service/2c36ac39-ca1f-52fc-90a6-d83f57fcc1b6/"),
        )
    },
    # "Memory café", not translated: its English words among Arabic ones.
    "arabic-directory-english-service": (
        "/ar/find-support-near-you/service/16bfd41e-ae64-5a98-aa8a-1d40b55a3eef/"
    ),
    "easy-read-page": "/en/safeguarding-adults/what-is-abuse/easy-read/",
    "arabic-easy-read-page": "/ar/safeguarding-adults/what-is-abuse/easy-read/",
    "punjabi-easy-read-page": "/pa/safeguarding-adults/what-is-abuse/easy-read/",
}


def axe_violations(page):
    page.add_script_tag(path=str(AXE_SCRIPT))
    violations = []
    for run_only in (
        {"type": "tag", "values": WCAG_22_AA},
        {"type": "rule", "values": STRUCTURE_RULES},
    ):
        result = page.evaluate("runOnly => axe.run(document, {runOnly})", run_only)
        violations += [
            {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]]}
            for v in result["violations"]
        ]
    return violations


DEMO_PASSWORDS = {"admin": "demo-admin-password"}
RECOVERY_CODE = """
from django.contrib.auth import get_user_model
from council_site.accounts.two_factor import new_recovery_codes
print(new_recovery_codes(get_user_model().objects.get(username="{username}"))[0])
"""


def recovery_code(served_site_url, username):
    """A fresh single-use recovery code, made in the served site's database, so that
    a browser signs in exactly as a person does: password, then second factor."""
    from tests.browser.conftest import SERVED_SITE_ENVIRONMENTS

    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", RECOVERY_CODE.format(username=username)],
        cwd=ROOT,
        env=SERVED_SITE_ENVIRONMENTS[served_site_url],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout.strip().splitlines()[-1]


def sign_in_tab(tab, served_site, username):
    tab.goto(served_site + "/admin/login/")
    tab.get_by_label("Username").fill(username)
    tab.get_by_label("Password").fill(DEMO_PASSWORDS.get(username, "demo-password"))
    tab.get_by_role("button", name="Sign in").click()
    tab.wait_for_url("**/admin/two-factor/**")
    tab.get_by_label("Code").fill(recovery_code(served_site, username))
    tab.get_by_role("button", name="Continue").click()
    tab.wait_for_url(served_site + "/admin/")
    return tab
