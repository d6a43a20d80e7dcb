"""Yearly versions of the site: one per intake year, published with mike to the gh-pages branch.

A student admitted in 2025 studies the 2025 plan until graduation, so every intake year stays
published at /<year>/; the alias ``latest`` follows the newest year and the site root redirects to it;
the default branch is published as ``dev``. Everything here is plain data and strings: the MkDocs
hook (hooks/versions.py) and the publishing command (curriculum/publishing/publish.py) only call it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

DEV = "dev"
LATEST = "latest"
ALLOWED = "an intake year of four digits from 2000 to 2099 (e.g. 2025) or dev"
# The version notice stays hidden on these; Material's script tests each pattern as a regular expression
# against the version's name and aliases, so they are anchored. dev is not among them: its readers are
# told that it is a draft (notice_for), and Material shows that notice as it shows an older year's.
CURRENT_PATTERNS = (f"^{LATEST}$",)

_YEAR = re.compile(r"(20\d\d)")
# Release tags: v2025 for an intake year's first publication, v2025.1, v2025.2 … for later fixes.
_RELEASE_TAG = re.compile(r"v(20\d\d)(?:\.[1-9]\d*)?")


class VersionError(ValueError):
    """A name that is not a version of this site; the message says what is allowed."""


# --- names -----------------------------------------------------------------------------------------


def is_year(name: str) -> bool:
    return _YEAR.fullmatch(name) is not None


def check_version(name: str) -> str:
    """The name itself when it is a version of this site (an intake year or dev)."""
    if name == DEV or is_year(name):
        return name
    raise VersionError(f"{name!r} is not a version of this site — a version is {ALLOWED}")


def built_version(environment: Mapping[str, str]) -> str:
    """The version a build makes: the one mike names in MIKE_DOCS_VERSION, or dev outside mike."""
    return check_version(environment.get("MIKE_DOCS_VERSION") or DEV)


def version_for_ref(ref: str, default_branch: str = "main") -> str:
    """The version a git ref publishes: the default branch → dev, tag v2025 or v2025.3 → 2025."""
    if ref == f"refs/heads/{default_branch}":
        return DEV
    if ref.startswith("refs/tags/"):
        tag = ref[len("refs/tags/"):]
        match = _RELEASE_TAG.fullmatch(tag)
        if match:
            return match.group(1)
        raise VersionError(f"tag {tag!r} is not a release tag — release tags are v<year> (v2025) "
                           f"or v<year>.<fix> (v2025.1)")
    raise VersionError(f"{ref!r} publishes no version — only refs/heads/{default_branch} (as {DEV}) "
                       f"and release tags v<year> or v<year>.<fix>")


# --- what is deployed, and what a deployment changes ----------------------------------------------


@dataclass(frozen=True)
class Deployed:
    version: str
    title: str
    aliases: tuple[str, ...] = ()


def read_versions_json(text: str) -> list[Deployed]:
    """mike's versions.json (the file at the root of gh-pages), newest first as mike writes it."""
    return [Deployed(str(entry["version"]), str(entry.get("title", entry["version"])),
                     tuple(entry.get("aliases", ())))
            for entry in json.loads(text or "[]")]


@dataclass(frozen=True)
class DeployPlan:
    version: str
    aliases: tuple[str, ...]
    # The version or alias the site root redirects to after this deployment; None leaves it as it is.
    default: str | None
    reason: str

    def mike_deploy_args(self) -> list[str]:
        update = ["--update-aliases"] if self.aliases else []
        return ["deploy", *update, "--title", self.version, self.version, *self.aliases]


def plan_deploy(version: str, deployed: Iterable[Deployed]) -> DeployPlan:
    """What publishing ``version`` does to the versions already on gh-pages.

    A year at least as new as every published year becomes ``latest`` and the site root's target;
    an older year (a fix to a programme students still follow) is replaced in place and leaves
    ``latest`` alone; dev never moves ``latest`` and is the root's target only while no year exists.
    """
    version = check_version(version)
    deployed = list(deployed)
    years = sorted(int(d.version) for d in deployed if is_year(d.version))
    if version == DEV:
        if any(LATEST in d.aliases for d in deployed):
            return DeployPlan(DEV, (), None, "dev is the default branch's draft; latest stays where it is")
        return DeployPlan(DEV, (), DEV, "no intake year is published yet, so the site root leads to dev")
    if not years or int(version) >= years[-1]:
        return DeployPlan(version, (LATEST,), LATEST, f"{version} is the newest intake year, so latest moves to it")
    return DeployPlan(version, (), None,
                      f"{version} is older than {years[-1]}: it is updated in place and latest stays on {years[-1]}")


