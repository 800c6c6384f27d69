"""CLI: ingest reports every bad input in one line and in the manifest; extract prints the contract's JSON."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from newsclaims import store
from newsclaims.__main__ import main
from tests.support import SEEDS_DIR

SEED = sorted(SEEDS_DIR.glob("*.txt"))[3]


@pytest.mark.parametrize("command", [[], ["ingest"], ["extract"], ["evaluate"], ["status"]])
def test_help_on_every_command(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([*command, "--help"])
    assert exit_info.value.code == 0
    assert "usage:" in capsys.readouterr().out


def bad_inputs(folder: Path) -> dict[str, str]:
    """Write one file of each bad kind; return name -> expected reason."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (folder / "huge.txt").write_bytes(b"mot " * 300_000)
    (folder / "garbage.txt").write_bytes(bytes(range(128, 256)) * 4)
    (folder / "script.html").write_text("<html><body><script>alert(1)</script></body></html>", encoding="utf-8")
    (folder / "feed.jsonl").write_text('{"text": "Le studio a signé un accord."}\n{oops\n', encoding="utf-8")
    return {
        "empty.txt": "empty file",
        "image.txt": "binary file",
        "huge.txt": "too large",
        "garbage.txt": "not valid UTF-8",
        "script.html": "no article text",
    }


@pytest.mark.slow
def test_ingest_skips_and_reports_bad_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    expected = bad_inputs(corpus)
    shutil.copy(SEED, corpus / SEED.name)
    store_dir = tmp_path / "store"
    code = main(["ingest", str(corpus), str(tmp_path / "missing"), "--store", str(store_dir), "--max-bytes", "1000000"])
    assert code == 0
    err = capsys.readouterr().err
    manifest = store.read_manifest(store_dir)
    skipped = {Path(item["path"]).name: item["reason"] for item in manifest["skipped"]}
    for name, reason in expected.items():
        assert reason in skipped[name]
        assert f"skipped {corpus / name}: {skipped[name]}" in err
    assert "no such file" in skipped["missing"]
    assert any("line 2: invalid JSON" in warning for warning in manifest["warnings"])
    assert manifest["counts"]["articles"] == 2  # the seed and the good JSONL line


@pytest.mark.slow
def test_ingest_of_nothing_readable_fails_and_keeps_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store_dir = tmp_path / "store"
    assert main(["ingest", str(SEED), "--store", str(store_dir)]) == 0
    version = store.current_version(store_dir)
    bad = tmp_path / "bad"
    bad_inputs(bad)
    (bad / "feed.jsonl").unlink()
    assert main(["ingest", str(bad), "--store", str(store_dir), "--max-bytes", "1000000"]) == 1
    assert "no article could be read" in capsys.readouterr().err
    assert store.current_version(store_dir) == version
    assert main(["ingest", str(tmp_path / "empty-folder-missing"), "--store", str(store_dir)]) == 1


@pytest.mark.slow
def test_ingest_if_stale_skips_an_up_to_date_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store_dir = tmp_path / "store"
    assert main(["ingest", str(SEED), "--store", str(store_dir)]) == 0
    version = store.current_version(store_dir)
    assert main(["ingest", str(SEED), "--store", str(store_dir), "--if-stale"]) == 0
    assert "up to date" in capsys.readouterr().err
    assert store.current_version(store_dir) == version


@pytest.mark.slow
def test_extract_json_follows_the_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code = main(["extract", "--json", str(SEED), str(empty), str(tmp_path / "nope.md")])
    out = capsys.readouterr()
    assert code == 1
    result = json.loads(out.out)  # nothing but the JSON array on stdout
    assert [item["source_path"] for item in result] == [str(SEED), str(empty), str(tmp_path / "nope.md")]
    article = result[0]
    for key in ("article_id", "title", "date", "author", "outlet", "language", "body"):
        assert key in article
    for key in ("quotes", "claims", "figures", "stakeholders"):
        assert isinstance(article[key], list)
        for record in article[key]:
            if "start" in record:
                assert article["body"][record["start"] : record["end"]]
    assert result[1] == {"source_path": str(empty), "error": "empty file"}
    assert result[2]["error"] == "no such file or folder"
    assert main(["extract", "--json", str(SEED)]) == 0


def test_evaluate_prints_every_measure_per_language(capsys: pytest.CaptureFixture[str]) -> None:
    gold = SEEDS_DIR.parent / "gold" / "seeds.json"
    assert main(["evaluate", "--gold", str(gold), str(SEED)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["measure", "all", "fr"]
    rows = {line.split()[0]: line.split()[1:] for line in lines[1:]}
    # One seed of five: the other four are reported missing, and the found one scores fully.
    assert rows["articles_missing"] == ["4", "4"]
    assert 0 < float(rows["quote_recall"][0]) < 1  # the missing seeds' quotes count as missed
    for measure in ("quote_recall", "quote_speaker_acc", "figure_f1", "stance_acc", "metadata_acc"):
        assert measure in rows


def test_evaluate_errors_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "one.txt"
    article.write_text(
        "Un titre\n\n« Nous irons plus loin », a déclaré Marie Durand, la directrice.\n", encoding="utf-8"
    )
    gold = tmp_path / "gold.json"
    gold.write_text(
        json.dumps(
            {
                "canonical_stakeholders": {"Paul Petit": {"aliases": ["Paul Petit"]}},
                "articles": {"one.txt": {"quotes": [{"contains": "Nous irons plus loin", "speaker": "Paul Petit"}]}},
            }
        ),
        encoding="utf-8",
    )
    assert main(["evaluate", "--gold", str(gold), "--errors", str(article)]) == 0
    out = capsys.readouterr().out
    assert "wrong speaker | one.txt | expected: Paul Petit | got: Marie Durand" in out
    assert "    « Nous irons plus loin », a déclaré Marie Durand, la directrice." in out
    assert main(["evaluate", "--gold", str(gold), "--json", str(article)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["overall"]["quote_recall"] == 1.0 and report["overall"]["quote_speaker_acc"] == 0.0


def test_evaluate_with_an_unreadable_gold_file_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "gold.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["evaluate", "--gold", str(bad), str(SEED)]) == 1
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and error[0].startswith("error: cannot read the gold file")
