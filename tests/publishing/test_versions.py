"""Yearly versions as plain functions: names, what a deployment changes, the notice, URLs across versions."""

from __future__ import annotations

import base64
import subprocess
import sys

import pytest
import yaml

from conftest import ROOT
from curriculum.publishing import publish
from curriculum.publishing.versions import (CURRENT_PATTERNS, Deployed, VersionError, check_version, material_version_config,
                                 notice_for, page_in_version, plan_deploy, read_versions_json, resolve_alias,
                                 root_404_source, same_page_in_version, shows_notice, site_default,
                                 split_versioned_path, version_for_ref, version_root, with_trailing_slash)

LABELS = yaml.safe_load((ROOT / "data" / "labels.yml").read_text(encoding="utf-8"))


# --- names ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["2025", "2026", "2099", "2000", "dev"])
def test_intake_years_and_dev_are_versions(name):
    assert check_version(name) == name


@pytest.mark.parametrize("name", ["latest", "25", "1999", "2100", "2025a", "v2025", " 2025", "2025/", "", "Dev"])
def test_anything_else_is_refused_with_what_is_allowed(name):
    with pytest.raises(VersionError) as error:
        check_version(name)
    assert str(error.value) == (f"{name!r} is not a version of this site — a version is an intake year of four "
                                "digits from 2000 to 2099 (e.g. 2025) or dev")


@pytest.mark.parametrize("ref, version", [
    ("refs/heads/main", "dev"),
    ("refs/tags/v2025", "2025"),
    ("refs/tags/v2025.1", "2025"),
    ("refs/tags/v2026.12", "2026"),
])
def test_a_ref_names_its_version(ref, version):
    assert version_for_ref(ref) == version


def test_the_default_branch_can_have_another_name():
    assert version_for_ref("refs/heads/trunk", default_branch="trunk") == "dev"


@pytest.mark.parametrize("ref, message", [
    ("refs/tags/2025", "tag '2025' is not a release tag — release tags are v<year> (v2025) or v<year>.<fix> (v2025.1)"),
    ("refs/tags/v2025.0", "tag 'v2025.0' is not a release tag"),
    ("refs/tags/v2025-rc", "tag 'v2025-rc' is not a release tag"),
    ("refs/heads/feature", "'refs/heads/feature' publishes no version — only refs/heads/main (as dev)"),
    ("refs/pull/7/merge", "'refs/pull/7/merge' publishes no version"),
])
def test_other_refs_publish_nothing(ref, message):
    with pytest.raises(VersionError) as error:
        version_for_ref(ref)
    assert str(error.value).startswith(message)


# --- what a deployment changes --------------------------------------------------------------------


def _deployed(*entries):
    return [Deployed(version, version, tuple(aliases)) for version, aliases in entries]


def test_the_first_year_becomes_latest_and_the_sites_default():
    plan = plan_deploy("2025", [])
    assert (plan.aliases, plan.default) == (("latest",), "latest")
    assert plan.mike_deploy_args() == ["deploy", "--update-aliases", "--title", "2025", "2025", "latest"]


def test_a_newer_year_moves_latest():
    plan = plan_deploy("2026", _deployed(("2025", ["latest"]), ("dev", [])))
    assert (plan.aliases, plan.default) == (("latest",), "latest")


def test_the_newest_year_again_keeps_latest():
    plan = plan_deploy("2026", _deployed(("2026", ["latest"]), ("2025", [])))
    assert plan.aliases == ("latest",)


def test_a_fix_to_an_older_year_leaves_latest_and_the_default_alone():
    plan = plan_deploy("2025", _deployed(("2026", ["latest"]), ("2025", [])))
    assert (plan.aliases, plan.default) == ((), None)
    assert plan.mike_deploy_args() == ["deploy", "--title", "2025", "2025"]
    assert plan.reason == "2025 is older than 2026: it is updated in place and latest stays on 2026"


def test_dev_never_takes_latest():
    plan = plan_deploy("dev", _deployed(("2026", ["latest"])))
    assert (plan.aliases, plan.default) == ((), None)
    assert plan.mike_deploy_args() == ["deploy", "--title", "dev", "dev"]


