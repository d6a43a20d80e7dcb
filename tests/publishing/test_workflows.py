"""The GitHub Actions workflows: actionlint and zizmor find nothing, and the safety rules of publishing hold."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
LINTER = ROOT / "tests" / "actionlint.cjs"
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+)*$")


def _load(name: str) -> dict:
    workflow = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    workflow["on"] = workflow.pop(True, workflow.get("on"))  # YAML 1.1 reads the key `on` as true
    return workflow


def _actionlint(*paths: Path) -> subprocess.CompletedProcess:
    node = shutil.which("node")
    if not node or not (ROOT / "node_modules" / "@tktco" / "node-actionlint").is_dir():
        pytest.fail("actionlint is not installed: run `npm ci` at the repository root (dev.py test does)")
    return subprocess.run([node, str(LINTER), *map(str, paths)], capture_output=True, text=True, cwd=ROOT)


def _zizmor(*inputs: Path) -> subprocess.CompletedProcess:
    executable = Path(sys.executable).parent / "zizmor"
    return subprocess.run([str(executable), "--offline", "--pedantic", "--no-progress", "--color", "never",
                           *map(str, inputs)], capture_output=True, text=True, cwd=ROOT)


def _filter_pattern(pattern: str) -> re.Pattern:
    """A GitHub Actions branch/tag filter as a regular expression: * is any run of characters but /,
    [0-9] one character of the class, anything else itself."""
    parts = re.findall(r"\[[^\]]+\]|\*|[^[*]+", pattern)
    return re.compile("".join(part if part.startswith("[") else "[^/]*" if part == "*" else re.escape(part)
                              for part in parts))


def _steps(job: dict) -> list[dict]:
    return job.get("steps", [])


# --- the linters ----------------------------------------------------------------------------------


def test_actionlint_finds_nothing():
    result = _actionlint(*sorted(WORKFLOWS.glob("*.yml")))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("workflow file(s), 0 finding(s)")


def test_actionlint_reports_a_real_problem(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("on: issues\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n"
                   "      - run: echo ${{ github.event.issue.title }}\n", encoding="utf-8")
    result = _actionlint(bad)
    assert result.returncode == 1
    assert f"{bad}:6:" in result.stdout and "potentially untrusted" in result.stdout


def test_zizmor_finds_nothing_even_pedantic():
    result = _zizmor(Path(".github"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout
    for name in ("dependabot.yml", "workflows/ci.yml", "workflows/publish.yml", "workflows/preview.yml",
                 "workflows/preview-closed.yml"):
        assert f"completed .github/{name}" in result.stderr  # every file was audited
    # One finding is ignored, by a comment that says why: the trusted half of the previews (below).
    assert "(1 ignored)" in result.stdout
    ignores = [(path.name, line.strip()) for path in sorted(WORKFLOWS.glob("*.yml"))
               for line in path.read_text(encoding="utf-8").splitlines() if "zizmor: ignore" in line]
    assert ignores == [("preview.yml", "workflow_run:  # zizmor: ignore[dangerous-triggers] the pattern for forks' "
                                       "previews: the artifact is data, never run")]


def test_zizmor_reports_a_real_problem(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("""on: pull_request_target
permissions: {}
jobs:
  a:
    runs-on: ubuntu-24.04
    permissions: {contents: write}
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
        with:
          ref: ${{ github.event.pull_request.head.sha }}
      - run: make
