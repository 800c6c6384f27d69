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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="source", type=Path, default=Path("data/store"))
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--store", type=Path, required=True)
    args = parser.parse_args()
    print(build(args.source, args.articles, args.store))


if __name__ == "__main__":
    main()
