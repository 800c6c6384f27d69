"""Clean raw article text: drop page furniture and signature blocks, keep offsets stable for NLP."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from newsclaims.extract import rules

# Same-length typography mapping: the NLP text keeps every offset of the displayed body.
_NLP_TRANSLATION = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2007": " ",
        "\u2013": "-",
        "\u2014": "-",
        "\u2011": "-",
    }
)
_TABLE_LINE = re.compile(r"^[ \t]*\|.*$", re.MULTILINE)
_NAME_LINE = re.compile(r"^[A-ZÉÈÀÂÎÔÛÇ][\w'’-]+(?: [A-ZÉÈÀÂÎÔÛÇ][\w'’-]+){1,3}$")
_TERMINAL = tuple('.!?…:;»"”)')
_METADATA_SEPARATOR = re.compile(r"(?:\s+[·•|])+\s+")
# « ‘The builders let us down.’ »: British press closes its quotations with a single mark, after the full stop.
_CLOSED_SINGLE_QUOTE = re.compile(r"[.!?…]['’]$")
BYLINE_MAX_WORDS = 12


def plain_apostrophes(text: str) -> str:
    """The text with typographic apostrophes, quotes, dashes and spaces mapped to ASCII, same length."""
    return text.translate(_NLP_TRANSLATION)


# A long run of one punctuation mark (« (((((… ») is no text, and spaCy's tokenizer splits such a run in time
# quadratic in its length: all but its first marks are blanked.
_PUNCTUATION_RUN = re.compile(r"([^\w\s])\1{20,}")


def nlp_view(body: str) -> str:
    """What the NLP reads: the body with markdown tables and long runs of one punctuation mark blanked and
    typography normalised, same length."""
    masked = _TABLE_LINE.sub(lambda match: " " * len(match.group()), body)
    masked = _PUNCTUATION_RUN.sub(lambda match: match.group()[:3] + " " * (len(match.group()) - 3), masked)
    # « PARIS (Reuters) - Air X posted … »: read with the credit, the lede's subject is the place, and the recogniser
    # misses the name after the dash.
    masked = wire_credit().sub(lambda match: " " * len(match.group()), masked)
    return plain_apostrophes(masked)


@cache
def wire_credit() -> re.Pattern[str]:
    """« LONDON (Reuters) - » at the head of a line: the agency a wire story is credited to (group « agency »)."""
    return re.compile(rules.load("boilerplate")["wire_credit_pattern"], re.M)


def is_table_line(line: str) -> bool:
    return bool(_TABLE_LINE.fullmatch(line))


def is_heading_line(line: str) -> bool:
    """A short line without closing punctuation: a headline, kicker or subheading."""
    stripped = line.strip()
    return (
        bool(stripped)
        and not stripped.endswith(_TERMINAL)
        and not _CLOSED_SINGLE_QUOTE.search(stripped)
        and len(stripped.split()) <= 25
        and not is_table_line(stripped)
    )


@cache
def _compiled(key: str) -> list[re.Pattern[str]]:
    return [re.compile(pattern, re.IGNORECASE) for pattern in rules.load("boilerplate")[key]]


def is_boilerplate(line: str) -> bool:
    flat = plain_apostrophes(line.strip())
    return any(pattern.fullmatch(flat) for pattern in _compiled("line_patterns"))


@cache
def _metadata_patterns() -> list[re.Pattern[str]]:
    data = rules.load("boilerplate")
    return [re.compile(pattern) for pattern in data["byline_patterns"] + data["date_line_patterns"]]


def metadata_parts(line: str) -> list[str]:
    """The items of a page's metadata bar, which joins them with a dot or a bar (« Publié le … · Mis à jour le … »)."""
    return [part for part in _METADATA_SEPARATOR.split(plain_apostrophes(line.strip())) if part]


def is_metadata_line(line: str) -> bool:
    """A short byline or dateline ("Par Marie Dupont", "Publié le 3 avril 2024"), or a bar of them: metadata, not
    prose."""
    parts = metadata_parts(line)
    return _metadata_item(plain_apostrophes(line.strip())) or (bool(parts) and all(map(_metadata_item, parts)))


def _metadata_item(text: str) -> bool:
    return len(text.split()) <= BYLINE_MAX_WORDS and any(p.fullmatch(text) for p in _metadata_patterns())


# The marks that open a quotation, for every stage that tells a quoted line or name from the writer's words.
QUOTATION_OPENINGS = ("«", '"', "“", "‘")