""", encoding="utf-8")
    result = _zizmor(bad)
    assert result.returncode != 0
    assert "dangerous-triggers" in result.stdout


# --- rules the workflows keep ---------------------------------------------------------------------


def test_every_action_is_pinned_by_its_full_commit_with_the_version_beside_it():
    for path in sorted(WORKFLOWS.glob("*.yml")):
        for line in path.read_text(encoding="utf-8").splitlines():
            match = re.match(r"\s*(?:- )?uses: (.+)$", line)
            if match and not match.group(1).startswith("./"):
                assert PINNED.match(match.group(1)), f"{path.name}: {line.strip()}"


def test_pull_requests_get_read_only_checks_and_a_site_preview():
    workflow = _load("ci.yml")
    assert set(workflow["on"]) == {"pull_request"}
    assert workflow["permissions"] == {}
    text = (WORKFLOWS / "ci.yml").read_text(encoding="utf-8")
    assert "secrets." not in text and "github.token" not in text
    (job,) = workflow["jobs"].values()
    assert job["permissions"] == {"contents": "read"}
    runs = [step.get("run", "") for step in _steps(job)]
    assert "python3 dev.py test" in runs and "python3 dev.py build --site-dir site" in runs
    uploads = [step for step in _steps(job) if step.get("uses", "").startswith("actions/upload-artifact@")]
    assert uploads and uploads[0]["with"]["path"] == "site/"
    checkout = next(step for step in _steps(job) if step.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["persist-credentials"] is False


def test_no_workflow_runs_pull_request_code_with_write_access():
    for path in sorted(WORKFLOWS.glob("*.yml")):
        triggers = _load(path.name)["on"]
        assert "pull_request_target" not in triggers, path.name
        assert "workflow_run" not in triggers or path.name == "preview.yml", path.name
    assert "pull_request" not in _load("publish.yml")["on"]


def test_previews_publish_what_an_untrusted_run_built_as_data_from_the_default_branch():
    """The pattern that keeps forks' previews safe: the pull request's code runs only in ci.yml (read-only); the
    trusted workflow checks out the default branch, downloads the artifact and hands it to the preview command,
    which reads it as files; no step interpolates event data into a script."""
    workflow = _load("preview.yml")
    assert set(workflow["on"]) == {"workflow_run", "schedule"}
    names = {_load(path.name)["name"] for path in WORKFLOWS.glob("*.yml")}
    assert set(workflow["on"]["workflow_run"]["workflows"]) <= names
    assert workflow["on"]["workflow_run"]["workflows"] == ["ci", "pull request closed"]
    assert workflow["permissions"] == {}
    assert workflow["concurrency"] == _load("publish.yml")["jobs"]["deploy"]["concurrency"]  # one gh-pages queue
    for name, job in workflow["jobs"].items():
        assert set(job["permissions"]) <= {"actions", "contents", "pull-requests"}, name
        for step in _steps(job):
            if "uses" in step:
                assert step["uses"].startswith("actions/checkout@"), (name, step)
                assert set(step["with"]) == {"persist-credentials"} and step["with"]["persist-credentials"] is False
            else:
                assert "${{" not in step["run"], (name, step)  # event data reaches scripts through env only
                assert step["run"].startswith(("python3 -m curriculum.publishing.preview ", "gh run download ")), step
    publish = workflow["jobs"]["publish"]
    assert "conclusion == 'success'" in publish["if"] and "event == 'pull_request'" in publish["if"]
    download, command = _steps(publish)[1]["run"], _steps(publish)[2]["run"]
    upload = next(step for step in _steps(_load("ci.yml")["jobs"]["test"]) if "upload-artifact" in step.get("uses", ""))
    assert f"--name {upload['with']['name']} --dir \"$RUNNER_TEMP/site-preview\"" in download
    assert '--site "$RUNNER_TEMP/site-preview"' in command
    closed = _load("preview-closed.yml")
    assert closed["on"] == {"pull_request": {"types": ["closed"]}} and closed["permissions"] == {}
    assert all(job["permissions"] == {} and all("uses" not in step for step in _steps(job))
               for job in closed["jobs"].values())


def test_deployment_follows_the_tests_one_at_a_time_with_least_privilege():
    workflow = _load("publish.yml")
    assert workflow["permissions"] == {}
    assert set(workflow["on"]) == {"push", "workflow_dispatch"}
    assert workflow["on"]["push"]["branches"] == ["main"]
    assert workflow["on"]["workflow_dispatch"]["inputs"]["year"]["required"] is True
    test, deploy = workflow["jobs"]["test"], workflow["jobs"]["deploy"]
    assert test["permissions"] == {"contents": "read"}
    assert "python3 dev.py test" in [step.get("run") for step in _steps(test)]
    assert deploy["needs"] == "test"
    assert deploy["permissions"] == {"contents": "write"}
    assert deploy["concurrency"] == {"group": "gh-pages", "cancel-in-progress": False}


def test_the_deploy_fetches_gh_pages_first_and_only_fetch_and_push_see_the_token():
    steps = _steps(_load("publish.yml")["jobs"]["deploy"])
    runs = [step.get("run", "") for step in steps]
    order = [next(i for i, run in enumerate(runs) if command in run)
             for command in ("dev.py publish fetch", "dev.py publish deploy", "dev.py publish push")]
    assert order == sorted(order)
    for step in steps:
        sees_token = "github.token" in str(step.get("env", {})) or "secrets." in str(step)
        assert sees_token == any(command in step.get("run", "") for command in ("publish fetch", "publish push")), step
    for step in steps:
        if step.get("uses", "").startswith("actions/checkout@"):
            assert step["with"]["persist-credentials"] is False
        assert "cache" not in step.get("with", {})  # nothing that is published comes from a cache


def test_release_tags_match_what_the_publish_command_accepts():
    from curriculum.publishing.versions import version_for_ref
    as_regex = [_filter_pattern(pattern) for pattern in _load("publish.yml")["on"]["push"]["tags"]]
    for tag in ("v2025", "v2026.1", "v2030.12"):
        assert any(regex.fullmatch(tag) for regex in as_regex), tag
        assert version_for_ref(f"refs/tags/{tag}") == tag[1:5]
    for tag in ("2025", "v25", "release-2025"):
        assert not any(regex.fullmatch(tag) for regex in as_regex), tag


def test_dependabot_updates_python_actions_and_node_packages():
    config = yaml.safe_load((ROOT / ".github" / "dependabot.yml").read_text(encoding="utf-8"))
    ecosystems = {update["package-ecosystem"]: update for update in config["updates"]}
    assert set(ecosystems) == {"pip", "github-actions", "npm"}
    assert all(update["directory"] == "/" and update["schedule"]["interval"] for update in ecosystems.values())
