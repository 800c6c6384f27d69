"""Every extractor on any text: none raises, and every span it returns lies inside the body it was given."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclaims.extract.article import extract_article
from newsclaims.parse import parse_article
from newsclaims.records import Article
from newsclaims.topic import default_topic
from tests.support import make_article

# Pieces of ordinary press French and English (written for this test) that reach the extractors' deeper
# paths: quotation marks, verbs of saying, numbers with scales and units, names, negations, brackets.
PIECES = [
    "« Nous ne remplacerons jamais les acteurs », a déclaré Anne Roux.",
    "Selon le syndicat, l'IA menace 12 000 emplois.",
    "Le chiffre d'affaires de Velora atteint 3,2 milliards d'euros, contre 2,9 milliards",
    "(+14 %)",
    "en hausse de 40 millions",
    "Il en a recruté 35.",
    "a-t-il ajouté",
    "The studio said revenue rose 5% to $3 billion",
    "« ",
    " »",
    '"',
    "de 15 à",
    "puis à 8",
    "divisé par deux",
    "hors Wallonie",
    "n'",
    "Netflix",
    "1.200",
    "—",
    "\n\n",
    "12h30",
    "2024",
    "(",
    ")",
    "il",
    "ne … pas",
]

press_like = st.lists(st.sampled_from(PIECES), min_size=1, max_size=25).map(" ".join)
any_text = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=300)


def _spans(article: Article) -> list[tuple[str, int, int, Any]]:
    found: list[tuple[str, int, int, Any]] = []
    for name in ("quotes", "claims", "figures"):
        found.extend((name, r.start, r.end, r) for r in getattr(article, name))
    for stakeholder in article.stakeholders:
        found.extend(("evidence", e.start, e.end, e) for e in stakeholder.evidence)
    return found


def _check(body: str, language: str) -> None:
    article = extract_article(parse_article(make_article(body, language)), default_topic())
    for name, start, end, record in _spans(article):
        assert 0 <= start <= end <= len(body), (name, record)
    for quote in article.quotes:
        assert body[quote.start : quote.end] == quote.text
    for figure in article.figures:
        assert body[figure.start : figure.end] == figure.surface


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(press_like, st.sampled_from(["fr", "en"]))
def test_extractors_on_press_like_text(body: str, language: str) -> None:
    _check(body, language)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text, st.sampled_from(["fr", "en"]))
def test_extractors_on_any_unicode_text(body: str, language: str) -> None:
    _check(body, language)


# Texts built to make a pattern or a parse work hard (written for this test). Each once raised or took
# minutes: a run of number words overflowed text2num; a list of figures with no sentence end was read in
# quadratic time; a run of brackets slowed spaCy's tokenizer (their time is measured by bench/reliability.py).
@pytest.mark.parametrize(
    "text",
    ["deux cent " * 2000, "1 % " * 2000, "1 million de dollars " * 500, "(" * 3000 + ")" * 3000, "1 " * 3000],
    ids=["number-words", "percents", "amounts", "brackets", "digits"],
)
def test_hostile_texts_are_read_without_error(text: str) -> None:
    _check("Titre\n\n" + text, "fr")


def test_a_text_in_no_language_does_not_crash_the_process() -> None:
    """A text of digits only is in no language: it gets the blank pipeline, which sets no dependency tree, and
    walking the tree spaCy never set (Token.children) read uninitialised memory and killed the process with a
    segmentation fault (a generated hostile file did, bench/reliability.py). Run in a child process: a crash
    must fail this test, not end the test run."""
    import subprocess
    import sys

    from tests.support import ROOT

    script = (
        "from pathlib import Path\n"
        "from newsclaims.extract.article import extract_article\n"
        "from newsclaims.parse import parse_article\n"
        "from newsclaims.topic import default_topic\n"
        "from tests.support import make_article\n"
        "body = Path('tests/fixtures/digits-only.txt').read_text()\n"
        "extract_article(parse_article(make_article(body, 'zxx')), default_topic())\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
