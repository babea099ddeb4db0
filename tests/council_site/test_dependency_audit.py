"""The dependency audit fails the build on a known advisory, and says so when the
advisory databases could not be asked, from what pip-audit and npm audit report."""

import importlib.util
import json
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

NO_ADVISORIES_FROM_NPM = json.dumps({"vulnerabilities": {}})
NPM_UNREACHABLE = json.dumps({"error": {"code": "ENOTFOUND"}})


def pip_audit_report(*vulns):
    return json.dumps(
        {
            "dependencies": [
                {"name": "django", "version": "5.2", "vulns": list(vulns)},
                {"name": "wagtail", "version": "8.0.1", "vulns": []},
            ]
        }
    )


PIP_AUDIT_UNREACHABLE = json.dumps(
    {"dependencies": [{"name": "django", "version": "5.2", "skip_reason": "connection error"}]}
)


@pytest.fixture
def audit(monkeypatch):
    spec = importlib.util.spec_from_file_location(
        "audit_dependencies", ROOT / "scripts" / "audit_dependencies.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    def run_with(pip_audit_output, npm_output):
        def fake_run(command, **kwargs):
            output = npm_output if command[0] == "npm" else pip_audit_output
            return subprocess.CompletedProcess(command, 1, stdout=output, stderr="")

        monkeypatch.setattr(module.subprocess, "run", fake_run)
        with pytest.raises(SystemExit) as exit_info:
            module.main()
        return exit_info.value.code

    return run_with


def test_a_known_advisory_fails_the_build_and_is_named(audit, capsys):
    advisory = {"id": "PYSEC-2025-1", "fix_versions": ["5.2.1"]}
    assert audit(pip_audit_report(advisory), NO_ADVISORIES_FROM_NPM) == 1
    assert "django 5.2: PYSEC-2025-1 (['5.2.1'])" in capsys.readouterr().out


def test_advisory_databases_that_cannot_be_asked_are_reported_not_passed(audit, capsys):
    assert audit(PIP_AUDIT_UNREACHABLE, NPM_UNREACHABLE) == 2
    output = capsys.readouterr().out
    assert "Python (pip-audit): the advisory database could not be asked." in output
    assert "npm: the advisory database could not be asked." in output
