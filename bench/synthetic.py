"""A synthetic store for load tests: real article bodies replicated with perturbed metadata and records.

No NLP runs: records are drawn from the real sentence spans of a built store, so every span is valid
(`body[start:end]` is the evidence) while counts, outlets, dates, speakers and stances vary.
Usage: python bench/synthetic.py --from data/store --articles 10000 --store /tmp/synthetic-store
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from newsclaims import store  # noqa: E402
from newsclaims.records import Article, Claim, Evidence, Figure, Quote, Stakeholder  # noqa: E402

OUTLETS = [f"Outlet {chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(40)]
PEOPLE = [f"Person {i:02d}" for i in range(40)] + ["Netflix", "SAG-AFTRA", "critics", "artists", "OpenAI"]
STANCES = ["pro", "against", "neutral"]
TOPICS = ["speed", "cost", "creativity", "jobs", "consent", "quality", "regulation", "business", "adoption", "audience"]
TYPES = ["quantitative", "comparison", "prediction", "causal", "evaluation", "factual"]
METRICS = ["revenue", "profit", "views", "speed", "salary", "subscribers"]
_NUMBER = re.compile(r"\d[\d\u202f\u00a0 ]*(?:[.,]\d+)?\s*(?:%|milliards?|millions?|dollars|euros|fois)?")


def synthetic_article(base: Article, index: int, rng: random.Random) -> Article:
    """One synthetic article over `base`'s body, with records on its real sentence spans."""
    body = base.body
    sentences = [s for s in base.sentences if not s.is_heading and s.end - s.start > 20]
    article = Article(
        article_id=f"syn{index:06d}",
        source_path=f"synthetic/{index:06d}.txt",
        title=f"{base.title} ({index})",
        date=f"{rng.randint(2021, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        author=None,
        outlet=rng.choice(OUTLETS),
        language="fr" if rng.random() < 0.9 else "en",
        body=body,
        sentences=list(base.sentences),
    )
    speakers = rng.sample(PEOPLE, 6)
    for sentence in rng.sample(sentences, min(len(sentences), 12)):
        text = body[sentence.start : sentence.end]
        article.claims.append(
            Claim(
                text,
                rng.choice(speakers),
                rng.choice(["quote", "reported", "article"]),
                rng.choice(TYPES),
                rng.sample(TOPICS, rng.randint(1, 2)),
                rng.choice(STANCES),
                round(rng.uniform(-1, 1), 2),
                round(rng.random(), 2),
                # The same sentence of the same base article is the same claim in every replica: clusters.
                f"c-{base.article_id[:8]}-{sentence.index}",
                sentence.start,
                sentence.end,
            )
        )
    for sentence in rng.sample(sentences, min(len(sentences), 6)):
        article.quotes.append(
            Quote(
                body[sentence.start : sentence.end],
                "direct",
                rng.choice(speakers),
                None,
                "déclarer",
                "neutral",
                sentence.start,
                sentence.end,
            )
        )
    for match in list(_NUMBER.finditer(body))[:15]:
        surface = match.group(0).strip()
        end = match.start() + len(surface)
        digits = re.sub(r"[^\d]", "", surface.split(",")[0].split(".")[0]) or "0"
        article.figures.append(
            Figure(
                surface,
                "count",
                float(digits[:12]),
                "units",
                rng.choice(METRICS),
                rng.choice(speakers),
                None,
                None,
                match.start(),
                end,
            )
        )
    for name in speakers:
        evidence = rng.choice(sentences)
        article.stakeholders.append(
            Stakeholder(
                name,
                "person" if name.startswith("Person") else "organization",
                "executive",
                [name],
                rng.randint(1, 9),
                rng.choice(["pro", "against", "neutral", "mixed"]),
                round(rng.uniform(-1, 1), 2),
                [Evidence(body[evidence.start : evidence.end], evidence.start, evidence.end)],
            )
        )
    return article


def build(source: Path, count: int, target: Path, seed: int = 7) -> Path:
    """Write a store of `count` synthetic articles derived from the store at `source`."""
    bases = store.load_articles(source)
    rng = random.Random(seed)
    articles = [synthetic_article(bases[i % len(bases)], i, rng) for i in range(count)]
    return store.write_store(articles, {"synthetic": True, "source": str(source)}, target)


def _dates(rng: np.random.Generator, count: int) -> list[str]:
    years, months, days = rng.integers(2016, 2026, count), rng.integers(1, 13, count), rng.integers(1, 29, count)
    return [f"{y}-{m:02d}-{d:02d}" for y, m, d in zip(years, months, days, strict=True)]


