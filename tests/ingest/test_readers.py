"""Readers: every supported format and every kind of bad input gives text or a one-line reason."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newsclaims.ingest.readers import ReadError, decode, discover, read_data, read_path, strip_markdown

FRENCH = "Le coût de l’événement à Noël — 3 € « très » cher, a-t-il déclaré. Ça a été une année difficile."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_decodes_french_in_common_encodings(encoding: str) -> None:
    text, _found = decode(FRENCH.encode(encoding))
    assert text == FRENCH


def test_latin1_text_is_read_and_flagged() -> None:
    plain = FRENCH.replace("’", "'").replace("—", "-").replace("€", "EUR")
    text, found = decode(plain.encode("latin-1"))
    assert text == plain
    assert found != "utf-8"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\n\t ", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), "binary file"),
        ("nul.txt", b"abc\x00def" * 10, "binary file"),
        ("garbage.txt", bytes(range(128, 256)) * 3, "not valid UTF-8"),
        ("notes.docx", b"whatever", "unsupported file type"),
        ("broken.json", b"{not json", "invalid JSON"),
        ("empty.html", b"<html><body><script>alert(1)</script></body></html>", "no article text"),
        ("records.jsonl", b'{"title": "no text field"}\n', "no article text"),
        ("nested.json", b"[" * 50_000 + b"]" * 50_000, "JSON nested too deeply"),
        ("lines.txt", b"x\n" * 60_000, "too many lines"),
        ("tags.html", b"<html><body>" + b"<p>x</p>" * 60_000 + b"</body></html>", "too many HTML tags"),
    ],
)
def test_bad_files_raise_one_line_reasons(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ReadError) as error:
        read_path(path)
    assert reason in str(error.value)
    assert "\n" not in str(error.value)


def test_size_cap_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(FRENCH * 100, encoding="utf-8")
    with pytest.raises(ReadError, match="too large"):
        read_path(path, max_bytes=1000)
    assert read_path(path, max_bytes=10_000_000)


def test_html_gives_main_text_and_metadata_without_scripts(tmp_path: Path) -> None:
    html = """<html><head><title>Réforme : le gouvernement recule</title>
    <meta name="author" content="Claire Martin"><meta property="og:site_name" content="Le Quotidien">
    <meta property="article:published_time" content="2024-03-05"><script>alert('x')</script></head>
    <body><nav>Accueil | Politique</nav><article><h1>Réforme : le gouvernement recule</h1>
    <p>Le gouvernement a annoncé mardi qu’il renonçait à la réforme des retraites, après trois semaines de grève.</p>
    <p>« Nous avons entendu la colère », a déclaré la ministre du Travail devant les députés réunis à Paris.</p>
    <script>document.write('injected')</script></article><footer>© Le Quotidien</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (doc,) = read_path(path)
    assert "renonçait à la réforme" in doc.text
    assert "alert" not in doc.text and "injected" not in doc.text
    assert doc.hints["title"] == "Réforme : le gouvernement recule"
    assert doc.hints["author"] == "Claire Martin"
    assert doc.hints["date"] == "2024-03-05"


def test_jsonl_keeps_good_lines_and_reports_broken_ones(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": "Premier article sur la grève des scénaristes.", "title": "Un", "date": "2023-05-02"}),
        "{broken",
        json.dumps({"text": "Second article sur les studios.", "outlet": "La Gazette", "author": "Ana Ruiz"}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    docs = read_path(path)
    assert [d.hints.get("title") for d in docs] == ["Un", None]
    assert docs[1].hints["outlet"] == "La Gazette"
    assert [d.source_path for d in docs] == [f"{path}#1", f"{path}#3"]  # numbered by line
    assert [d.warnings for d in docs] == [[f"{path}: line 2: invalid JSON"], []]


def test_json_file_with_a_list_of_records(tmp_path: Path) -> None:
    path = tmp_path / "two.json"
    path.write_text(json.dumps([{"text": "Un."}, {"text": "Deux.", "url": "https://example.org/2"}]), encoding="utf-8")
    assert [d.text for d in read_path(path)] == ["Un.", "Deux."]


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("# Titre\n\nUn **mot** important.", "Titre\n\nUn mot important."),
        ("Voir [le rapport](https://ex.org/r) complet.", "Voir le rapport complet."),
        ("![photo](a.png)Texte _souligné_.", "photoTexte souligné."),
    ],
)
def test_strip_markdown(markdown: str, plain: str) -> None:
    assert strip_markdown(markdown) == plain