def test_dev_is_the_default_only_while_no_year_is_published():
    assert plan_deploy("dev", []).default == "dev"
    assert plan_deploy("2025", _deployed(("dev", []))).default == "latest"


def test_plan_refuses_a_bad_name():
    with pytest.raises(VersionError):
        plan_deploy("latest", [])


def test_versions_json_as_mike_writes_it():
    text = '[{"version": "2026", "title": "2026", "aliases": ["latest"]}, {"version": "2025", "title": "2025", "aliases": []}]'
    assert read_versions_json(text) == [Deployed("2026", "2026", ("latest",)), Deployed("2025", "2025", ())]
    assert read_versions_json("") == []


# --- the root 404 page ----------------------------------------------------------------------------


def test_an_alias_resolves_to_its_versions_own_folder():
    deployed = _deployed(("dev", []), ("2026", ["latest"]), ("2025", []))
    assert resolve_alias("latest", deployed) == "2026"
    assert resolve_alias("2025", deployed) == "2025"
    assert resolve_alias("2024", deployed) is None


def test_the_root_404_page_is_the_site_defaults():
    assert root_404_source(_deployed(("dev", []), ("2026", ["latest"]), ("2025", []))) == "2026/404.html"
    assert site_default(_deployed(("2026", []), ("2025", ["latest"]))) == "2025"  # wherever latest is
    assert root_404_source(_deployed(("dev", []))) == "dev/404.html"  # no intake year yet: the root leads to dev
    assert root_404_source([]) is None


# --- the version notice: an older programme, or the draft -----------------------------------------


@pytest.mark.parametrize("version, aliases, shown", [
    ("2026", ["latest"], False),
    ("2025", [], True),
    ("dev", [], True),  # the draft notice
    ("2024", ["latest-but-not-really"], True),  # the patterns are anchored
])
def test_the_notice_shows_on_every_version_but_latest(version, aliases, shown):
    assert shows_notice(version, aliases) is shown


def test_material_applies_the_same_rule():
    assert material_version_config() == {"provider": "mike", "default": list(CURRENT_PATTERNS), "alias": True}


@pytest.mark.parametrize("lang, text, link", [
    ("kk", "Бұл — 2025 жылы оқуға қабылданған студенттердің бағдарламасы", "Осы бетті жаңа бағдарламадан ашу"),
    ("ru", "Это программа для студентов, поступивших в 2025 году", "Открыть эту страницу в новой программе"),
    ("en", "This is the programme for students admitted in 2025", "Open this page in the newer programme"),
])
def test_the_notice_speaks_the_pages_language_and_links_the_same_page_in_latest(lang, text, link):
    notice = notice_for("2025", lang, "ru/courses/pro1201/", LABELS)
    assert notice.text.startswith(text)
    assert notice.link == link
    assert notice.href == "../../../../latest/ru/courses/pro1201/"


@pytest.mark.parametrize("lang, text, link", [
    ("kk", "Бұл — бағдарламаның әзірленіп жатқан жобасы: ол әлі бекітілмеген және өзгеруі мүмкін.",
     "Осы бетті қолданыстағы бағдарламада ашу"),
    ("ru", "Это проект программы в разработке: он ещё не утверждён и может измениться.",
     "Открыть эту страницу в действующей программе"),
    ("en", "This is a draft of the programme under development: it is not yet approved and may change.",
     "Open this page in the current programme"),
])
def test_dev_says_in_the_pages_language_that_it_is_a_draft_and_links_the_current_programme(lang, text, link):
    notice = notice_for("dev", lang, "en/glossary/", LABELS)
    assert (notice.text, notice.link, notice.href) == (text, link, "../../../latest/en/glossary/")
    assert notice_for("dev", lang, "", LABELS).href == "../latest/"


def test_no_notice_outside_a_versioned_build_or_on_the_404_page():
    assert notice_for(None, "kk", "courses/", LABELS) is None
    assert notice_for("2025", "kk", "404.html", LABELS) is None
    assert notice_for("dev", "kk", "404.html", LABELS) is None