def resolve_alias(name: str, deployed: Iterable[Deployed]) -> str | None:
    """The version folder a version name or an alias stands for on gh-pages, or None when none does.
    Files are read from that folder: mike's alias folders may hold redirect pages or a symlink, not copies."""
    for entry in deployed:
        if name == entry.version or name in entry.aliases:
            return entry.version
    return None


def site_default(deployed: Iterable[Deployed]) -> str | None:
    """The version folder the site root leads to, by plan_deploy's rule: the one ``latest`` names, or
    dev while no intake year is published; None on an empty branch."""
    deployed = list(deployed)
    return resolve_alias(LATEST, deployed) or resolve_alias(DEV, deployed)


def root_404_source(deployed: Iterable[Deployed]) -> str | None:
    """The page GitHub Pages should serve for any missing address (the branch root's 404.html): the site
    default's own 404 page. mike writes versions only in sub-folders, so without a copy at the root a
    wrong address shows GitHub's generic page. Material builds the 404 page with absolute URLs from
    site_url (/<repo>/<version>/assets/…), so the copy works from any address."""
    version = site_default(deployed)
    return f"{version}/404.html" if version else None


# --- the version notice: an older programme, or the draft -----------------------------------------


def shows_notice(version: str, aliases: Iterable[str] = ()) -> bool:
    """Whether a reader of ``version`` sees the version notice: on an older year, that a newer programme
    exists; on dev, that it is a draft.

    The same rule Material's script applies at run time with ``material_version_config()['default']``:
    a version is current when its name or one of its aliases matches a pattern. A year page cannot know
    at build time whether a newer year will follow, so the notice is in every year's pages and hidden;
    the script shows it once versions.json says ``latest`` has moved on (on dev, always)."""
    names = [*aliases, version]
    return not any(re.search(pattern, name, re.IGNORECASE) for pattern in CURRENT_PATTERNS for name in names)


def material_version_config() -> dict:
    """Material's ``extra.version``: mike's version selector, with the alias shown beside a version."""
    return {"provider": "mike", "default": list(CURRENT_PATTERNS), "alias": True}


@dataclass(frozen=True)
class Notice:
    text: str
    link: str
    href: str

    def as_dict(self) -> dict[str, str]:
        return {"text": self.text, "link": self.link, "href": self.href}


def notice_for(version: str | None, lang: str, page_url: str, labels: Mapping) -> Notice | None:
    """The words and the link of the version notice on one page, or None where none belongs.

    On an intake year: a newer programme exists (shown only once it does); on dev: this is a draft, not
    yet approved. Both link to the same page in ``latest``. None outside a versioned build and on pages
    without a directory URL (the 404 page is served at any address, where a relative link would lead
    nowhere)."""
    if not version or not _is_directory_url(page_url):
        return None
    check_version(version)
    words = labels["version"]
    href = page_in_version(page_url, LATEST)
    if version == DEV:
        return Notice(text=words["draft"][lang], link=words["open_current"][lang], href=href)
    return Notice(text=words["notice"][lang].format(year=version), link=words["open_latest"][lang], href=href)


# --- URLs across versions --------------------------------------------------------------------------


def with_trailing_slash(site_url: str | None) -> str | None:
    """mike sets site_url to <site_url><version> without the final slash; mkdocs-static-i18n then writes
    hreflang URLs such as …/2026kk/glossary/ into the sitemap."""
    if not site_url:
        return site_url
    return site_url if site_url.endswith("/") else site_url + "/"


def version_root(page_url: str) -> str:
    """The relative path from a page (its URL within one version, e.g. ru/courses/x/) to that version's root."""
    depth = page_url.count("/")
    return "../" * depth if depth else "./"


def page_in_version(page_url: str, version: str) -> str:
    """The relative link from a page to the same page in another version (or alias) beside it."""
    return f"{'../' * page_url.count('/')}../{version}/{page_url}"


def split_versioned_path(path: str, base: str) -> tuple[str, str]:
    """'/curriculum/2025/ru/courses/x/' under base '/curriculum/' → ('2025', 'ru/courses/x/')."""
    base = base if base.endswith("/") else base + "/"
    if not path.startswith(base):
        raise ValueError(f"{path!r} is not under the site's base {base!r}")
    version, _, rest = path[len(base):].partition("/")
    if not version:
        raise ValueError(f"{path!r} names no version under {base!r}")
    return version, rest


def same_page_in_version(path: str, base: str, version: str) -> str:
    """The address of the same page (same language) in another version: what the version selector opens."""
    _, rest = split_versioned_path(path, base)
    base = base if base.endswith("/") else base + "/"
    return f"{base}{version}/{rest}"


def _is_directory_url(page_url: str) -> bool:
    return page_url == "" or page_url.endswith("/")
