"""The site engine stays replaceable: ProperDocs (a maintained fork of MkDocs 1.6) builds this site to the
same bytes as MkDocs, but for the generator tag that names the engine. Moving engines is then a one-line change
(requirements and the build command), which matters because MkDocs 1.6 is the last of its line."""

from __future__ import annotations

import re

from conftest import ROOT, build_site

GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def test_properdocs_builds_the_same_site_as_mkdocs(built_site, tmp_path):
    result = build_site(ROOT / "mkdocs.yml", tmp_path / "site", engine="properdocs")
    assert result.returncode == 0, result.stdout + result.stderr
    ours = {path.relative_to(built_site): path for path in built_site.rglob("*") if path.is_file()}
    theirs = {path.relative_to(tmp_path / "site"): path for path in (tmp_path / "site").rglob("*") if path.is_file()}
    assert sorted(theirs) == sorted(ours)
    different = [str(name) for name, path in ours.items()
                 if GENERATOR.sub(b"", path.read_bytes()) != GENERATOR.sub(b"", theirs[name].read_bytes())]
    assert different == []
    generators = {m.group() for m in GENERATOR.finditer((tmp_path / "site" / "index.html").read_bytes())}
    assert any(b"ProperDocs" in tag for tag in generators), "the second build did not run on ProperDocs"