def test_the_notice_on_a_home_page():
    assert notice_for("2025", "kk", "", LABELS).href == "../latest/"
    assert notice_for("2025", "en", "en/", LABELS).href == "../../latest/en/"


def test_every_language_has_the_notices_words():
    for key in ("notice", "open_latest", "draft", "open_current"):
        assert set(LABELS["version"][key]) == {"kk", "ru", "en"}
    assert all("{year}" in text for text in LABELS["version"]["notice"].values())


# --- URLs across versions -------------------------------------------------------------------------


@pytest.mark.parametrize("url, expected", [
    ("https://owner.github.io/curriculum/2026", "https://owner.github.io/curriculum/2026/"),
    ("https://owner.github.io/curriculum/2026/", "https://owner.github.io/curriculum/2026/"),
    ("", ""),
    (None, None),
])
def test_site_url_ends_with_a_slash(url, expected):
    assert with_trailing_slash(url) == expected


@pytest.mark.parametrize("page_url, root", [("", "./"), ("ru/", "../"), ("courses/x/", "../../"),
                                            ("ru/courses/x/", "../../../")])
def test_version_root_from_a_page(page_url, root):
    assert version_root(page_url) == root


def test_the_same_page_in_another_version():
    assert page_in_version("ru/courses/x/", "latest") == "../../../../latest/ru/courses/x/"
    assert page_in_version("", "2026") == "../2026/"


def test_an_address_split_into_version_and_page():
    assert split_versioned_path("/curriculum/2025/ru/courses/x/", "/curriculum/") == ("2025", "ru/courses/x/")
    assert split_versioned_path("/curriculum/latest/", "/curriculum") == ("latest", "")
    assert same_page_in_version("/curriculum/2025/en/glossary/", "/curriculum/", "2026") == "/curriculum/2026/en/glossary/"
    with pytest.raises(ValueError):
        split_versioned_path("/other/2025/", "/curriculum/")
    with pytest.raises(ValueError):
        split_versioned_path("/curriculum/", "/curriculum/")


# --- the publishing command -----------------------------------------------------------------------


def test_the_token_goes_to_git_as_a_header_only_when_set(monkeypatch):
    monkeypatch.delenv("GITHUB_TOKEN", raising=False)
    assert publish._auth() == []
    monkeypatch.setenv("GITHUB_TOKEN", "secret")
    monkeypatch.setenv("GITHUB_SERVER_URL", "https://github.com")
    option, value = publish._auth()
    encoded = base64.b64encode(b"x-access-token:secret").decode()
    assert (option, value) == ("-c", f"http.https://github.com/.extraheader=AUTHORIZATION: basic {encoded}")


