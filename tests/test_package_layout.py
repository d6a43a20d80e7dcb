"""The core package's layout: each module sits in the subpackage of its concern, imports point only down the
layers, and nothing in the core knows MkDocs (the hooks in hooks/ are the only adapters)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "curriculum"
# Lowest first: a module may import from its own layer and the layers before it, never from a later one.
LAYERS = ("languages", "model", "language", "legal", "glossary", "search", "checks", "site", "documents", "publishing",
          "cli")
ENGINES = ("mkdocs", "material", "mkdocs_static_i18n", "mike", "properdocs")


def _modules() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py") if path.name != "__main__.py")


def _layer(module: Path) -> str:
    parts = module.relative_to(PACKAGE).with_suffix("").parts
    return parts[0] if parts[0] != "__init__" else "languages"


def _imports(module: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.append((node.lineno, node.module))
    return found


def test_every_module_lives_in_a_subpackage_of_its_concern():
    top_level = sorted(path.name for path in PACKAGE.glob("*.py"))
    assert top_level == ["__init__.py", "__main__.py", "languages.py"]
    subpackages = sorted(path.name for path in PACKAGE.iterdir() if path.is_dir() and path.name != "__pycache__")
    assert subpackages == sorted(LAYERS[1:])
    for name in subpackages:
        docstring = ast.get_docstring(ast.parse((PACKAGE / name / "__init__.py").read_text(encoding="utf-8")))
        assert docstring and "\n" not in docstring.strip(), f"curriculum/{name}/__init__.py needs a one-line docstring"


def test_imports_point_only_down_the_layers():
    wrong = []
    for module in _modules():
        layer = _layer(module)
        for line, name in _imports(module):
            parts = name.split(".")
            if parts[0] != "curriculum" or len(parts) < 2:
                continue
            target = parts[1]
            if LAYERS.index(target) > LAYERS.index(layer):
                wrong.append(f"{module.relative_to(ROOT)}:{line}: {layer} imports {name}")
    assert wrong == []


def test_the_core_knows_no_site_engine():
    wrong = [f"{module.relative_to(ROOT)}:{line}: imports {name}" for module in _modules()
             for line, name in _imports(module) if name.split(".")[0] in ENGINES]
    assert wrong == []


@pytest.mark.parametrize("layer", LAYERS[1:])
def test_each_package_has_its_tests_beside_its_name(layer):
    assert sorted((ROOT / "tests" / layer).glob("test_*.py")), f"tests/{layer}/ holds the tests of curriculum/{layer}/"


def test_no_two_test_files_share_a_name():
    """pytest imports test files by their name (the folders are not packages): a second test_x.py elsewhere
    stops the whole run at collection."""
    names = [path.name for path in (ROOT / "tests").rglob("test_*.py")]
    assert sorted({name for name in names if names.count(name) > 1}) == []


def test_the_layering_check_catches_an_upward_import(tmp_path, monkeypatch):
    """Mutation check: a data-model module importing rendering must be reported."""
    fake = tmp_path / "curriculum"
    (fake / "model").mkdir(parents=True)
    (fake / "model" / "bad.py").write_text("from curriculum.site.render import Links\n", encoding="utf-8")
    monkeypatch.setattr(__import__(__name__), "PACKAGE", fake)
    monkeypatch.setattr(__import__(__name__), "ROOT", tmp_path)
    with pytest.raises(AssertionError, match="model imports curriculum.site.render"):
        test_imports_point_only_down_the_layers()
