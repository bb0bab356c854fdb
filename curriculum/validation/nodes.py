"""YAML parsed into mappings and sequences that remember the line of every key and item, and
the checked files they make up."""

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.constructor import SafeConstructor


class Map(dict):
    """A YAML mapping with the line of the mapping and of each of its keys."""

    line: int = 0
    key_lines: dict


class Seq(list):
    """A YAML sequence with its line and each item's."""

    line: int = 0
    item_lines: list


@dataclass
class LessonFile:
    path: Path
    display: str
    data: Map

    @property
    def slug(self) -> str:
        return self.data["slug"]


@dataclass
class Curriculum:
    """Checked data: the taxonomy and the lesson files, in a stable order (by slug)."""

    taxonomy: Map
    lessons: list[LessonFile]
    errors: list[str] = field(default_factory=list)


def _line(node) -> int:
    return node.start_mark.line + 1


class _Reader:
    """Builds Map / Seq / scalars from a composed YAML node, reporting duplicate keys."""

    def __init__(self, display: str, errors: list[str]):
        self.display = display
        self.errors = errors
        self.constructor = SafeConstructor()

    def build(self, node):
        if isinstance(node, yaml.MappingNode):
            result = Map()
            result.line = _line(node)
            result.key_lines = {}
            for key_node, value_node in node.value:
                key = self.build(key_node)
                key = key if isinstance(key, str) else str(key)
                if key in result:
                    self.errors.append(f"{self.display}:{_line(key_node)}: duplicate key '{key}'")
                result[key] = self.build(value_node)
                result.key_lines[key] = _line(key_node)
            return result
        if isinstance(node, yaml.SequenceNode):
            result = Seq()
            result.line = _line(node)
            result.item_lines = []
            for item in node.value:
                result.append(self.build(item))
                result.item_lines.append(_line(item))
            return result
        return self.constructor.construct_object(node)


def parse_file(path: Path, display: str, errors: list[str]):
    """The file's data (Map / Seq / scalars with lines), or None after reporting why not."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        errors.append(f"{display}:1: cannot read the file ({error})")
        return None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        errors.append(f"{display}:{line}: not valid YAML: {error.problem or error}")
        return None
    except yaml.YAMLError as error:
        errors.append(f"{display}:1: not valid YAML: {error}")
        return None
    if node is None:
        errors.append(f"{display}:1: the file is empty")
        return None
    return _Reader(display, errors).build(node)
