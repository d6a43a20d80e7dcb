"""Previews of pull requests on the Pages branch: the built site of pull request N at /preview/pr-N/, linked from
the pull request by a comment, removed once it is closed.

    python -m curriculum.publishing.preview publish --site DIR --head-owner O --head-branch B --head-sha S
    python -m curriculum.publishing.preview sweep

The site is built by the pull request's own run (ci.yml, read-only token: a fork's code never sees a write
token). The trusted workflow (preview.yml, on workflow_run) runs this file from the default branch and treats
what that run built as data: files checked (regular files, no links, within size) and written into git as blobs,
nothing of them executed. Which pull request it belongs to is asked of GitHub, not read from the artifact: the
open pull request whose head is the built commit. A deployment changes the branch under preview/ only — the
published years, latest, dev, versions.json and the root pages are compared before anything is pushed.

Stdlib only: the trusted job runs it with the runner's Python, without installing anything.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import stat
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from curriculum.publishing.publish import _auth

PREVIEWS = "preview"
MARKER = "<!-- site-preview -->"
MAX_FILES = 20_000
MAX_BYTES = 300 * 1024 * 1024
_PREVIEW_FOLDER = re.compile(r"^pr-([1-9][0-9]{0,6})$")
# The comment on the pull request, in the three languages of the project, as its templates are.
PUBLISHED = """{marker}
**Алдын ала қарау · Предпросмотр · Preview:** {url}

- kk: Осы pull request енгізілген сайт, үш тілде, оқырмандар көретіндей ({sha} коммитінен құрастырылған). Әр жаңа коммиттен кейін жаңарады, pull request жабылғанда өшіріледі.
- ru: Сайт с изменениями этого pull request на трёх языках, каким его увидят читатели (собран из {sha}). Обновляется после каждого нового коммита и удаляется, когда pull request закрыт.
- en: The site with this pull request's changes, in the three languages, as readers will see it (built from {sha}). Updated with each new commit, removed when the pull request is closed."""
REMOVED = """{marker}
- kk: Pull request жабылды, оның алдын ала қарау нұсқасы өшірілді.
- ru: Pull request закрыт, его предпросмотр удалён.
- en: The pull request was closed and its preview removed."""


class PreviewError(Exception):
    """Nothing was published; the message says why."""


# --- GitHub ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PullRequest:
    number: int
    state: str      # open or closed
    head_sha: str