@pytest.mark.parametrize("args, message", [
    (["deploy", "--version", "latest"], "publish: 'latest' is not a version of this site"),
    (["deploy", "--ref", "refs/tags/2026"], "publish: tag '2026' is not a release tag"),
])
def test_the_command_refuses_bad_versions_before_touching_anything(tmp_path, args, message):
    result = subprocess.run([sys.executable, "-m", "curriculum.publishing.publish", "--root", str(tmp_path), *args],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.startswith(message)


def test_the_command_needs_site_url(tmp_path, monkeypatch):
    monkeypatch.delenv("SITE_URL", raising=False)
    assert publish.main(["--root", str(tmp_path), "deploy", "--version", "2026"]) == 2


def _pages_branch(tmp_path, monkeypatch):
    """A repository on main with uncommitted work, and a gh-pages as mike leaves it: 2025, 2026 and a
    latest symlink, no root 404.html."""
    for name, value in {"GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1",
                        "GIT_COMMITTER_NAME": "Publisher", "GIT_COMMITTER_EMAIL": "publisher@example.invalid",
                        "GIT_AUTHOR_NAME": "Author", "GIT_AUTHOR_EMAIL": "author@example.invalid"}.items():
        monkeypatch.setenv(name, value)

    work, pages = tmp_path / "work", tmp_path / "pages"
    work.mkdir()

    def git(*args, cwd=work):
        return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()
    git("init", "-q", "-b", "main")
    (work / "notes.md").write_text("committed\n", encoding="utf-8")
    git("add", "notes.md")
    git("commit", "-q", "-m", "main")
    (work / "notes.md").write_text("work in progress\n", encoding="utf-8")
    git("init", "-q", "-b", "gh-pages", str(pages))
    for version in ("2025", "2026"):
        (pages / version).mkdir()
        (pages / version / "404.html").write_text(f"<h1>404 of {version}</h1>\n", encoding="utf-8")
    (pages / "latest").symlink_to("2026")
    (pages / "versions.json").write_text('[{"version": "2026", "title": "2026", "aliases": ["latest"]}, '
                                         '{"version": "2025", "title": "2025", "aliases": []}]', encoding="utf-8")
    git("add", ".", cwd=pages)
    git("commit", "-q", "-m", "mike", cwd=pages)
    git("fetch", "-q", str(pages), "gh-pages:gh-pages")
    # From here on only a committer, as the publish workflow sets it for mike.
    monkeypatch.delenv("GIT_AUTHOR_NAME")
    monkeypatch.delenv("GIT_AUTHOR_EMAIL")
    return work, git


def test_the_root_404_page_is_committed_on_gh_pages_alone(tmp_path, monkeypatch):
    work, git = _pages_branch(tmp_path, monkeypatch)
    before = git("rev-parse", "gh-pages")
    status = git("status", "--porcelain")
    assert publish._commit_root_404(work, "gh-pages") == 0
    assert git("rev-parse", "gh-pages:404.html") == git("rev-parse", "gh-pages:2026/404.html")
    assert git("rev-parse", "gh-pages^") == before
    assert git("ls-tree", "--name-only", "gh-pages") == "2025\n2026\n404.html\nlatest\nversions.json"
    assert git("ls-tree", "gh-pages", "latest").startswith("120000 blob")  # mike's symlink kept as it was
    assert git("log", "-1", "--format=%an <%ae>", "gh-pages") == "Publisher <publisher@example.invalid>"
    # The user's branch, index and working tree are as they were.
    assert git("symbolic-ref", "HEAD") == "refs/heads/main"
    assert git("status", "--porcelain") == status == "M notes.md"
    # Nothing to change, nothing committed.
    after = git("rev-parse", "gh-pages")
    assert publish._commit_root_404(work, "gh-pages") == 0
    assert git("rev-parse", "gh-pages") == after


def test_without_the_default_versions_404_page_nothing_is_committed(tmp_path, monkeypatch, capsys):
    work, git = _pages_branch(tmp_path, monkeypatch)
    # A versions.json that names a version whose folder is not there.
    blob = subprocess.run(["git", "hash-object", "-w", "--stdin"], cwd=work, capture_output=True, text=True,
                          check=True, input='[{"version": "2027", "title": "2027", "aliases": ["latest"]}]').stdout
    tree = subprocess.run(["git", "mktree"], cwd=work, input=f"100644 blob {blob.strip()}\tversions.json\n",
                          capture_output=True, text=True, check=True).stdout.strip()
    git("branch", "-f", "gh-pages", git("-c", "user.name=Test", "-c", "user.email=test@example.invalid",
                                        "commit-tree", tree, "-p", "gh-pages", "-m", "2027 only"))
    before = git("rev-parse", "gh-pages")
    assert publish._commit_root_404(work, "gh-pages") == 1
    assert "gh-pages has no 2027/404.html" in capsys.readouterr().err
    assert git("rev-parse", "gh-pages") == before


# --- the hook, outside mike -----------------------------------------------------------------------


@pytest.mark.build
def test_a_build_outside_mike_has_no_version_selector_and_no_notice(built_site):
    for page in ("index.html", "ru/courses/index.html", "en/programme/structure/index.html"):
        html = (built_site / page).read_text(encoding="utf-8")
        assert '"version": null' in html, page
        assert 'data-md-component="outdated"' not in html, page
