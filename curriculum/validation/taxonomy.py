"""The taxonomy file: age bands and topics."""

import re

from curriculum.validation.checker import Checker, check_slug_field
from curriculum.validation.nodes import Map

DOMAINS = ("information", "communication", "content_creation", "safety", "problem_solving", "ai")


def grade_range(grades_text: str) -> tuple[int, int] | None:
    """ "Lớp 1–5" → (1, 5); None if the text names no grade (as ``AgeBand.grade_range``)."""
    numbers = [int(number) for number in re.findall(r"\d+", grades_text or "")]
    if not numbers or not all(1 <= number <= 12 for number in numbers):
        return None
    return min(numbers), max(numbers)


def check_taxonomy(data, display: str, errors: list[str]) -> Map | None:
    check = Checker(display, errors)
    if not check.mapping(data, 1, "taxonomy", {"age_bands": True, "topics": True}):
        return None
    seen = set()
    bands = check.sequence(data, "age_bands", low=1, what="age bands") or []
    for index, band in enumerate(bands):
        line = bands.item_lines[index]
        keys = {"slug": True, "name": True, "grades": True, "ages": True, "order": True}
        if not check.mapping(band, line, "age band", keys):
            continue
        check_slug_field(check, band, seen, "age band")
        check.text(band, "name", max_length=80)
        check.text(band, "grades", max_length=40, required=False)
        check.text(band, "ages", max_length=40, required=False)
        check.integer(band, "order", 0, 1000)
    topics = check.sequence(data, "topics", low=1, what="topics") or []
    seen = set()
    for index, topic in enumerate(topics):
        line = topics.item_lines[index]
        keys = {"slug": True, "name": True, "description": True, "domain": True}
        if not check.mapping(topic, line, "topic", keys):
            continue
        check_slug_field(check, topic, seen, "topic")
        check.text(topic, "name", max_length=120)
        check.text(topic, "description", required=False)
        if "domain" in topic and topic["domain"] not in DOMAINS:
            check.error(
                check.key_line(topic, "domain"),
                f"unknown competence domain '{topic['domain']}' (known: {', '.join(DOMAINS)})",
            )
    return data


def taxonomy_bands(taxonomy: Map | None) -> dict[str, tuple[int, int] | None]:
    if not taxonomy or not isinstance(taxonomy.get("age_bands"), list):
        return {}
    return {
        band["slug"]: grade_range(band.get("grades") or "")
        for band in taxonomy["age_bands"]
        if isinstance(band, dict) and isinstance(band.get("slug"), str)
    }


def taxonomy_topics(taxonomy: Map | None) -> set[str]:
    if not taxonomy or not isinstance(taxonomy.get("topics"), list):
        return set()
    return {
        topic["slug"]
        for topic in taxonomy["topics"]
        if isinstance(topic, dict) and isinstance(topic.get("slug"), str)
    }