def _is_bio(line: str, author_first_names: set[str]) -> bool:
    flat = plain_apostrophes(line.strip()).lower()
    if flat.startswith(QUOTATION_OPENINGS):
        return False  # « Je suis heureux », a dit X: someone quoted in the first person, not the author's bio
    if any(cue in flat for cue in rules.load("boilerplate")["bio_cues"]):
        return True
    first_word = line.strip().split(" ", 1)[0]
    return first_word in author_first_names and len(line.split()) > 8


@dataclass
class CleanText:
    """The cleaned body and what was learnt while cleaning (removed lines feed the metadata)."""

    body: str
    title_line: str | None
    leading_date: str | None
    removed: list[str] = field(default_factory=list)
    signature: list[str] = field(default_factory=list)


def normalise_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(line.rstrip() for line in text.split("\n"))


def _split_signature(lines: list[str]) -> tuple[list[str], list[str]]:
    """Split off the trailing author block (name lines and bios) from the article lines."""
    end = len(lines)
    signature: list[str] = []
    names = {line.split()[0] for line in lines if _NAME_LINE.fullmatch(line.strip())}
    index = end - 1
    while index >= 0:
        line = lines[index].strip()
        if not line:
            index -= 1
            continue
        if _NAME_LINE.fullmatch(line) or _is_bio(line, names):
            signature.insert(0, line)
            end = index
            index -= 1
            continue
        break
    # A lone trailing name line is as likely a closing heading as a byline: only a name with a bio counts.
    if not any(not _NAME_LINE.fullmatch(line) for line in signature):
        return lines, []
    return lines[:end], signature


def _is_place_dateline(line: str) -> bool:
    """« Lyon, France »: where the story was filed (see place_dateline_pattern)."""
    return bool(re.fullmatch(rules.load("boilerplate")["place_dateline_pattern"], plain_apostrophes(line.strip())))


def _heading_block(lines: list[str]) -> list[int]:
    """Indices of the non-empty heading lines above the first prose paragraph."""
    block: list[int] = []
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if not is_heading_line(line):
            break
        block.append(index)
    return block


def _pick_title(lines: list[str]) -> int | None:
    """Index of the headline among the heading lines before the first prose paragraph."""
    candidates = _heading_block(lines)
    for index in candidates:
        if len(lines[index].split()) >= 4:
            return index
    return max(candidates, key=lambda i: len(lines[i]), default=None)


def clean(text: str) -> CleanText:
    """Cleaned body of an article text, with its headline line and leading date marker split off."""
    text = normalise_text(text)
    leading_date = None
    marker = re.match(rules.load("boilerplate")["leading_date_pattern"], text, re.IGNORECASE)
    if marker:
        leading_date = marker.group("date")
        text = text[marker.end() :]
    removed: list[str] = []
    lines: list[str] = []
    for line in text.split("\n"):
        if is_boilerplate(line) or is_metadata_line(line):
            removed.append(line.strip())
        else:
            lines.append(line)
    lines, signature = _split_signature(lines)
    datelines = {index for index in _heading_block(lines) if _is_place_dateline(lines[index])}
    removed += [lines[index].strip() for index in sorted(datelines)]
    lines = [line for index, line in enumerate(lines) if index not in datelines]
    title_index = _pick_title(lines)
    title_line = lines[title_index].strip() if title_index is not None else None
    if title_line is not None:
        # The headline is shown apart; repeats of it (page templates often print it twice) are dropped.
        lines = [line for line in lines if line.strip() != title_line]
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in lines)).strip()
    body, notes = _without_wire_notes(body)
    return CleanText(body, title_line, leading_date, removed + notes, signature)


def _without_wire_notes(body: str) -> tuple[str, list[str]]:
    """The body without a wire service's bracketed notes at its very start (an update notice) and very end (who
    wrote and edited it), and those notes."""
    patterns = rules.load("boilerplate")["wire_notes"]
    notes = []
    leading = re.match(rf"\s*{patterns['leading']}\s*", body, re.IGNORECASE)
    if leading:
        notes.append(leading.group().strip())
        body = body[leading.end() :]
    trailing = re.search(rf"\s*{patterns['trailing']}\s*$", body, re.IGNORECASE)
    if trailing:
        notes.append(trailing.group().strip())
        body = body[: trailing.start()]
    return body, notes