class GitHub:
    """The few REST calls a preview needs, with the workflow's token."""

    def __init__(self, repository: str, token: str, api: str = "https://api.github.com"):
        self.repository, self.token, self.api = repository, token, api.rstrip("/")

    def _call(self, method: str, path: str, body: dict | None = None):
        request = urllib.request.Request(
            f"{self.api}/repos/{self.repository}/{path}", method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={"Authorization": f"Bearer {self.token}", "Accept": "application/vnd.github+json",
                     "X-GitHub-Api-Version": "2022-11-28", "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read() or b"null")

    def open_pulls_with_head(self, owner: str, branch: str) -> list[PullRequest]:
        query = urllib.parse.urlencode({"state": "open", "head": f"{owner}:{branch}", "per_page": 100})
        return [_pull(found) for found in self._call("GET", f"pulls?{query}")]

    def pull(self, number: int) -> PullRequest:
        return _pull(self._call("GET", f"pulls/{number}"))

    def comments(self, number: int) -> list[dict]:
        return self._call("GET", f"issues/{number}/comments?per_page=100")

    def comment(self, number: int, body: str) -> None:
        self._call("POST", f"issues/{number}/comments", {"body": body})

    def edit_comment(self, comment_id: int, body: str) -> None:
        self._call("PATCH", f"issues/comments/{comment_id}", {"body": body})


def _pull(found: dict) -> PullRequest:
    return PullRequest(int(found["number"]), str(found["state"]), str(found["head"]["sha"]))


# --- the artifact, as data --------------------------------------------------------------------------


def check_site(folder: Path) -> list[Path]:
    """The files of a built site, after checking that it is one: regular files only (no links, devices or git
    folders), an index.html at its top, within the size a preview may take. Raises PreviewError otherwise."""
    folder = Path(folder)
    if not folder.is_dir() or folder.is_symlink():
        raise PreviewError(f"{folder} is not a folder")
    files, total = [], 0
    for path in sorted(folder.rglob("*")):
        info = os.lstat(path)
        relative = path.relative_to(folder)
        if stat.S_ISLNK(info.st_mode) or not (stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode)):
            raise PreviewError(f"{relative} is not a regular file or folder")
        if ".git" in relative.parts or any(part in ("", ".", "..") for part in relative.parts):
            raise PreviewError(f"{relative} is not a name a site file may have")
        if stat.S_ISREG(info.st_mode):
            files.append(relative)
            total += info.st_size
    if Path("index.html") not in files:
        raise PreviewError("the artifact has no index.html at its top: it is not a built site")
    if len(files) > MAX_FILES or total > MAX_BYTES:
        raise PreviewError(f"the artifact holds {len(files)} files, {total // 2**20} MB: more than a preview may take "
                           f"({MAX_FILES} files, {MAX_BYTES // 2**20} MB)")
    return files


# --- the Pages branch ---------------------------------------------------------------------------------


def preview_folder(number: int) -> str:
    return f"{PREVIEWS}/pr-{number}"


def preview_url(site_url: str, number: int) -> str:
    return f"{site_url.rstrip('/')}/{preview_folder(number)}/"


class PagesBranch:
    """Commits to the Pages branch with git plumbing (a private index; the checkout is not touched), each on top of
    the remote's newest state, and pushes them."""

    def __init__(self, root: Path, remote: str = "origin", branch: str = "gh-pages"):
        self.root, self.remote, self.branch = Path(root), remote, branch
        self.tracking = f"refs/remotes/{remote}/{branch}"

    def git(self, *args: str, input: str | None = None, env: dict | None = None, check: bool = True) -> str:
        result = subprocess.run(["git", *args], cwd=self.root, input=input, text=True, capture_output=True,
                                env={**os.environ, **(env or {})})
        if check and result.returncode != 0:
            raise PreviewError(f"git {' '.join(args[:2])}: {result.stderr.strip()}")
        return result.stdout

    def fetch(self) -> str:
        found = subprocess.run(["git", *_auth(), "ls-remote", "--exit-code", "--heads", self.remote, self.branch],
                               cwd=self.root, capture_output=True, text=True)
        if found.returncode != 0:
            raise PreviewError(f"{self.remote} has no {self.branch} branch yet: the first deployment creates it")
        self.git(*_auth(), "fetch", "--no-tags", "--depth=1", self.remote, f"+refs/heads/{self.branch}:{self.tracking}")
        return self.git("rev-parse", self.tracking).strip()

    def folders(self, head: str) -> list[str]:
        listed = self.git("ls-tree", "-d", "--name-only", f"{head}:{PREVIEWS}", check=False)
        return sorted(name for name in listed.splitlines() if name)

    def commit(self, head: str, message: str, replace: str, files: Path | None, names: list[Path] = ()) -> str | None:
        """A commit on ``head`` whose ``replace`` folder holds exactly ``files`` (or nothing); None when that is
        already so. Refuses a tree that differs from ``head`` anywhere outside preview/."""
        with tempfile.TemporaryDirectory() as scratch:
            index = {"GIT_INDEX_FILE": str(Path(scratch) / "index")}
            self.git("read-tree", head, env=index)
            self.git("rm", "-r", "-q", "--cached", "--ignore-unmatch", "--", replace, env=index)
            if files is not None:
                paths = [str(Path(files) / name) for name in names]
                blobs = self.git("hash-object", "-w", "--no-filters", "--stdin-paths", input="\n".join(paths) + "\n").split()
                entries = "".join(f"100644 {blob}\t{replace}/{name.as_posix()}\n" for blob, name in zip(blobs, names))
                self.git("update-index", "--add", "--index-info", input=entries, env=index)
            tree = self.git("write-tree", env=index).strip()
        if tree == self.git("rev-parse", f"{head}^{{tree}}").strip():
            return None
        self._outside_previews_unchanged(head, tree)
        identity = {f"GIT_{who}_{field}": os.environ.get(f"GIT_COMMITTER_{field}") or default
                    for who in ("AUTHOR", "COMMITTER")
                    for field, default in (("NAME", "github-actions[bot]"),
                                           ("EMAIL", "41898282+github-actions[bot]@users.noreply.github.com"))}
        return self.git("commit-tree", tree, "-p", head, "-m", message, env=identity).strip()

    def _outside_previews_unchanged(self, head: str, tree: str) -> None:
        def entries(treeish: str) -> dict[str, str]:
            return {line.split("\t", 1)[1]: line.split("\t", 1)[0]
                    for line in self.git("ls-tree", treeish).splitlines() if line}
        before, after = entries(head), entries(tree)
        before.pop(PREVIEWS, None)
        after.pop(PREVIEWS, None)
        if before != after:
            changed = sorted({name for name in {*before, *after} if before.get(name) != after.get(name)})
            raise PreviewError(f"refused: the commit would change the branch outside preview/ ({', '.join(changed)})")

    def push(self, commit: str, head: str) -> None:
        """Only onto the state it was made on: a concurrent push is not overwritten (the run then fails)."""
        self.git(*_auth(), "push", f"--force-with-lease=refs/heads/{self.branch}:{head}", self.remote,
                 f"{commit}:refs/heads/{self.branch}")


# --- what the workflow runs ---------------------------------------------------------------------------


def publish(github, pages: PagesBranch, site: Path, head_owner: str, head_branch: str, head_sha: str,
            site_url: str) -> list[int]:
    """Publish the site built from ``head_sha`` for each open pull request whose head it is; link it from them."""
    names = check_site(site)
    pulls = [pull for pull in github.open_pulls_with_head(head_owner, head_branch) if pull.head_sha == head_sha]
    if not pulls:
        print(f"preview: no open pull request has {head_sha[:12]} as its head any more; nothing published")
        return []
    for pull in pulls:
        head = pages.fetch()
        commit = pages.commit(head, f"Preview of pull request #{pull.number} at {head_sha[:12]}",
                              preview_folder(pull.number), site, names)
        if commit is not None:
            pages.push(commit, head)
        url = preview_url(site_url, pull.number)
        _say(github, pull.number, PUBLISHED.format(marker=MARKER, url=url, sha=head_sha[:12]))
        print(f"preview: #{pull.number} at {url}")
    return [pull.number for pull in pulls]


def sweep(github, pages: PagesBranch) -> list[int]:
    """Remove the preview of every pull request that is closed."""
    head = pages.fetch()
    removed = []
    for folder in pages.folders(head):
        match = _PREVIEW_FOLDER.match(folder)
        if match is None:
            continue
        number = int(match.group(1))
        if github.pull(number).state == "open":
            continue
        commit = pages.commit(head, f"Remove the preview of closed pull request #{number}", preview_folder(number), None)
        if commit is not None:
            pages.push(commit, head)
            head = commit
        _say(github, number, REMOVED.format(marker=MARKER))
        removed.append(number)
        print(f"preview: #{number} closed, its preview removed")
    return removed


def _say(github, number: int, body: str) -> None:
    """One comment per pull request, edited each time rather than added again."""
    mine = next((c for c in github.comments(number) if MARKER in (c.get("body") or "")), None)
    if mine is None:
        github.comment(number, body)
    elif mine["body"] != body:
        github.edit_comment(mine["id"], body)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m curriculum.publishing.preview", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="a clone of the repository (default: here)")
    parser.add_argument("--remote", default="origin")
    parser.add_argument("--branch", default="gh-pages")
    steps = parser.add_subparsers(dest="step", required=True)
    step = steps.add_parser("publish", help="publish the site a pull request's run built, and link it")
    step.add_argument("--site", type=Path, required=True, help="the downloaded artifact: the built site")
    step.add_argument("--head-owner", required=True)
    step.add_argument("--head-branch", required=True)
    step.add_argument("--head-sha", required=True)
    steps.add_parser("sweep", help="remove the previews of closed pull requests")
    options = parser.parse_args(argv)
    environment = {name: os.environ.get(name, "") for name in ("GITHUB_REPOSITORY", "GITHUB_TOKEN", "SITE_URL")}
    missing = [name for name, value in environment.items() if not value and (name != "SITE_URL" or options.step == "publish")]
    if missing:
        print(f"preview: set {', '.join(missing)}", file=sys.stderr)
        return 2
    github = GitHub(environment["GITHUB_REPOSITORY"], environment["GITHUB_TOKEN"],
                    os.environ.get("GITHUB_API_URL") or "https://api.github.com")
    pages = PagesBranch(options.root, options.remote, options.branch)
    try:
        if options.step == "publish":
            publish(github, pages, options.site, options.head_owner, options.head_branch, options.head_sha,
                    environment["SITE_URL"])
        else:
            sweep(github, pages)
    except PreviewError as error:
        print(f"preview: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
