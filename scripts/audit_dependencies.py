"""Known advisories in the pinned Python and front-end dependencies fail the build.

Exit 1: an advisory applies (each is printed). Exit 2: the advisory databases could
not be asked (no network): scripts/test treats that as failure on CI only.
An advisory that cannot be fixed yet is ignored only by its id in IGNORED, with why."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Advisory id -> why it does not apply or cannot be fixed yet. Keep this empty.
IGNORED = {}


def python_advisories():
    command = [ROOT / ".venv/bin/pip-audit", "--skip-editable", "--progress-spinner", "off"]
    command += [arg for advisory in IGNORED for arg in ("--ignore-vuln", advisory)]
    result = subprocess.run([*command, "-f", "json"], capture_output=True, text=True)
    if result.returncode not in (0, 1) or not result.stdout.strip():
        return None
    dependencies = json.loads(result.stdout)["dependencies"]
    if all("skip_reason" in dependency for dependency in dependencies):
        return None
    return [
        f"{dependency['name']} {dependency['version']}: {vuln['id']} ({vuln['fix_versions']})"
        for dependency in dependencies
        for vuln in dependency.get("vulns", [])
    ]


def front_end_advisories():
    result = subprocess.run(["npm", "audit", "--json"], cwd=ROOT, capture_output=True, text=True)
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        return None
    if "vulnerabilities" not in report:
        return None
    return [
        f"{name}: {', '.join(str(v.get('url', v)) for v in found['via'] if isinstance(v, dict))}"
        for name, found in report["vulnerabilities"].items()
        if not any(
            isinstance(v, dict) and v.get("url", "").endswith(tuple(IGNORED)) for v in found["via"]
        )
    ]


def main():
    unreachable = False
    advisories = []
    for label, audit in (("Python (pip-audit)", python_advisories), ("npm", front_end_advisories)):
        found = audit()
        if found is None:
            print(f"{label}: the advisory database could not be asked.")
            unreachable = True
        else:
            print(f"{label}: {len(found)} known advisories.")
            advisories += found
    for advisory in advisories:
        print(f"  {advisory}")
    if advisories:
        sys.exit(1)
    if unreachable:
        sys.exit(2)


if __name__ == "__main__":
    main()
