"""Read article files (.txt, .md, .html, .json, .jsonl) into raw documents with metadata hints."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl"}
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
# Bounds that keep a hostile file cheap: a long article has a few thousand lines and a web page a few
# thousand tags; far beyond, cleaning and HTML extraction take seconds per file for no article.
MAX_LINES = 50_000
MAX_HTML_TAGS = 100_000
_BINARY_SIGNATURES = (b"\x89PNG", b"%PDF", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x7fELF")
HINT_KEYS = ("title", "date", "url", "outlet", "author")
_SURROGATES = re.compile("[\ud800-\udfff]")


class ReadError(Exception):
    """A file that cannot be read as an article; the message is one line for the user."""


@dataclass
class RawDocument:
    source_path: str
    text: str
    hints: dict[str, str] = field(default_factory=dict)
    markdown: bool = False
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)  # what was lost reading the file (broken JSONL lines)


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 when it is valid, or cut in the middle of its last character (the broken bytes
    replaced), else the legacy encoding detected (cp1252, latin-1...)."""
    if data.startswith(_BINARY_SIGNATURES) or b"\x00" in data[:4096]:
        raise ReadError("binary file, not text")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as error:
        # Cut in the middle of its last character, a UTF-8 file loses only that character; the text before
        # must show UTF-8 of its own (« Le café » in cp1252 also ends on what looks like a cut sequence).
        if error.reason == "unexpected end of data" and max(data[: error.start], default=0) >= 0x80:
            return data.decode("utf-8-sig", errors="replace"), "utf-8"
    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "iso8859_15", "mac_roman"]).best()
    if best is None:
        raise ReadError("not valid UTF-8 and no known encoding fits")
    return str(best), str(best.encoding)


def read_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> list[RawDocument]:
    """Read one article file; raise ReadError with a one-line reason when it cannot be used."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ReadError(f"file too large ({size} bytes > limit {max_bytes})")
        data = path.read_bytes()
    except OSError as error:
        raise ReadError(f"cannot read file: {error.strerror or error}") from error
    return read_data(display_path(path), path.suffix.lower(), data)


def read_data(source: str, suffix: str, data: bytes) -> list[RawDocument]:
    """Read the bytes of an article file named `source` with this suffix (an upload, read as a file would be, with
    nothing written to disk); raise ReadError with a one-line reason when they cannot be used."""
    if suffix not in ARTICLE_SUFFIXES:
        raise ReadError(f"unsupported file type {suffix or '(none)'}")
    if not data.strip():
        raise ReadError("empty file")
    text, encoding = decode(data)
    lines = text.count("\n")
    if lines > MAX_LINES:
        raise ReadError(f"too many lines ({lines} > limit {MAX_LINES})")
    broken: list[str] = []
    if suffix in {".html", ".htm"}:
        tags = text.count("<")
        if tags > MAX_HTML_TAGS:
            raise ReadError(f"too many HTML tags ({tags} > limit {MAX_HTML_TAGS})")
        documents = [_from_html(source, text)]
    elif suffix == ".json":
        documents = _from_records(source, [_parse_json(text)])
    elif suffix == ".jsonl":
        records = _parse_json_lines(text)
        documents = _from_records(source, records)
        broken = [f"{source}: {record}" for record in records if isinstance(record, ReadError)]
    else:
        documents = [RawDocument(source, text, markdown=suffix in {".md", ".markdown"})]
    documents = [doc for doc in documents if doc.text.strip()]
    for doc in documents:
        doc.encoding = encoding
    if not documents:
        raise ReadError("no article text found")
    documents[0].warnings = broken
    return documents


def _from_html(source: str, html: str) -> RawDocument:
    import trafilatura  # imported here: it takes a tenth of a second and only HTML needs it

    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_tables=False, include_comments=False, favor_precision=True
    )
    if extracted is not None and not isinstance(extracted, dict):
        extracted = extracted.as_dict()
    if not isinstance(extracted, dict) or not str(extracted.get("text") or "").strip():
        raise ReadError("no article text found in the HTML")
    hint_sources = {"title": "title", "date": "date", "author": "author", "outlet": "sitename", "url": "url"}
    hints = {key: str(extracted[name]) for key, name in hint_sources.items() if extracted.get(name)}
    return RawDocument(source, str(extracted["text"]), hints)


def _parse_json(text: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ReadError(f"invalid JSON at line {error.lineno}: {error.msg}") from error
    except RecursionError as error:
        raise ReadError("JSON nested too deeply") from error


def _parse_json_lines(text: str) -> list[object]:
    records: list[object] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except (json.JSONDecodeError, RecursionError):
            # One broken line loses only that record; it is reported as a warning by the caller.
            records.append(ReadError(f"line {number}: invalid JSON"))
    return records


def valid_text(value: str) -> str:
    """The string with lone surrogates (JSON « \\ud800 » escapes) replaced: they cannot be written as UTF-8."""
    return _SURROGATES.sub("\ufffd", value)


def display_path(path: Path) -> str:
    """The path as text that can be printed and stored: bytes of the file name that are not UTF-8 replaced."""
    return os.fsencode(path).decode("utf-8", "replace")


def _from_records(source: str, records: list[object]) -> list[RawDocument]:
    flat: list[object] = []
    for record in records:
        flat.extend(record if isinstance(record, list) else [record])
    documents = []
    for index, record in enumerate(flat):
        if isinstance(record, ReadError) or not isinstance(record, dict) or not isinstance(record.get("text"), str):
            continue
        hints = {key: valid_text(str(record[key])) for key in HINT_KEYS if record.get(key)}
        name = source if len(flat) == 1 else f"{source}#{index + 1}"
        documents.append(RawDocument(name, valid_text(record["text"]), hints))
    return documents


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")


def strip_markdown(text: str) -> str:
    """Plain text of markdown prose: links keep their words, heading and emphasis marks go."""
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub("", text)
    return _MD_EMPHASIS.sub(r"\2", text)


def discover(paths: list[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Expand folders into their article files (sorted); return (files, [(path, reason)] for bad paths)."""
    files: list[Path] = []
    problems: list[tuple[str, str]] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            inside = path.resolve()
            # A folder of articles shares its own files, never what a link points to elsewhere on the disk.
            links = [p for p in found if p.is_symlink() and not p.resolve().is_relative_to(inside)]
            problems.extend((display_path(link), "symbolic link to a file outside the folder") for link in links)
            found = [p for p in found if p not in links]
            if not found and not links:
                problems.append((display_path(path), "folder holds no article files"))
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            problems.append((str(path), "no such file or folder"))
    return files, problems
