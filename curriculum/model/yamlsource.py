"""YAML loading that remembers line numbers, so every problem can name path:line.

Mappings load as :class:`Mapping` (a dict with ``line`` and ``key_lines``), sequences as
:class:`Sequence` (a list with ``line`` and ``item_lines``); scalars stay plain Python values.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from curriculum.model.problems import Problem
from curriculum.model.sources import encoding_problems, read_text


class Mapping(dict):
    line: int = 0
    key_lines: dict

    def line_of(self, key) -> int:
        return self.key_lines.get(key, self.line)


class Sequence(list):
    line: int = 0
    item_lines: list

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if index < len(self.item_lines) else self.line


# libyaml parses when it is installed (PyYAML's wheels ship it); the constructors below stay in Python.
class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    pass


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> Mapping:
    result = Mapping()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in result:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode) -> Sequence:
    result = Sequence(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


def _construct_string(loader: _LineLoader, node: yaml.ScalarNode):
    # Dates stay strings ("2021-06-30"): the schema decides what a field means, not YAML's guesses.
    return loader.construct_scalar(node)


# YAML 1.1 reads yes/no/on/off as booleans ("en: no" would lose its text); only true/false are here.
_LineLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_LineLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                  list("tTfF"))
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_string)


def load_yaml(path: Path, shown_as: str) -> tuple[object, list[Problem]]:
    """Parse ``path``; a syntax error, or a file that is not UTF-8 text, becomes a Problem instead of an exception.
    A byte-order mark is read past (the check of the files reports it)."""
    text = read_text(path)
    if text is None:
        return None, encoding_problems(path, shown_as)
    try:
        return yaml.load(text, Loader=_LineLoader), []
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        what = error.problem or str(error)
        return None, [
            Problem(shown_as, line, f"YAML syntax error: {what}",
                    "check indentation and quote text that contains ': ' or starts with « or a quote")
        ]