def test_discover_reports_missing_paths_and_empty_folders(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "b.txt").write_text("b", encoding="utf-8")
    (tmp_path / "corpus" / "a.md").write_text("a", encoding="utf-8")
    (tmp_path / "corpus" / "skip.png").write_bytes(b"\x89PNG")
    files, problems = discover([tmp_path / "corpus", tmp_path / "empty", tmp_path / "missing.txt"])
    assert [f.name for f in files] == ["a.md", "b.txt"]
    assert problems == [
        (str(tmp_path / "empty"), "folder holds no article files"),
        (str(tmp_path / "missing.txt"), "no such file or folder"),
    ]


def test_a_utf8_file_cut_inside_its_last_character_loses_only_that_character() -> None:
    data = "La réalisatrice a parlé du film qui sortira l'été".encode()[:-1]
    assert decode(data) == ("La réalisatrice a parlé du film qui sortira l'ét\ufffd", "utf-8")
    # A legacy encoding may also end on a byte that opens a UTF-8 sequence: with no UTF-8 before it, it is cp1252.
    assert decode("Nous irons au café".encode("cp1252")) == ("Nous irons au café", "cp1252")


def test_lone_surrogates_of_a_json_record_are_replaced(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text('{"text": "Un texte \\ud800 cassé", "title": "Titre \\udfff"}\n', encoding="utf-8")
    (document,) = read_path(path)
    assert (document.text, document.hints["title"]) == ("Un texte \ufffd cassé", "Titre \ufffd")
    document.text.encode("utf-8")  # storable


def test_a_file_name_that_is_not_utf8_is_read_and_shown(tmp_path: Path) -> None:
    path = Path(os.fsdecode(bytes(tmp_path) + b"/r\xe9sum\xe9.txt"))
    path.write_text("Un article de presse sur le cinéma d'animation.", encoding="utf-8")
    (document,) = read_path(path)
    assert document.source_path.endswith("r\ufffdsum\ufffd.txt")
    document.source_path.encode("utf-8")


def test_a_link_out_of_the_folder_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("Un texte hors du dossier des articles.", encoding="utf-8")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text("Un article.", encoding="utf-8")
    (folder / "inside.txt").symlink_to(folder / "good.txt")
    (folder / "leak.txt").symlink_to(outside)
    files, problems = discover([folder])
    assert [f.name for f in files] == ["good.txt", "inside.txt"]
    assert problems == [(str(folder / "leak.txt"), "symbolic link to a file outside the folder")]


def test_an_upload_is_read_from_its_bytes_as_the_file_would_be(tmp_path: Path) -> None:
    """The Analyse page reads an upload from memory (a host may not let it write a temporary file): the same
    documents as the file on disk, and the same one-line refusals."""
    html = f"<html><head><title>Un titre</title></head><body><article><p>{FRENCH}</p></article></body></html>"
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    [from_disk] = read_path(path)
    [from_bytes] = read_data(str(path), ".html", html.encode())
    assert from_bytes == from_disk
    with pytest.raises(ReadError, match=r"unsupported file type \.exe"):
        read_data("virus.exe", ".exe", b"MZ")
    with pytest.raises(ReadError, match="binary file"):
        read_data("image.txt", ".txt", b"\x89PNG\r\n\x1a\n" + bytes(100))