def _replace(table: pa.Table, **columns: object) -> pa.Table:
    for name, values in columns.items():
        index = table.schema.get_field_index(name)
        array = pa.array(values, type=table.schema.field(name).type)
        table = table.set_column(index, name, array)
    return table


def replicate(source: Path, count: int, target: Path, seed: int = 7, batch: int = 50_000) -> Path:
    """A store of `count` articles made by copying the records of the store at `source` in Arrow (no Python object
    a record: a million articles take minutes, not hours). Each copy has its own id, outlet, date, language and
    stances; its claims form clusters with the copies of the 50 articles around it."""
    rng = np.random.default_rng(seed)
    base = {name: store.read_table(name, source).drop_columns([store.PARTITION]) for name in store.ARTICLE_TABLES}
    base["articles"] = base["articles"].sort_by("position")
    base_ids = base["articles"].column("article_id").to_pylist()
    rows_of = {
        name: [np.flatnonzero(np.asarray(table.column("article_id").to_pylist()) == aid) for aid in base_ids]
        for name, table in base.items()
        if name != "articles"
    }
    articles_per_base = [np.array([i]) for i in range(len(base_ids))]
    clusters_before = 0
    with store.new_version(target, grace_seconds=0) as writer:
        for low in range(0, count, batch):
            numbers = np.arange(low, min(count, low + batch))
            which = numbers % len(base_ids)
            ids = np.array([f"syn{n:07d}" for n in numbers], dtype=object)
            outlets = np.array(OUTLETS, dtype=object)[rng.integers(0, len(OUTLETS), len(numbers))]
            dates = np.array(_dates(rng, len(numbers)), dtype=object)
            languages = np.where(rng.random(len(numbers)) < 0.9, "fr", "en").astype(object)
            titles = np.array(
                [f"{base['articles']['title'][int(b)].as_py()} ({n})" for b, n in zip(which, numbers, strict=True)],
                dtype=object,
            )
            tables = {}
            for name, table in base.items():
                per_base = articles_per_base if name == "articles" else rows_of[name]
                take = np.concatenate([per_base[int(b)] for b in which])
                owner = np.repeat(np.arange(len(numbers)), [len(per_base[int(b)]) for b in which])
                rows = table.take(pa.array(take))
                shared: dict[str, object] = {"article_id": ids[owner]}
                if name != "sentences":
                    shared.update(
                        outlet=outlets[owner],
                        date=dates[owner],
                        date_from=dates[owner],
                        date_to=dates[owner],
                        language=languages[owner],
                        title=titles[owner],
                    )
                if name == "articles":
                    shared.update(position=numbers, search=[store.fold(title) for title in titles])
                if name not in ("articles", "sentences"):
                    # Each row's search text its own, as in a real store: repeated copies of five articles' texts
                    # are stored once by Parquet's dictionary and searched once by DuckDB, which made a search of
                    # the claims of a million articles 12 times faster than one over distinct texts (130 ms against
                    # 1.5 s). A number, which no search word of the benches is, tells the rows apart.
                    tags = pa.array([f"{article} {index}" for article, index in zip(numbers[owner], take, strict=True)])
                    shared["search"] = pc.binary_join_element_wise(rows.column("search"), tags, " ")
                if name in ("claims", "stakeholders"):
                    shared["stance"] = np.array(STANCES, dtype=object)[rng.integers(0, 3, len(take))]
                if name == "claims":
                    group = (numbers[owner] // 50).astype(str)
                    keys = np.char.add(np.char.add(np.asarray(rows["cluster_key"].to_pylist(), dtype=str), "-"), group)
                    sizes = pd.DataFrame({"key": keys, "outlet": outlets[owner]}).groupby("key")["outlet"]
                    # A batch's clusters are its own (groups of 50 articles): numbered on from the last batch's.
                    distinct, number = np.unique(keys, return_inverse=True)
                    shared.update(
                        cluster_id=keys.astype(object),
                        cluster_key=keys.astype(object),
                        cluster_size=sizes.transform("nunique").to_numpy(),
                        cluster_number=clusters_before + number,
                    )
                    clusters_before += len(distinct)
                rows = _replace(rows, **shared)
                months = [date[:7] for date in dates[owner]]
                tables[name] = rows.append_column(store.PARTITION, pa.array(months, pa.string()))
            writer.add_tables(tables)
        writer.finish({"synthetic": True, "source": str(source)}, {})
    folder = store.current_version(target)
    assert folder is not None
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="source", type=Path, default=Path("data/store"))
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--arrow", action="store_true", help="copy records in Arrow (for a million articles)")
    args = parser.parse_args()
    print((replicate if args.arrow else build)(args.source, args.articles, args.store))


if __name__ == "__main__":
    main()
