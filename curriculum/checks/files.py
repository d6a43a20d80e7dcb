"""The files a contributor adds: each of a kind the site reads, where it reads it, saved as UTF-8.

A file the site would ignore (a glossary saved as ``.yaml`` once was, ``data/programme.yaml``, a Word
document among the pages) or read wrongly (Windows-1251, UTF-16, a byte-order mark) is reported at its path
instead of vanishing from the site. Hidden files and editors' backups (``.x.swp``, ``x.md~``) are the editor's,
not the contributor's, and MkDocs leaves them out too.
"""

from __future__ import annotations

import re
from pathlib import Path

from curriculum.languages import LANGUAGES
from curriculum.model.problems import Problem
from curriculum.model.sources import encoding_problems

DATA_FILES = ("programme.yml", "standard.yml", "labels.yml", "legal-acts.yml", "university.yml", "pathway.yml")
# Folder of data/ → the kinds of file it holds; courses/ and glossary/ report other files themselves.
DATA_FOLDERS = {"courses": (".yml", ".yaml"), "glossary": (".yml", ".yaml"), "spelling": (".txt",)}
PAGE = ".md"
# Files that may sit beside the pages of a language and be linked from them.
BESIDE_PAGES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".pdf")
TEXT_KINDS = (".md", ".yml", ".yaml", ".txt", ".svg")
# A folder named like a language (static-i18n would take it for one): de, fr, kk-KZ, zh_Hans.
_LOCALE_LIKE = re.compile(r"^[a-z]{2}(?:[-_][A-Za-z]{2,4})?$")

DATA_ALLOWED = ("data/ holds programme.yml, standard.yml, labels.yml, legal-acts.yml, university.yml, pathway.yml "
                "and the folders courses/, glossary/ and spelling/")
PAGES_ALLOWED = ("pages are Markdown files ending in .md; beside them only images (.png, .jpg, .gif, .webp, .svg) "
                 "and .pdf documents")


def file_problems(root: Path) -> list[Problem]:
    """Files of a kind or in a place the site does not read, and text files not saved as UTF-8."""
    root = Path(root)
    problems: list[Problem] = []
    for path in _contributed(root / "data"):
        shown = path.relative_to(root).as_posix()
        problems += _data_file_problems(path, root / "data", shown)
        if path.suffix.lower() in TEXT_KINDS:
            problems += encoding_problems(path, shown)
    docs = root / "docs"
    for path in _contributed(docs):
        shown = path.relative_to(root).as_posix()
        top = path.relative_to(docs).parts[0]
        if top in LANGUAGES:
            if path.suffix != PAGE and path.suffix.lower() not in BESIDE_PAGES:
                kind = f"a {path.suffix} file" if path.suffix else "a file without an extension"
                problems.append(Problem(shown, None, f"{kind} is not part of the site", PAGES_ALLOWED))
            elif path.suffix.lower() in TEXT_KINDS:
                problems += encoding_problems(path, shown)
        elif path.suffix == PAGE and len(path.relative_to(docs).parts) > 1:
            problems.append(Problem(shown, None, "page outside a language folder",
                                    "put pages in " + ", ".join(f"docs/{lang}/" for lang in LANGUAGES)))
    for folder in sorted(p for p in docs.iterdir() if p.is_dir()) if docs.is_dir() else ():
        if folder.name not in LANGUAGES and _LOCALE_LIKE.match(folder.name):
            problems.append(Problem(folder.relative_to(root).as_posix() + "/", None,
                                    f"'{folder.name}' is not a language of the site",
                                    "pages live in " + ", ".join(f"docs/{lang}/" for lang in LANGUAGES)))
    return problems


def _data_file_problems(path: Path, data: Path, shown: str) -> list[Problem]:
    parts = path.relative_to(data).parts
    if len(parts) == 1:
        if path.name in DATA_FILES:
            return []
        renamed = path.stem + ".yml"
        if path.suffix.lower() in (".yaml", ".yml") and renamed in DATA_FILES:
            return [Problem(shown, None, f"the site reads data/{renamed}, not {path.name}", f"name the file {renamed}")]
        return [Problem(shown, None, "a file the site does not read", DATA_ALLOWED)]
    kinds = DATA_FOLDERS.get(parts[0])
    if kinds is None:
        return [Problem(shown, None, f"data/{parts[0]}/ is not a folder the site reads", DATA_ALLOWED)]
    if parts[0] == "spelling" and (len(parts) > 2 or path.name not in {f"{lang}.txt" for lang in LANGUAGES}):
        return [Problem(shown, None, "not a word list of the spelling check",
                        "data/spelling/ holds " + ", ".join(f"{lang}.txt" for lang in LANGUAGES))]
    if len(parts) > 2:
        return [Problem(shown, None, f"a folder inside data/{parts[0]}/", f"data/{parts[0]}/ holds files, no folders")]
    return []  # courses/ and glossary/ report a file of another kind as they load


def _contributed(folder: Path):
    """Every file under ``folder`` but hidden files and editors' backups."""
    if not folder.is_dir():
        return
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).parts
        if any(part.startswith(".") for part in relative) or path.name.endswith("~") or not path.is_file():
            continue
        yield path
