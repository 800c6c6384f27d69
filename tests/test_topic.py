"""Topics: the subject of the stances is a data file; switching it switches stances, aspects and the store."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsclaims import store
from newsclaims.__main__ import main
from newsclaims.pipeline import analyse_text
from newsclaims.topic import DEFAULT_TOPIC_FILE, TOPICS_DIR, TopicError, default_topic, load_topic

NUCLEAR = TOPICS_DIR / "nuclear-power.json"

# Written for this test: a story on nuclear power that never speaks of AI.
NUCLEAR_STORY = """Relance du nucléaire : le gouvernement détaille son plan

Le gouvernement veut construire six nouveaux réacteurs d'ici 2040. « Cette relance du nucléaire est une chance pour \
le climat et pour notre souveraineté énergétique », a déclaré la ministre de l'Énergie, Claire Dumont, mardi à Lyon.

Le collectif Énergie Citoyenne dénonce au contraire un programme dont les déchets resteront dangereux pendant des \
siècles.
"""


def test_every_shipped_topic_file_loads_with_aspects_and_names() -> None:
    for path in sorted(TOPICS_DIR.glob("*.json")):
        topic = load_topic(path)
        summary = topic.summary()
        assert summary["key"] == path.stem
        assert summary["name"]["en"] and summary["name"]["fr"]
        assert summary["aspects"] and all(aspect["label"]["fr"] for aspect in summary["aspects"])
    assert default_topic() == load_topic(DEFAULT_TOPIC_FILE)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{not json", "cannot read the topic file"),
        ('{"name": {"en": "x"}}', "needs the objects"),
        ('{"name": {}, "subject": {"fr": ["(unclosed"]}, "aspects": {}}', "subject (fr) pattern"),
        ('{"name": {}, "subject": {}, "aspects": {}, "cues": {"en": {"pro": {"[a-": 1}}}}', "pro cue (en) pattern"),
    ],
)
def test_a_broken_topic_file_gives_one_line_reason(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "broken.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TopicError, match=re.escape(reason)) as error:
        load_topic(path)
    assert "\n" not in str(error.value)


def test_stances_follow_the_topic_and_off_topic_stakeholders_are_not_engaged() -> None:
    on_nuclear = {s.name: s for s in analyse_text(NUCLEAR_STORY, topic=load_topic(NUCLEAR)).stakeholders}
    assert (on_nuclear["Claire Dumont"].stance, on_nuclear["Claire Dumont"].engaged) == ("pro", True)
    assert on_nuclear["Énergie Citoyenne"].stance == "against"
    assert on_nuclear["Énergie Citoyenne"].evidence[0].cue == "dénonce"  # the evidence says what decided it
    on_ai = {s.name: s for s in analyse_text(NUCLEAR_STORY).stakeholders}
    for name in ("Claire Dumont", "Énergie Citoyenne"):
        assert (on_ai[name].stance, on_ai[name].engaged) == ("neutral", False)


def test_claim_aspects_come_from_the_topic_file() -> None:
    nuclear = load_topic(NUCLEAR)
    aspects = {aspect for claim in analyse_text(NUCLEAR_STORY, topic=nuclear).claims for aspect in claim.topics}
    assert aspects and aspects <= set(nuclear.aspects("fr"))
    assert {"climate", "waste"} <= aspects


def test_ingest_with_another_topic_records_it_and_rebuilds_when_the_topic_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "nucleaire.txt").write_text(NUCLEAR_STORY, encoding="utf-8")
    store_dir = tmp_path / "store"
    assert main(["ingest", str(articles), "--store", str(store_dir), "--topic", str(NUCLEAR)]) == 0
    manifest = store.read_manifest(store_dir)
    assert manifest["topic"]["key"] == "nuclear-power"
    assert [aspect["key"] for aspect in manifest["topic"]["aspects"]][:2] == ["safety", "cost"]
    rows = store.read_table("stakeholders", store_dir).to_pylist()
    assert {row["name"]: row["stance"] for row in rows}["Claire Dumont"] == "pro"
    capsys.readouterr()
    assert main(["ingest", str(articles), "--store", str(store_dir), "--topic", str(NUCLEAR), "--if-stale"]) == 0
    assert "up to date" in capsys.readouterr().err
    assert main(["ingest", str(articles), "--store", str(store_dir), "--if-stale"]) == 0  # back to the default
    assert "up to date" not in capsys.readouterr().err
    rows = store.read_table("stakeholders", store_dir).to_pylist()
    assert {row["name"]: row["engaged"] for row in rows}["Claire Dumont"] is False


def test_ingest_with_an_unreadable_topic_file_stops_before_touching_the_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "absent.json"
    assert main(["ingest", str(tmp_path), "--store", str(tmp_path / "store"), "--topic", str(missing)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: cannot read the topic file") and "\n" not in err
    assert not (tmp_path / "store").exists()


def test_extract_json_reads_the_topic_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nucleaire.txt"
    path.write_text(NUCLEAR_STORY, encoding="utf-8")
    assert main(["extract", "--json", str(path), "--topic", str(NUCLEAR)]) == 0
    (article,) = json.loads(capsys.readouterr().out)
    stances = {s["name"]: s["stance"] for s in article["stakeholders"]}
    assert stances["Claire Dumont"] == "pro"
