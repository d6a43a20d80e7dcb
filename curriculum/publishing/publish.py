"""Publish one version of the site to the gh-pages branch with mike, in three steps:

    python -m curriculum.publishing.publish fetch                       the remote's gh-pages, if it has one
    python -m curriculum.publishing.publish deploy --version 2026       build and commit locally (or --ref refs/tags/v2026)
    python -m curriculum.publishing.publish push                        send gh-pages to the remote

Only fetch and push talk to the remote (with GITHUB_TOKEN, when set, as the credential), so the build in
between runs without it. mike builds first and commits only a build that succeeded: a failed build
leaves gh-pages exactly as it was, and push then has nothing new to send. After a deployment, deploy also
commits the site default's 404 page as the branch root's 404.html, which GitHub Pages serves for any
missing address (mike writes nothing there). The site's address must be known (e.g.
https://<owner>.github.io/<repo>/): SITE_URL, else site_url in data/university.yml, else PAGES_URL (the
GitHub Pages address the publish workflow works out). The sitemap needs it, and the version selector reads
the sitemap to keep the reader on the same page.
"""

from __future__ import annotations

import argparse
import base64
import os
import shutil
import subprocess
import sys
from pathlib import Path

from curriculum.model.load import load_university
from curriculum.model.records import University
from curriculum.publishing.versions import (VersionError, check_version, plan_deploy, read_versions_json, root_404_source,
                                 version_for_ref)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m curriculum.publishing.publish", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the repository (default: here)")
    parser.add_argument("--remote", default="origin")
    parser.add_argument("--branch", default="gh-pages")
    steps = parser.add_subparsers(dest="step", required=True)
    steps.add_parser("fetch", help="fetch the remote's gh-pages before mike commits on top of it")
    deploy_step = steps.add_parser("deploy", help="build one version and commit it to the local gh-pages")
    which = deploy_step.add_mutually_exclusive_group(required=True)
    which.add_argument("--version", help="an intake year (2026) or dev")
    which.add_argument("--ref", help="the git ref that triggered the deployment (refs/heads/main, refs/tags/v2026)")
    deploy_step.add_argument("--default-branch", default="main")
    deploy_step.add_argument("--config-file", default="mkdocs.yml")
    steps.add_parser("push", help="push the local gh-pages to the remote")
    options = parser.parse_args(argv)
    root = options.root.resolve()
    try:
        if options.step == "fetch":
            return fetch(root, options.remote, options.branch)
        if options.step == "push":
            return push(root, options.remote, options.branch)
        version = (check_version(options.version) if options.version
                   else version_for_ref(options.ref, options.default_branch))
        return deploy(root, version, options.config_file, options.remote, options.branch)
    except VersionError as error:
        print(f"publish: {error}", file=sys.stderr)
        return 2


def fetch(root: Path, remote: str, branch: str) -> int:
    found = _git(root, *_auth(), "ls-remote", "--exit-code", "--heads", remote, branch, capture=True)
    if found.returncode == 2:
        print(f"publish: {remote} has no {branch} branch yet; the first deployment creates it")
        return 0
    if found.returncode != 0:
        print(found.stderr, file=sys.stderr)
        return found.returncode
    # mike commits on top of <remote>/<branch>; without it mike would start the branch afresh with this
    # version alone (the checkout action does not fetch it), and the push would be refused.
    return _git(root, *_auth(), "fetch", "--no-tags", "--depth=1", remote,
                f"+refs/heads/{branch}:refs/remotes/{remote}/{branch}").returncode


def deploy(root: Path, version: str, config_file: str, remote: str, branch: str) -> int:
    university, _ = load_university(root / "data")
    address = (university or University(path="")).site_address(os.environ)
    if not address:
        print("publish: the site's address is not known — set SITE_URL (or PAGES_URL, as the publish workflow "
              "does), or site_url in data/university.yml, to the address the site is served at, e.g. "
              "https://<owner>.github.io/<repo>/ (the version selector needs it to keep the page)", file=sys.stderr)
        return 2
    mike = _mike(root, config_file, remote, branch)
    before = _branch_head(root, branch)
    listed = mike("list", "--json", capture=True)  # also fast-forwards the local branch to <remote>/<branch>
    if listed.returncode != 0:
        # mike loads the configuration with its hooks: the checks before every build (dev.py check) run here.
        print(listed.stderr, file=sys.stderr)
        unchanged = _branch_head(root, branch) == before
        print(f"publish: the build of {version} failed; {branch} is "
              f"{'unchanged' if unchanged else 'CHANGED — inspect it before pushing'} (the checks before the build "
              "found the problems above)", file=sys.stderr)
        return listed.returncode
    plan = plan_deploy(version, read_versions_json(listed.stdout))
    print(f"publish: {plan.reason}", flush=True)
    before = _branch_head(root, branch)
    if mike(*plan.mike_deploy_args()).returncode != 0:
        unchanged = _branch_head(root, branch) == before
        print(f"publish: the build of {version} failed; {branch} is "
              f"{'unchanged' if unchanged else 'CHANGED — inspect it before pushing'}", file=sys.stderr)
        return 1
    if plan.default and mike("set-default", plan.default).returncode != 0:
        return 1
    if _commit_root_404(root, branch) != 0:
        print(f"publish: {branch} has {version} but not its root 404.html — inspect it before pushing",
              file=sys.stderr)
        return 1
    print(f"publish: {branch} now has {version}{''.join(' ' + alias for alias in plan.aliases)}; "
          f"run `python -m curriculum.publishing.publish push` to publish it")
    return 0


