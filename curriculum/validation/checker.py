"""The checks shared by every data file, each problem reported as ``path:line: message``."""

import re
from html.parser import HTMLParser

from curriculum.validation.nodes import Map, Seq

RICH_TEXT_TAGS = frozenset({"p", "h2", "h3", "ul", "ol", "li", "b", "i"})
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TAG_RE = re.compile(r"<\s*/?\s*[a-zA-Z]")


class RichTextChecker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in RICH_TEXT_TAGS:
            self.problems.append(f"tag <{tag}> is not allowed")
        elif attrs:
            self.problems.append(f"tag <{tag}> may not have attributes")

    def handle_endtag(self, tag):
        if tag not in RICH_TEXT_TAGS:
            self.problems.append(f"tag </{tag}> is not allowed")


class Checker:
    """Checks one file's data, each problem reported with the line it is on."""

    def __init__(self, display: str, errors: list[str]):
        self.display = display
        self.errors = errors

    def error(self, line: int, message: str) -> None:
        self.errors.append(f"{self.display}:{line}: {message}")

    # Containers --------------------------------------------------------------------------

    def mapping(self, value, line: int, where: str, keys: dict[str, bool]) -> bool:
        """Whether ``value`` is a mapping; reports missing required and unknown keys."""
        if not isinstance(value, Map):
            self.error(line, f"{where} must be a mapping (key: value lines)")
            return False
        for key, required in keys.items():
            if required and key not in value:
                self.error(value.line, f"{where}: missing key '{key}'")
        for key in value:
            if key not in keys:
                known = ", ".join(keys)
                self.error(value.key_lines[key], f"{where}: unknown key '{key}' (known: {known})")
        return True

    def key_line(self, mapping: Map, key: str) -> int:
        return mapping.key_lines.get(key, mapping.line)

    def sequence(self, mapping: Map, key: str, *, low=0, high=None, what="items") -> Seq | None:
        if key not in mapping:
            return None
        value = mapping[key]
        line = self.key_line(mapping, key)
        if value is None:
            value = Seq()
            value.line, value.item_lines = line, []
        if not isinstance(value, Seq):
            self.error(line, f"'{key}' must be a list")
            return None
        if len(value) < low or (high is not None and len(value) > high):
            bounds = f"{low}–{high}" if high is not None else f"at least {low}"
            self.error(line, f"'{key}' needs {bounds} {what}, has {len(value)}")
        return value

    # Scalars -----------------------------------------------------------------------------

    def text(
        self,
        mapping: Map,
        key: str,
        *,
        max_length: int | None = None,
        required: bool = True,
        plain: bool = True,
        where: str = "",
    ) -> str | None:
        if key not in mapping:
            return None
        value = mapping[key]
        line = self.key_line(mapping, key)
        label = f"{where}'{key}'"
        if value is None:
            value = ""
        if not isinstance(value, str):
            self.error(line, f"{label} must be text, not {type(value).__name__}")
            return None
        if required and not value.strip():
            self.error(line, f"{label} must not be empty")
        if max_length is not None and len(value.strip()) > max_length:
            self.error(line, f"{label} has {len(value.strip())} characters, at most {max_length}")
        if plain and TAG_RE.search(value):
            self.error(line, f"{label} is plain text: no HTML tags")
        return value

    def item_text(self, items: Seq, index: int, what: str, max_length: int | None = None):
        value = items[index]
        line = items.item_lines[index]
        if not isinstance(value, str) or not value.strip():
            self.error(line, f"{what} must be non-empty text")
            return
        if max_length is not None and len(value) > max_length:
            self.error(line, f"{what} has {len(value)} characters, at most {max_length}")
        if TAG_RE.search(value):
            self.error(line, f"{what} is plain text: no HTML tags")

    def rich_text(self, mapping: Map, key: str, *, required: bool = True) -> None:
        value = self.text(mapping, key, plain=False, required=required)
        if not value:
            return
        checker = RichTextChecker()
        checker.feed(value)
        checker.close()
        for problem in dict.fromkeys(checker.problems):
            self.error(
                self.key_line(mapping, key),
                f"'{key}': {problem} (rich text allows only <p>, <h2>, <h3>, <ul>, <ol>, "
                "<li>, <b>, <i>)",
            )

    def integer(self, mapping: Map, key: str, low: int, high: int) -> int | None:
        if key not in mapping:
            return None
        value = mapping[key]
        line = self.key_line(mapping, key)
        if isinstance(value, bool) or not isinstance(value, int):
            self.error(line, f"'{key}' must be a whole number")
            return None
        if not low <= value <= high:
            self.error(line, f"'{key}' must be between {low} and {high}, is {value}")
            return None
        return value

    def boolean(self, mapping: Map, key: str, *, where: str = "") -> bool | None:
        if key not in mapping:
            return None
        value = mapping[key]
        if not isinstance(value, bool):
            self.error(self.key_line(mapping, key), f"{where}'{key}' must be true or false")
            return None
        return value

    def slugs(self, mapping: Map, key: str, known: set[str], what: str, *, low: int = 0):
        items = self.sequence(mapping, key, low=low, what=what)
        if items is None:
            return []
        found = []
        for index, value in enumerate(items):
            line = items.item_lines[index]
            code = _code(value)
            if code not in known:
                choices = ", ".join(sorted(known))
                self.error(
                    line,
                    f"unknown {what[:-1] if what.endswith('s') else what} "
                    f"'{value}' (known: {choices})",
                )
            else:
                found.append(code)
        if len(set(found)) != len(found):
            self.error(items.line, f"'{key}' lists the same value twice")
        return found


def _code(value) -> str:
    # An unquoted 4.2 reads as a number: the component code is its text.
    if isinstance(value, float):
        return repr(value)
    return str(value)


def check_slug_field(check: Checker, mapping: Map, seen: set, what: str) -> None:
    slug = mapping.get("slug")
    line = check.key_line(mapping, "slug")
    if not isinstance(slug, str) or not SLUG_RE.match(slug):
        check.error(line, f"{what} slug '{slug}' must be ASCII a-z, 0-9 and '-'")
    elif slug in seen:
        check.error(line, f"{what} slug '{slug}' is used twice")
    seen.add(slug)
