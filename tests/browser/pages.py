"""The public page types every accessibility check covers."""

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