def push(root: Path, remote: str, branch: str) -> int:
    if _branch_head(root, branch) is None:
        print(f"publish: there is no local {branch} branch to push", file=sys.stderr)
        return 1
    return _git(root, *_auth(), "push", remote, f"refs/heads/{branch}:refs/heads/{branch}").returncode


def _commit_root_404(root: Path, branch: str) -> int:
    """Commit the site default's 404 page as <branch>:404.html, with git plumbing on the branch alone: the
    working tree, the index and the checked-out branch are not touched. Refreshed after every deployment
    (a fix to the default version changes its 404 page too); no commit when it is already the same."""
    head = _branch_head(root, branch)
    listed = _git(root, "show", f"{head}:versions.json", capture=True)
    source = root_404_source(read_versions_json(listed.stdout)) if listed.returncode == 0 else None
    if source is None:
        print(f"publish: {branch} has no default version; its root 404.html is left as it is", file=sys.stderr)
        return 1
    blob = _git(root, "rev-parse", "--verify", "--quiet", f"{head}:{source}", capture=True)
    if blob.returncode != 0:
        print(f"publish: {branch} has no {source}; its root 404.html is left as it is", file=sys.stderr)
        return 1
    # The root tree with its 404.html entry replaced; -z keeps any file name intact through the round trip.
    entries = [entry for entry in _git(root, "ls-tree", "-z", head, capture=True).stdout.split("\0")
               if entry and entry.split("\t", 1)[1] != "404.html"]
    entries.append(f"100644 blob {blob.stdout.strip()}\t404.html")
    tree = subprocess.run(["git", "mktree", "-z"], cwd=root, text=True, capture_output=True,
                          input="".join(entry + "\0" for entry in entries))
    if tree.returncode != 0:
        print(tree.stderr, file=sys.stderr)
        return tree.returncode
    if tree.stdout.strip() == _git(root, "rev-parse", f"{head}^{{tree}}", capture=True).stdout.strip():
        return 0
    # mike names only a committer (GIT_COMMITTER_* or user.*), as the publish workflow sets it; the author is
    # the same, so that git does not fall back to guessing one from the host name.
    environment = dict(os.environ)
    for field in ("NAME", "EMAIL"):
        if environment.get(f"GIT_COMMITTER_{field}") and not environment.get(f"GIT_AUTHOR_{field}"):
            environment[f"GIT_AUTHOR_{field}"] = environment[f"GIT_COMMITTER_{field}"]
    commit = subprocess.run(["git", "commit-tree", tree.stdout.strip(), "-p", head, "-m",
                             f"Root 404.html: the 404 page of {source.split('/')[0]}, for any missing address"],
                            cwd=root, env=environment, text=True, capture_output=True)
    if commit.returncode != 0:
        print(commit.stderr, file=sys.stderr)
        return commit.returncode
    # Only if the branch is still where it was read: a concurrent change is refused, not overwritten.
    return _git(root, "update-ref", "-m", "publish: root 404.html", f"refs/heads/{branch}",
                commit.stdout.strip(), head).returncode


def _mike(root: Path, config_file: str, remote: str, branch: str):
    executable = Path(sys.executable).parent / "mike"
    command = [str(executable) if executable.exists() else (shutil.which("mike") or "mike")]
    # mike runs `mkdocs build` from PATH: the one beside this interpreter, with this environment's plugins.
    environment = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
                   "NO_MKDOCS_2_WARNING": "1"}
    environment.pop("ONLY_LANG", None)  # every language is published
    environment["CURRICULUM_DOCUMENTS"] = "all"  # and every page's DOCX and PDF (curriculum/documents/)

    def run(subcommand: str, *args: str, capture: bool = False) -> subprocess.CompletedProcess:
        where = ["--config-file", config_file, "--remote", remote, "--branch", branch]
        return subprocess.run([*command, subcommand, *where, *args], cwd=root, env=environment, text=True,
                              capture_output=capture)
    return run


def _git(root: Path, *args: str, capture: bool = False) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=root, text=True, capture_output=capture)


def _branch_head(root: Path, branch: str) -> str | None:
    found = _git(root, "rev-parse", "--verify", "--quiet", f"refs/heads/{branch}", capture=True)
    return found.stdout.strip() if found.returncode == 0 else None


def _auth() -> list[str]:
    """git options that send GITHUB_TOKEN to the GitHub server, as actions/checkout would have stored it."""
    token = os.environ.get("GITHUB_TOKEN")
    if not token:
        return []
    server = os.environ.get("GITHUB_SERVER_URL", "https://github.com").rstrip("/")
    basic = base64.b64encode(f"x-access-token:{token}".encode()).decode()
    return ["-c", f"http.{server}/.extraheader=AUTHORIZATION: basic {basic}"]


if __name__ == "__main__":
    sys.exit(main())
