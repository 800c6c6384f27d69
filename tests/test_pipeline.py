"""Pipeline: parallel workers give the same records as one process; pasted text is analysed in memory."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsclaims.pipeline import analyse_text, run
from tests.support import SEEDS_DIR

pytestmark = pytest.mark.slow


def test_workers_give_the_same_records(tmp_path: Path) -> None:
    for seed in sorted(SEEDS_DIR.glob("*.txt"))[:3]:
        shutil.copy(seed, tmp_path / seed.name)
    single = run([tmp_path], workers=1)
    double = run([tmp_path], workers=2)
    assert single.articles == double.articles
    assert single.parsed == double.parsed == 3


def test_analyse_text_in_memory() -> None:
    article = analyse_text("Le festival s’ouvre demain à Cannes.\n\nLes critiques attendent vingt films.", "collé")
    assert article.source_path == "collé"
    assert article.language == "fr"
    assert [article.body[s.start : s.end] for s in article.sentences] == [
        "Le festival s’ouvre demain à Cannes.",
        "Les critiques attendent vingt films.",
    ]
