"""The termbase: one concept, three languages. Loading and checking data/glossary/*.yml."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from curriculum.languages import LANGUAGES
from curriculum.model.problems import Problem
from curriculum.model.schema import IDENTIFIER, Field, _m, check_fields
from curriculum.model.yamlsource import Sequence, load_yaml

TERM_FIELDS = {
    "term": Field("text", _m("Термин, мәтінде жазылатындай.", "Термин, как он пишется в тексте.",
                             "The term as it is written in running text.")),
    "abbr": Field("text", _m("Ресми қысқартуы.", "Официальное сокращение.", "Official abbreviation."), required=False),
    "synonyms": Field("list", _m("Осы тілдегі басқа атаулары.", "Другие названия на этом языке.",
                                 "Other names in this language."), required=False, item=Field("text", {})),
    "definition": Field("text", _m("Анықтамасы.", "Определение.", "Definition.")),
    "not_linked_in": Field("list", _m(
        "Термин басқа мағынада тұратын тіркестер: оларда сілтеме қойылмайды (мысалы, «тұтынушылық кредит»).",
        "Сочетания, в которых термин значит другое: в них ссылка не ставится (например, «потребительский кредит»).",
        "Phrases in which the term means something else: it is not linked in them (e.g. concessional credit)."),
        required=False, item=Field("text", {})),
}
CONCEPT_FIELDS = {
    "id": Field("text", _m("Ұғымның тұрақты идентификаторы; глоссарийдегі анкер.",
                           "Постоянный идентификатор понятия; якорь в глоссарии.",
                           "Stable id of the concept; its anchor in the glossary."),
                pattern=IDENTIFIER, pattern_hint="lower-case Latin words joined by hyphens, e.g. rural-district"),
    **{lang: Field("record", _m(f"Термин және анықтама ({lang}).", f"Термин и определение ({lang}).",
                                f"Term and definition ({lang})."), fields=TERM_FIELDS) for lang in LANGUAGES},
    "source": Field("record", _m("Заңнамалық дереккөз: data/legal-acts.yml идентификаторы және бабы.",
                                 "Нормативный источник: идентификатор из data/legal-acts.yml и статья.",
                                 "Legal source: an id from data/legal-acts.yml and an article."), required=False,
                    fields={"act": Field("text", _m("Акт.", "Акт.", "Act."), pattern=IDENTIFIER,
                                         pattern_hint="an id from data/legal-acts.yml"),
                            "article": Field("text", _m("Бап.", "Статья.", "Article."), required=False)}),
    "related": Field("list", _m("Байланысты ұғымдар.", "Связанные понятия.", "Related concepts."), required=False,
                     item=Field("text", {}, pattern=IDENTIFIER, pattern_hint="a concept id")),
    "link_in_text": Field("boolean", _m(
        "Беттердегі терминге глоссарийге сілтеме қою-қоймау: термин күнделікті сөз де болса (ұсыныс, арыз), false — "
        "әйтпесе сөз басқа мағынада тұрған жерде де сілтеме қойылар еді. Әдепкісі — true.",
        "Связывать ли термин на страницах с глоссарием: false для термина, который ещё и обычное слово "
        "(предложение, заявление), иначе ссылка встанет и там, где слово значит другое. По умолчанию true.",
        "Whether pages link the term to the glossary: false for a term that is also an everyday word (proposal, "
        "application), which would otherwise be linked where it means something else. true by default."),
        required=False),
}


@dataclass(frozen=True)
class Term:
    term: str
    definition: str
    abbr: str | None = None
    synonyms: tuple[str, ...] = ()
    not_linked_in: tuple[str, ...] = ()  # phrases in which the term means something else

    def names(self) -> list[str]:
        """Every name under which the concept is linked in this language."""
        return [self.term, *self.synonyms, *([self.abbr] if self.abbr else [])]


@dataclass(frozen=True)
class Concept:
    id: str
    terms: dict  # lang -> Term
    source_act: str | None = None
    source_article: str | None = None
    related: tuple[str, ...] = ()
    path: str = ""
    line: int = 0
    linked: bool = True  # False: pages never link the term (it is also an everyday word)


@dataclass
class Glossary:
    concepts: dict[str, Concept] = field(default_factory=dict)
    indexes: dict = field(default_factory=dict, repr=False, compare=False)  # language -> TermIndex, built once

    def __len__(self) -> int:
        return len(self.concepts)


def load_glossary(data_dir: Path, source_ids: set[str] | None = None,
                  shown_root: str = "data") -> tuple[Glossary, list[Problem]]:
    folder = Path(data_dir) / "glossary"
    glossary, problems = Glossary(), []
    pending_related: list[tuple[Concept, int, str]] = []
    for path in sorted(folder.glob("*")):
        shown = f"{shown_root}/glossary/{path.name}"
        if path.name.startswith(".") or path.name.endswith("~"):
            continue  # an editor's hidden or backup file, not the contributor's
        if path.suffix not in (".yml", ".yaml") or not path.is_file():
            problems.append(Problem(shown, None, "not a glossary file",
                                    "one YAML file per theme in data/glossary/: <theme>.yml, a list of concepts"))
            continue
        raw, found = load_yaml(path, shown)
        if found:
            problems += found
            continue
        if not isinstance(raw, Sequence):
            problems.append(Problem(shown, 1, "the file is not a list of concepts", "a YAML list, one '- id: …' per concept"))
            continue
        for entry in raw:
            found = check_fields(entry, CONCEPT_FIELDS, shown)
            if found:
                problems += found
                continue
            concept_id = entry["id"]
            if concept_id in glossary.concepts:
                first = glossary.concepts[concept_id]
                problems.append(Problem(shown, entry.line_of("id"), f"duplicate concept id {concept_id}",
                                        f"each id is used once; {first.path}:{first.line} already has it"))
                continue
            source = entry.get("source") or {}
            concept = Concept(
                id=concept_id,
                terms={lang: Term(term=entry[lang]["term"].strip(), definition=" ".join(entry[lang]["definition"].split()),
                                  abbr=(str(entry[lang]["abbr"]) if entry[lang].get("abbr") else None),
                                  synonyms=tuple(str(s).strip() for s in entry[lang].get("synonyms") or ()),
                                  not_linked_in=tuple(str(s).strip() for s in entry[lang].get("not_linked_in") or ()))
                       for lang in LANGUAGES},
                source_act=source.get("act"), source_article=str(source["article"]) if source.get("article") else None,
                related=tuple(entry.get("related") or ()), path=shown, line=entry.line,
                linked=entry.get("link_in_text", True) is not False)
            glossary.concepts[concept_id] = concept
            problems += _not_linked_problems(concept, entry, shown)
            if concept.source_act and source_ids is not None and concept.source_act not in source_ids:
                problems.append(Problem(shown, entry["source"].line_of("act"), f"unknown source {concept.source_act}",
                                        "an id from data/legal-acts.yml"))
            pending_related += [(concept, entry["related"].line_of(i), r) for i, r in enumerate(concept.related)]
    for concept, line, related in pending_related:
        if related not in glossary.concepts:
            problems.append(Problem(concept.path, line, f"unknown related concept {related}",
                                    "the id of a concept in data/glossary/"))
        elif related == concept.id:
            problems.append(Problem(concept.path, line, "a concept cannot be related to itself", "ids of other concepts"))
    problems += _duplicate_terms(glossary)
    return glossary, problems


def _not_linked_problems(concept: Concept, entry, shown: str) -> list[Problem]:
    """Each phrase of not_linked_in holds the term (or a synonym) at least by its first letters: a phrase
    without it would shield nothing."""
    problems = []
    for lang in LANGUAGES:
        term = concept.terms[lang]
        starts = [name.split()[0].casefold()[:4] for name in term.names() if name.split()]
        for at, phrase in enumerate(term.not_linked_in):
            if not any(start in phrase.casefold() for start in starts):
                problems.append(Problem(shown, entry[lang]["not_linked_in"].line_of(at),
                                        f"'{phrase}' in {lang}.not_linked_in does not contain the term «{term.term}»",
                                        "a phrase that contains the term, in which it means something else"))
    return problems


def _duplicate_terms(glossary: Glossary) -> list[Problem]:
    """Two concepts must not share a term (or synonym) in a language: a link could not choose."""
    problems = []
    for lang in LANGUAGES:
        owners: dict[str, list[Concept]] = defaultdict(list)
        for concept in glossary.concepts.values():
            for name in {n.casefold() for n in concept.terms[lang].names()}:
                owners[name].append(concept)
        for name, concepts in sorted(owners.items()):
            if len(concepts) > 1:
                first, *others = concepts
                for other in others:
                    problems.append(Problem(other.path, other.line,
                                            f"{lang} term «{name}» of {other.id} is also a term of {first.id}",
                                            f"each {lang} term or synonym names one concept; {first.path}:{first.line}"))
    return problems
