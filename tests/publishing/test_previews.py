"""Pull requests' previews on the Pages branch (curriculum/publishing/preview.py, run by preview.yml): published at
/preview/pr-<n>/ for the open pull request whose head was built, linked from it once, replaced by the next build,
removed when it closes — and nothing outside preview/ ever changes. A local bare repository plays GitHub's git
server and a local HTTP server its REST API, so the command runs exactly as the workflow runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from curriculum.publishing.preview import PreviewError, check_site

REPOSITORY = "owner/curriculum"
SITE_URL = "https://owner.github.io/curriculum/"
ENVIRONMENT = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid", "GIT_COMMITTER_NAME": "Test",
               "GIT_COMMITTER_EMAIL": "test@example.invalid", "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True,
                          env={**os.environ, **ENVIRONMENT}).stdout.strip()


class FakeGitHub(BaseHTTPRequestHandler):
    """The REST calls preview.py makes, answered from ``pulls`` and ``comments`` (class attributes per test)."""

    pulls: dict[int, dict] = {}
    comments: dict[int, list[dict]] = {}
    requests: list[str] = []

    def _answer(self, status: int, body) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _route(self, method: str) -> None:
        url = urlsplit(self.path)
        assert self.headers["Authorization"] == "Bearer the-token"
        self.requests.append(f"{method} {url.path}")
        prefix = f"/repos/{REPOSITORY}/"
        path = url.path[len(prefix):]
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"null")
        if method == "GET" and path == "pulls":
            owner, branch = parse_qs(url.query)["head"][0].split(":", 1)
            return self._answer(200, [p for p in self.pulls.values() if p["state"] == "open"
                                      and p["head"]["owner"] == owner and p["head"]["ref"] == branch])
        if method == "GET" and path.startswith("pulls/"):
            return self._answer(200, self.pulls[int(path.split("/")[1])])
        if path.startswith("issues/") and path.endswith("/comments"):
            number = int(path.split("/")[1])
            if method == "GET":
                return self._answer(200, self.comments.get(number, []))
            comment = {"id": 1000 + len(self.requests), "body": body["body"]}
            self.comments.setdefault(number, []).append(comment)
            return self._answer(201, comment)
        if method == "PATCH" and path.startswith("issues/comments/"):
            comment_id = int(path.split("/")[2])
            for found in self.comments.values():
                for comment in found:
                    if comment["id"] == comment_id:
                        comment["body"] = body["body"]
            return self._answer(200, {})
        self._answer(404, {"message": "Not Found"})

    def do_GET(self):
        self._route("GET")

    def do_POST(self):
        self._route("POST")

    def do_PATCH(self):
        self._route("PATCH")

    def log_message(self, *args):
        pass


def pull(number: int, state: str, sha: str, owner: str = "contributor", ref: str = "better-syllabus") -> dict:
    return {"number": number, "state": state, "head": {"sha": sha, "ref": ref, "owner": owner}}


@pytest.fixture
def world(tmp_path):
    """origin.git with a published gh-pages (two years, latest, dev, the root pages, an old preview), a clone of the
    default branch as the workflow checks it out, and the fake API."""
    origin, pages, work = tmp_path / "origin.git", tmp_path / "pages", tmp_path / "work"
    git(tmp_path, "init", "-q", "--bare", str(origin))
    git(tmp_path, "init", "-q", "-b", "gh-pages", str(pages))
    for name, text in {"2025/index.html": "2025", "2026/index.html": "2026", "latest/index.html": "latest",
                       "dev/index.html": "dev", "versions.json": "[]", "index.html": "root", "404.html": "404",
                       "preview/pr-3/index.html": "old preview of #3", "preview/pr-7/stale.html": "stale"}.items():
        (pages / name).parent.mkdir(parents=True, exist_ok=True)
        (pages / name).write_text(text, encoding="utf-8")
    git(pages, "add", "-A")
    git(pages, "commit", "-q", "-m", "Published years")
    git(pages, "push", "-q", str(origin), "gh-pages")
    git(tmp_path, "init", "-q", "-b", "main", str(work))
    (work / "README.md").write_text("the default branch\n", encoding="utf-8")
    git(work, "add", "-A")
    git(work, "commit", "-q", "-m", "main")
    git(work, "remote", "add", "origin", str(origin))
    FakeGitHub.pulls = {3: pull(3, "closed", "c" * 40, ref="old"), 7: pull(7, "open", "a" * 40),
                        8: pull(8, "open", "b" * 40, owner="someone-else")}
    FakeGitHub.comments, FakeGitHub.requests = {}, []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeGitHub)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    site = tmp_path / "artifact"
    (site / "ru" / "courses").mkdir(parents=True)
    (site / "index.html").write_text("<h1>Preview</h1>", encoding="utf-8")
    (site / "ru" / "courses" / "index.html").write_text("<h1>Каталог</h1>", encoding="utf-8")
    yield {"origin": origin, "work": work, "site": site, "api": f"http://127.0.0.1:{server.server_address[1]}"}
    server.shutdown()


def run(world, *args: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, **ENVIRONMENT, "GITHUB_REPOSITORY": REPOSITORY, "GITHUB_TOKEN": "the-token",
                   "GITHUB_API_URL": world["api"], "SITE_URL": SITE_URL, "PYTHONPATH": str(Path(__file__).parents[2])}
    return subprocess.run([sys.executable, "-m", "curriculum.publishing.preview", *args], cwd=world["work"],
                          env=environment, capture_output=True, text=True)


def publish(world, sha: str = "a" * 40, owner: str = "contributor", branch: str = "better-syllabus"):
    return run(world, "publish", "--site", str(world["site"]), "--head-owner", owner, "--head-branch", branch,
               "--head-sha", sha)


def branch_files(world) -> dict[str, str]:
    listed = git(world["origin"], "ls-tree", "-r", "--name-only", "gh-pages").splitlines()
    return {name: git(world["origin"], "show", f"gh-pages:{name}") for name in listed}


def outside_previews(world) -> dict[str, str]:
    return {name: text for name, text in branch_files(world).items() if not name.startswith("preview/")}


def test_the_site_a_pull_request_built_is_published_under_its_number_and_linked_once(world):
    published_years = outside_previews(world)
    result = publish(world)
    assert result.returncode == 0, result.stderr
    files = branch_files(world)
    assert {name: text for name, text in files.items() if name.startswith("preview/pr-7/")} == {
        "preview/pr-7/index.html": "<h1>Preview</h1>", "preview/pr-7/ru/courses/index.html": "<h1>Каталог</h1>"}
    assert files["preview/pr-3/index.html"] == "old preview of #3"  # another pull request's preview stays
    assert outside_previews(world) == published_years
    (comment,) = FakeGitHub.comments[7]
    assert f"{SITE_URL}preview/pr-7/" in comment["body"] and "aaaaaaaaaaaa" in comment["body"]

    # The next push to the pull request: its preview is replaced whole, the same comment edited.
    FakeGitHub.pulls[7] = pull(7, "open", "d" * 40)
    (world["site"] / "ru" / "courses" / "index.html").unlink()
    assert publish(world, sha="d" * 40).returncode == 0
    assert sorted(name for name in branch_files(world) if name.startswith("preview/pr-7/")) == ["preview/pr-7/index.html"]
    (comment,) = FakeGitHub.comments[7]
    assert "dddddddddddd" in comment["body"]


def test_a_build_that_is_no_longer_the_pull_requests_head_publishes_nothing(world):
    before = git(world["origin"], "rev-parse", "gh-pages")
    for sha, owner in (("e" * 40, "contributor"), ("b" * 40, "contributor"), ("a" * 40, "someone-else")):
        result = publish(world, sha=sha, owner=owner)
        assert result.returncode == 0 and "nothing published" in result.stdout
    assert git(world["origin"], "rev-parse", "gh-pages") == before
    assert FakeGitHub.comments == {}


def test_closed_pull_requests_lose_their_previews_and_nothing_else_changes(world):
    published_years = outside_previews(world)
    FakeGitHub.comments[3] = [{"id": 5, "body": "<!-- site-preview -->\n**Preview of this pull request:** …"}]
    result = run(world, "sweep")
    assert result.returncode == 0, result.stderr
    files = branch_files(world)
    assert not any(name.startswith("preview/pr-3/") for name in files)
    assert "preview/pr-7/stale.html" in files  # #7 is open
    assert outside_previews(world) == published_years
    assert FakeGitHub.comments[3][0]["body"].endswith("en: The pull request was closed and its preview removed.")
    assert run(world, "sweep").returncode == 0  # nothing left to remove: no commit
    assert git(world["origin"], "log", "--format=%s", "-1", "gh-pages") == "Remove the preview of closed pull request #3"


@pytest.mark.parametrize("damage, message", [
    (lambda site: (site / "index.html").unlink(), "no index.html at its top"),
    (lambda site: (site / "link").symlink_to("/etc/passwd"), "link is not a regular file or folder"),
    (lambda site: (site / ".git").mkdir() or (site / ".git" / "config").write_text("x"), "not a name a site file"),
])
def test_an_artifact_that_is_not_a_built_site_is_refused_before_anything_is_written(world, damage, message):
    before = git(world["origin"], "rev-parse", "gh-pages")
    damage(world["site"])
    with pytest.raises(PreviewError, match=message):
        check_site(world["site"])
    result = publish(world)
    assert result.returncode == 1 and message in result.stderr
    assert git(world["origin"], "rev-parse", "gh-pages") == before
    assert FakeGitHub.requests == []  # refused before asking GitHub anything


def test_the_branch_is_never_changed_outside_preview(world):
    """Mutation check of the guard: a commit that would touch a published year is refused, not pushed."""
    from curriculum.publishing.preview import PagesBranch
    pages = PagesBranch(world["work"])
    head = pages.fetch()
    with pytest.raises(PreviewError, match=r"outside preview/ \(2025\)"):
        pages.commit(head, "would overwrite a year", "2025", world["site"], check_site(world["site"]))
