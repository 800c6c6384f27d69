"""Article text as escaped HTML with highlighted spans: the one place article data becomes markup."""

from __future__ import annotations

import html
import itertools
import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

SPEAKER_PALETTE = ("#ffe0b2", "#c8e6c9", "#bbdefb", "#f8bbd0", "#d1c4e9", "#b2ebf2", "#fff9c4", "#ffccbc", "#dcedc8")
NO_SPEAKER = "#eeeeee"
STYLE = """<style>
.nc-article{white-space:pre-wrap;line-height:1.7;font-size:1.02rem;max-width:52rem}
.nc-q{border-radius:3px;padding:0 1px}
.nc-f{font-weight:600;border-bottom:2px solid #3f51b5}
.nc-m{border-bottom:2px dotted #6d4c41}
.nc-t{outline:3px solid #d32f2f;outline-offset:1px;background:#fff176}
.nc-legend span{margin-right:1.2rem;padding:0 4px}
</style>"""
# Constant script (no data in it): bring the opened record into view once the article is drawn.
SCROLL_SCRIPT = (
    "<script>setTimeout(function(){var t=parent.document.getElementById('nc-target')||"
    "document.getElementById('nc-target');if(t){t.scrollIntoView({block:'center'});}},300);</script>"
)


@dataclass(frozen=True)
class Span:
    """A highlighted stretch of the body: kind q (quote), f (figure), m (mention) or t (target)."""

    start: int
    end: int
    kind: str
    colour: str = ""
    title: str = ""


def speaker_colour(speaker: str | None) -> str:
    """A stable background colour per speaker (same speaker, same colour on every page and run)."""
    if not speaker:
        return NO_SPEAKER
    return SPEAKER_PALETTE[zlib.crc32(speaker.encode("utf-8")) % len(SPEAKER_PALETTE)]


def escape(text: str) -> str:
    """Article text as inert HTML text (quotes escaped too, so it is also safe inside attributes)."""
    return html.escape(text, quote=True)


def mention_spans(body: str, surfaces: Iterable[str]) -> list[Span]:
    """Where the stakeholder surfaces occur in the body, as whole words."""
    words = sorted({s for s in surfaces if s and len(s) > 1}, key=len, reverse=True)
    if not words:
        return []
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")
    return [Span(match.start(), match.end(), "m") for match in pattern.finditer(body)]


def _open(covering: Sequence[Span], first_target: bool) -> str:
    classes = []
    style = ""
    titles = []
    for span in covering:
        classes.append(f"nc-{span.kind}")
        if span.kind == "q":
            style = f"background:{span.colour}"
        if span.title:
            titles.append(span.title)
    attributes = f' class="{" ".join(sorted(set(classes)))}"'
    if style:
        attributes += f' style="{style}"'
    if titles:
        attributes += f' title="{escape(" · ".join(titles))}"'
    if first_target:
        attributes += ' id="nc-target"'
    return f"<span{attributes}>"


def highlight(body: str, spans: Sequence[Span]) -> str:
    """The body as escaped HTML, each stretch wrapped once with the classes of every span covering it."""
    valid = [span for span in spans if 0 <= span.start < span.end <= len(body)]
    cuts = sorted({0, len(body), *(s.start for s in valid), *(s.end for s in valid)})
    parts = ['<div class="nc-article">']
    target_seen = False
    for left, right in itertools.pairwise(cuts):
        text = escape(body[left:right])
        covering = [span for span in valid if span.start <= left and right <= span.end]
        if not covering:
            parts.append(text)
            continue
        is_target = any(span.kind == "t" for span in covering)
        parts.append(_open(covering, is_target and not target_seen) + text + "</span>")
        target_seen = target_seen or is_target
    parts.append("</div>")
    return STYLE + "".join(parts)
