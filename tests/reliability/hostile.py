"""Hostile input, generated: broken and hostile article files, crafted links and script payloads, shared by the
short reliability tests and `bench/reliability.py` (which draws many more of each)."""

from __future__ import annotations

import json
import os
import random
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from components.filters import KNOWN_KEYS

# Ordinary press French written for these tests: the good files, and the text that hostile files damage.
GOOD_TEXTS = [
    "Le studio Brenner annonce un film\n\nLe studio Brenner a annoncé mardi un nouveau film d'animation. "
    "« Nous voulons surprendre », a déclaré sa directrice, Anne Roux.\n",
    "La chaîne Korva recrute\n\nLa chaîne Korva va recruter 120 techniciens d'ici l'été, selon son président, "
    "Marc Dulac. Le chiffre d'affaires a progressé de 8 % en 2025.\n",
]
PROSE = (
    "Le festival de Vernay s'ouvre demain. « Nous attendons 40 000 spectateurs », a précisé son directeur, "
    "Paul Amand. Le budget atteint 2,5 millions d'euros, en hausse de 12 % sur un an.\n\n"
)
BIG = 50 * 1024 * 1024  # the issue's « one 50 MB line »: far over the default --max-bytes


def _truncated(rng: random.Random) -> tuple[str, bytes]:
    data = (PROSE * rng.randint(1, 6)).encode()
    return ".txt", data[: rng.randint(len(data) // 2, len(data) - 1)]


def _invalid_utf8(rng: random.Random) -> tuple[str, bytes]:
    data = bytearray((PROSE * 3).encode())
    for _ in range(rng.randint(1, 40)):
        data[rng.randrange(len(data))] = rng.randint(0x80, 0xFF)
    return rng.choice([".txt", ".md", ".html", ".json"]), bytes(data)


def _legacy(rng: random.Random) -> tuple[str, bytes]:
    encoding = rng.choice(["cp1252", "latin-1", "mac_roman", "iso8859_15", "utf-16", "utf-32", "cp850"])
    return rng.choice([".txt", ".md"]), PROSE.encode(encoding, "replace")


def _binary(rng: random.Random) -> tuple[str, bytes]:
    head = rng.choice([b"", b"\x89PNG\r\n\x1a\n", b"%PDF-1.7\n", b"PK\x03\x04", b"\x7fELF", b"GIF89a"])
    return rng.choice([".txt", ".html", ".json", ".jsonl"]), head + rng.randbytes(rng.randint(1, 50_000))


def _empty(rng: random.Random) -> tuple[str, bytes]:
    return rng.choice([".txt", ".md", ".html", ".json", ".jsonl"]), rng.choice([b"", b" ", b"\n\n\t ", b"\xef\xbb\xbf"])


def _huge_line(rng: random.Random) -> tuple[str, bytes]:
    size = rng.choice([BIG, 11 * 1024 * 1024, 2 * 1024 * 1024, 300_000])
    suffix = rng.choice([".txt", ".jsonl", ".html"])
    word = rng.choice([b"mot ", b"1 % ", b"deux cent ", b"a"])
    body = (word * (size // len(word) + 1))[:size]
    return suffix, (b'{"text": "' + body + b'"}\n') if suffix == ".jsonl" else body


def _nested_html(rng: random.Random) -> tuple[str, bytes]:
    depth = rng.choice([100, 1_000, 10_000, 60_000, 200_000])
    tag = rng.choice([b"div", b"p", b"span", b"table"])
    return ".html", b"<html><body>" + (b"<" + tag + b">") * depth + b"texte" + b"</body></html>"


def _html_bomb(rng: random.Random) -> tuple[str, bytes]:
    kind = rng.randrange(4)
    if kind == 0:  # very many paragraphs, under and over the tag bound
        return ".html", b"<html><body>" + b"<p>mot</p>" * rng.choice(
            [1_000, 40_000, 99_000, 300_000]
        ) + b"</body></html>"
    if kind == 1:  # entities that expand
        return ".html", b"<html><body><p>" + b"&amp;&lt;&#x41;&eacute;" * rng.choice(
            [1_000, 200_000]
        ) + b"</p></body></html>"
    if kind == 2:  # one attribute of megabytes
        return ".html", b'<html><body><p title="' + b"x" * rng.choice(
            [10_000, 3_000_000]
        ) + b'">texte</p></body></html>'
    return ".html", b"<html><body>" + b"<p><b><i>" * rng.choice([1_000, 30_000]) + PROSE.encode() + b"</body></html>"


def _script_only(rng: random.Random) -> tuple[str, bytes]:
    parts = [b"<script>alert(1)</script>", b"<style>p{color:red}</style>", b"<noscript>x</noscript>", b"<!-- x -->"]
    return ".html", b"<html><head></head><body>" + b"".join(
        rng.choices(parts, k=rng.randint(1, 500))
    ) + b"</body></html>"


def _jsonl_lines(rng: random.Random) -> tuple[str, bytes]:
    choices = [
        b'{"text": 12}',
        b"[1, 2]",
        b'"texte"',
        b"null",
        b'{"text": "',
        b"{" * 5_000,
        b"[" * 100_000,
        b'{"text": "' + b"mot " * 200_000 + b'"}',
        b'{"text": "Un texte \\ud800 avec un demi-caract\\u00e8re."}',
        json.dumps({"text": PROSE, "title": ["liste"], "date": {"a": 1}, "outlet": 3}).encode(),
        json.dumps({"text": PROSE, "date": "99999-01-01"}).encode(),
    ]
    lines = rng.choices(choices, k=rng.randint(1, 12))
    return ".jsonl", b"\n".join(lines) + b"\n"


def _json_types(rng: random.Random) -> tuple[str, bytes]:
    text = rng.choice([PROSE, 12, None, [PROSE], {"body": PROSE}, True, "", "\x00" * 10])
    record = {
        "text": text,
        "title": rng.choice(["Titre", 3.5, None, ["a", "b"], "x" * 100_000, "<script>alert(1)</script>"]),
        "date": rng.choice(["99999-01-01", "0000-00-00", "-1", "2025-13-45", 20250101, "demain", "1e308"]),
        "outlet": rng.choice(["Le Journal", {"name": "x"}, 0, "\u202eevil"]),
    }
    shape = rng.randrange(3)
    value: object = record if shape == 0 else [record] * rng.randint(1, 5) if shape == 1 else {"articles": [record]}
    return ".json", json.dumps(value).encode()


def _nested_json(rng: random.Random) -> tuple[str, bytes]:
    depth = rng.choice([500, 5_000, 100_000, 1_000_000])
    opener, closer = rng.choice([(b"[", b"]"), (b'{"a":', b"}")])
    return ".json", opener * depth + b"1" + closer * depth


def _few_characters(rng: random.Random) -> tuple[str, bytes]:
    alphabet = rng.choice(
        ["\x01\x02\x03\x07\x1b\x7f", "!?.;,:-()[]{}«»", "0123456789 ", "\u200b\u200d\ufeff", "🎬🎥📈"]
    )
    lines = ["".join(rng.choices(alphabet, k=rng.randint(1, 80))) for _ in range(rng.randint(1, 200))]
    return rng.choice([".txt", ".md"]), "\n".join(lines).encode()


def _many_lines(rng: random.Random) -> tuple[str, bytes]:
    lines = rng.choice([1_000, 30_000, 49_000, 60_000])
    return ".txt", rng.choice([b"a\n", b"1\n", b"\n\n", b"Un mot.\n"]) * lines


def _backtracking(rng: random.Random) -> tuple[str, bytes]:
    unit = rng.choice(
        ["deux cent ", "1 % ", "1 million de dollars ", "(", "« ", "1 ", "a-t-il ", "*_", "[x](", "é" * 30]
    )
    return rng.choice([".txt", ".md"]), ("Titre\n\n" + unit * rng.randint(100, 20_000)).encode()


def _long_article(rng: random.Random) -> tuple[str, bytes]:
    return ".txt", (PROSE * rng.randint(500, 800)).encode()


FAMILIES: dict[str, Callable[[random.Random], tuple[str, bytes]]] = {
    "truncated UTF-8": _truncated,
    "invalid UTF-8": _invalid_utf8,
    "legacy encoding": _legacy,
    "binary": _binary,
    "empty": _empty,
    "huge line": _huge_line,
    "deeply nested HTML": _nested_html,
    "HTML bomb": _html_bomb,
    "script and style only": _script_only,
    "broken JSONL lines": _jsonl_lines,
    "wrong JSON types": _json_types,
    "deeply nested JSON": _nested_json,
    "control, punctuation, digits": _few_characters,
    "very many lines": _many_lines,
    "backtracking bait": _backtracking,
    "over-long article": _long_article,
}


def hostile_files(count: int, seed: int = 0) -> list[tuple[str, str, bytes | Path]]:
    """`count` generated files as (family, file name, content); a content that is a Path is the target of a
    symbolic link to make. Every family in turn, then a file name with bytes that are not UTF-8 and a link to a
    file outside the folder, so that even a small draw has one of each."""
    rng = random.Random(seed)
    families = list(FAMILIES.items())
    files: list[tuple[str, str, bytes | Path]] = []
    for index in range(count):
        if index % 20 == 18:
            text = f"{PROSE}Une note numéro {index} sur le festival."
            files.append(("undecodable file name", os.fsdecode(b"r\xe9sum\xe9-%d.txt" % index), text.encode()))
            continue
        if index % 20 == 19:
            files.append(("link outside the folder", f"link-{index}.txt", Path("/etc/hostname")))
            continue
        family, make = families[index % len(families)]
        suffix, content = make(rng)
        files.append((family, f"hostile-{index:04d}{suffix}", content))
    return files


def write_files(folder: Path, files: list[tuple[str, str, bytes | Path]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for _, name, content in files:
        path = folder / name
        if isinstance(content, Path):
            path.symlink_to(content)
        else:
            path.write_bytes(content)


# Script injection: payloads that would run or add markup if any page passed them to the DOM unescaped.
PAYLOAD_SHAPES = [
    "<script>alert('{n}')</script>",
    "\"><img src=x onerror=alert('{n}')>",
    "<svg onload=alert('{n}')>",
    "javascript:alert('{n}')",
    "[clic](javascript:alert('{n}'))",
    "<a href=\"javascript:alert('{n}')\">lien</a>",
    "' onmouseover='alert({n})",
    "<iframe srcdoc=\"<script>alert('{n}')</script>\">",
    "<details open ontoggle=alert('{n}')>",
    "{{{{7*7}}}} ${{alert('{n}')}}",
    "<math><mi xlink:href=\"javascript:alert('{n}')\">x</mi></math>",
    "</textarea><script>alert('{n}')</script>",
    "<body onload=alert('{n}')>",
    "\u202e<script>alert('{n}')</script>",
    "&lt;script&gt;alert('{n}')&lt;/script&gt;",
    "<style>*{{background:url('javascript:alert({n})')}}</style>",
    ":red[**gras**] <img src=x onerror=alert('{n}')>",
]


def payloads(count: int) -> list[str]:
    """`count` script payloads, every shape in turn, each numbered so that a dialog names the one that ran."""
    return [PAYLOAD_SHAPES[n % len(PAYLOAD_SHAPES)].format(n=f"xss{n}") for n in range(count)]


# Hostile links: values of every kind a crafted or mangled URL carries.
HOSTILE_VALUES = [
    "",
    " ",
    "x" * 10_000,
    "0",
    "-1",
    "99999999999999999999",
    "1e308",
    "NaN",
    "null",
    "true",
    "[]",
    "{}",
    "2024-02-30",
    "99999-01-01",
    "0000-00-00",
    "' OR 1=1 --",
    "'; DROP TABLE claims; --",
    "\" UNION SELECT * FROM read_csv('/etc/passwd') --",
    "read_parquet('/etc/passwd')",
    "../../../../etc/passwd",
    "%00",
    "\x00",
    "\ud800",
    "\u202eevil",
    "🎬" * 50,
    "é" * 300,
    "%%%%",
    "a\nb\rc",
    "<b>gras</b>",
    "{{7*7}}",
    "$(reboot)",
    "5-2",
    "1-99999999999",
]


def hostile_queries(count: int, seed: int = 0) -> list[tuple[str, list[tuple[str, str]]]]:
    """`count` (page, [(key, value), ...]) links: known keys, unknown keys and repeated keys, with hostile values
    and script payloads, on every page in turn."""
    from components import links

    rng = random.Random(seed)
    pages = sorted(links.PAGE_FILES)
    keys = [*sorted(KNOWN_KEYS), "utm_source", "unknown<b>", "", "x" * 300, "q[]", "embed"]
    values = HOSTILE_VALUES + payloads(len(PAYLOAD_SHAPES))
    queries = []
    for index in range(count):
        params = []
        for _ in range(rng.randint(1, 6)):
            key = rng.choice(keys)
            params.extend((key, rng.choice(values)) for _ in range(rng.choice([1, 1, 1, 2, 60])))
        queries.append((pages[index % len(pages)], params))
    return queries


def query_string(params: list[tuple[str, str]]) -> str:
    """The URL query of the params, every byte percent-encoded (a lone surrogate as the bytes a browser sends)."""
    return "&".join(
        f"{quote(key.encode('utf-8', 'surrogatepass'))}={quote(value.encode('utf-8', 'surrogatepass'))}"
        for key, value in params
    )


def as_received(value: str) -> str:
    """The value as the app receives it from a browser: bytes that are not UTF-8 (a lone surrogate sent
    percent-encoded) read as U+FFFD, as the browser's URL parser decodes them."""
    return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def payload_store(source: Path, count: int, target: Path) -> list[str]:
    """A store of `count` articles over the real ones of `source`, article i carrying payload i in every text a
    page shows: title, outlet, author, the head of its body, speaker names, quote and claim texts, figure metric
    and entity, stakeholder names and aliases. Returns the payloads, in article order."""
    from dataclasses import replace

    from newsclaims import store

    bases = [article for article in store.load_articles(source) if article.claims and article.quotes]
    chosen = payloads(count)
    articles = []
    for index, payload in enumerate(chosen):
        base = bases[index % len(bases)]
        head = f"{payload}\n\n"  # the body starts with the payload: every record's offsets move by its length
        shift = len(head)

        def moved(record, shift=shift, payload=payload):  # type: ignore[no-untyped-def]
            fields = {"start": record.start + shift, "end": record.end + shift}
            for name in ("speaker", "speaker_surface", "metric", "entity", "subject"):
                if getattr(record, name, None) is not None:
                    fields[name] = payload
            if getattr(record, "actors", None):
                fields["actors"] = [payload]
            return replace(record, **fields)

        articles.append(
            replace(
                base,
                article_id=f"payload{index:03d}",
                source_path=f"payloads/{index:03d}.txt",
                title=payload,
                outlet=payload,
                author=payload,
                body=head + base.body,
                sentences=[replace(s, start=s.start + shift, end=s.end + shift) for s in base.sentences],
                quotes=[replace(moved(q), text=payload) for q in base.quotes],
                claims=[replace(moved(c), text=payload, cluster_id=f"payload-{index}") for c in base.claims],
                figures=[moved(f) for f in base.figures],
                stakeholders=[
                    replace(
                        s,
                        name=payload,
                        aliases=[payload],
                        evidence=[
                            replace(e, text=payload, start=e.start + shift, end=e.end + shift) for e in s.evidence
                        ],
                    )
                    for s in base.stakeholders
                ],
            )
        )
    store.write_store(articles, {"payloads": count, "source": str(source)}, target)
    return chosen


def received_query(params: list[tuple[str, str]]) -> dict[str, list[str]]:
    """The query as the app receives it (see as_received): every value of each key, repeated keys kept."""
    query: dict[str, list[str]] = {}
    for key, value in params:
        query.setdefault(as_received(key), []).append(as_received(value))
    return query
