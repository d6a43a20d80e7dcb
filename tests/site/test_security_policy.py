"""The Content Security Policy of every page: computed from the page as built, it allows the site's own files and
the exact inline scripts the page was built with, and nothing from any other origin."""

from __future__ import annotations

import base64
import hashlib
import re

import pytest

from curriculum.site.policy import apply_to_folder, blocked_inline_attributes, inline_code, policy_for, with_policy

PAGE = """<!doctype html>
<html lang="kk">
  <head>
  <meta charset="utf-8">
  <script>var a = "ә";</script>
  <script id="__config" type="application/json">{"base": ".."}</script>
  <script src="assets/search.js"></script>
  <script type="module">import("./x.js")</script>
  <style>.x{color:red}</style>
  </head>
  <body><p>text</p></body>
</html>
"""


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def directives(policy: str) -> dict[str, list[str]]:
    return {name: values for name, *values in (part.split() for part in policy.split("; "))}


def test_the_policy_hashes_exactly_the_inline_code_the_browser_would_run():
    inline = inline_code(PAGE)
    assert inline.scripts == ('var a = "ә";', 'import("./x.js")')  # JSON data and a file are not inline script
    policy = directives(policy_for(PAGE))
    assert policy["script-src"] == ["'self'", "'wasm-unsafe-eval'", *sorted([sha256('var a = "ә";'),
                                                                             sha256('import("./x.js")')])]
    assert policy["style-src"] == ["'self'", sha256(".x{color:red}")]
    assert policy["default-src"] == ["'none'"] and policy["img-src"] == ["'self'", "data:"]
    assert "'unsafe-inline'" not in policy_for(PAGE) and "'unsafe-eval'" not in policy_for(PAGE)


def test_the_policy_comes_first_in_the_head_once_and_follows_later_changes():
    page = with_policy(PAGE)
    head = page[page.index("<head>"):]
    assert head.index('http-equiv="Content-Security-Policy"') < head.index("<script")
    assert head.index("<meta charset") < head.index('http-equiv="Content-Security-Policy"')
    assert with_policy(page) == page
    changed = with_policy(page.replace('var a = "ә";', "var a = 2;"))
    assert changed.count("Content-Security-Policy") == 1 and sha256("var a = 2;") in changed
    assert sha256('var a = "ә";') not in changed
    assert with_policy('{"not": "a page"}') == '{"not": "a page"}'


def test_a_folder_of_pages_gets_its_policies(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.html").write_text(with_policy(PAGE), encoding="utf-8")
    assert apply_to_folder(tmp_path) == 1
    assert (tmp_path / "a" / "index.html").read_text(encoding="utf-8") == with_policy(PAGE)


def test_inline_attributes_the_policy_would_refuse_are_found():
    assert blocked_inline_attributes('<p onclick="x()">a</p><span style="color:red">b</span><p class="x">c</p>') == [
        'onclick= in <p onclick="x()">', 'style= in <span style="color:red">']
    assert blocked_inline_attributes('<script>if (a) b.innerHTML = "<p onclick=x>";</script>') == []


@pytest.mark.build
def test_every_built_page_carries_its_own_policy_and_allows_no_other_origin(built_site):
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 200
    for path in pages:
        html = path.read_text(encoding="utf-8")
        metas = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)
        assert len(metas) == 1, path
        assert html.index("Content-Security-Policy") < html.index("<script"), path
        policy = directives(metas[0])
        assert policy["script-src"][:2] == ["'self'", "'wasm-unsafe-eval'"], path
        assert sorted(policy["script-src"][2:]) == sorted({sha256(s) for s in inline_code(html).scripts}), path
        assert not re.search(r"https?:|\*|'unsafe-inline'|'unsafe-eval'", metas[0]), path
        assert blocked_inline_attributes(html) == [], path
