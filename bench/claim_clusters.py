"""Claim clustering, measured: merges on labelled pairs (French, English) and time and memory at scale.

    PYTHONPATH=. python bench/claim_clusters.py [--sizes 1000,10000,100000] [--pairs-only | --scale-only]

Part 1 reads bench/claim_pairs.json (pairs written for this bench: same, different, contradiction), builds each
claim with the real parse (tests.support.claim_article) and prints how each label is clustered. Part 2 generates
articles of claims (records written directly, no NLP: subjects, predicates, words and numbers drawn from skewed
vocabularies, a fifth of the claims repeating an earlier one with a word changed, a quarter of those
denying it, one claim in ten negated) and
clusters them with link_claims, each size in a fresh process so that its peak memory is its own; the baseline,
measured in the same run, is the all-pairs comparison the index replaces.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from collections import Counter
from dataclasses import replace
from functools import cache
from itertools import accumulate, pairwise
from pathlib import Path

from newsclaims.records import Article, Claim, Figure

PAIRS = Path(__file__).with_name("claim_pairs.json")
CLAIMS_PER_ARTICLE = 10
PREDICATES = [
    "pay",
    "demand",
    "increase",
    "decrease",
    "gain",
    "lose",
    "allow",
    "forbid",
    "use",
    "hire",
    "cut_jobs",
    "support",
    "oppose",
    "open",
    "close",
    "sign",
    "reach",
    "annoncer",
    "prévoir",
    "lancer",
    "investir",
    "racheter",
    "vendre",
    "produire",
    "diffuser",
    "tourner",
    "négocier",
    "publier",
    "recruter",
    "former",
]
UNITS = [("EUR", "revenue"), ("USD", "net profit"), ("%", "revenue growth"), ("subscribers", "subscribers")]


@cache
def _zipf_weights(size: int) -> list[float]:
    return list(accumulate(1 / rank for rank in range(1, size + 1)))


def _zipf(rng: random.Random, size: int) -> int:
    """An index in [0, size) drawn by Zipf's law, as words and names are in the press: the r-th most frequent
    comes up about 1/r as often as the first."""
    return rng.choices(range(size), cum_weights=_zipf_weights(size))[0]


def _claim(text: str, start: int, subject: str, predicate: str, negated: bool, lemmas: list[str]) -> Claim:
    """A claim in an article's own voice with the terms the parse would have read."""
    return Claim(
        text,
        None,
        "article",
        "factual",
        [],
        "neutral",
        0.0,
        0.0,
        None,
        start,
        start + 150,
        subject,
        [subject],
        predicate,
        negated,
        lemmas,
        lemmas[-2:],
    )


def generate(claims: int, seed: int = 7) -> list[Article]:
    """Articles of CLAIMS_PER_ARTICLE generated claims each, dated in order."""
    rng = random.Random(seed)
    words = [f"mot{n}" for n in range(20_000)]
    subjects = [f"Société {n}" for n in range(max(50, claims // 20))]
    made: list[tuple[Claim, Figure | None]] = []
    articles = []
    for number in range(claims // CLAIMS_PER_ARTICLE):
        article_claims, figures = [], []
        for slot in range(CLAIMS_PER_ARTICLE):
            start = slot * 200
            draw = rng.random()
            if made and draw < 0.2:  # a repeat of an earlier claim, one word changed; one in four denies it
                earlier, figure = made[rng.randrange(len(made))]
                lemmas = [*earlier.lemmas[:-1], words[_zipf(rng, len(words))]]
                negated = earlier.negated != (draw < 0.05)
                claim = _claim(earlier.text, start, str(earlier.subject), str(earlier.predicate), negated, lemmas)
                figure = replace(figure, start=start + 10, end=start + 20) if figure else None
            else:
                subject = subjects[_zipf(rng, len(subjects))]
                lemmas = [words[_zipf(rng, len(words))] for _ in range(rng.randint(6, 12))]
                predicate = PREDICATES[_zipf(rng, len(PREDICATES))]
                claim = _claim(f"claim {number}-{slot}", start, subject, predicate, rng.random() < 0.1, lemmas)
                figure = None
                if rng.random() < 0.3:
                    unit, metric = UNITS[rng.randrange(len(UNITS))]
                    value = float(rng.randint(1, 999))
                    kind = "count" if unit == "subscribers" else "money"
                    figure = Figure(
                        f"{value:g}", kind, value, unit, metric, subject, "Q1 2026", None, start + 10, start + 20
                    )
            made.append((claim, figure))
            article_claims.append(claim)
            if figure is not None:
                figures.append(figure)
        day = f"2026-{1 + number * 12 // max(1, claims // CLAIMS_PER_ARTICLE):02d}-{1 + number % 28:02d}"
        articles.append(
            Article(
                f"g{number:07d}",
                f"g{number}.txt",
                "t",
                day,
                None,
                f"outlet {number % 40}",
                "fr",
                "x" * 2000,
                claims=article_claims,
                figures=figures,
            )
        )
    return articles


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(claims: int) -> dict[str, float]:
    """Cluster `claims` generated claims in this process: seconds, peak RSS, clusters, disputes."""
    from newsclaims.extract.clusters import link_claims

    articles = generate(claims)
    before = _peak_rss_mb()
    started = time.perf_counter()
    linked, disputes = link_claims(articles)
    seconds = time.perf_counter() - started
    sizes = Counter(c.cluster_id for a in linked for c in a.claims)
    return {
        "claims": claims,
        "seconds": seconds,
        "peak_rss_mb": _peak_rss_mb(),
        "rss_before_mb": before,
        "clusters": len(sizes),
        "multi": sum(1 for n in sizes.values() if n > 1),
        "disputes": len(disputes),
    }


def all_pairs_seconds(claims: int) -> float:
    """The baseline: every pair of claims of different articles compared with the same relation."""
    from newsclaims.extract.clusters import claim_key, relation

    keys = [claim_key(a, c) for a in generate(claims) for c in a.claims]
    started = time.perf_counter()
    for i, left in enumerate(keys):
        for right in keys[i + 1 :]:
            if left.article_id != right.article_id:
                relation(left, right)
    return time.perf_counter() - started


def scale(sizes: list[int]) -> None:
    rows = []
    for size in sizes:
        output = subprocess.run(
            [sys.executable, __file__, "--measure", str(size)], check=True, capture_output=True, text=True
        ).stdout
        rows.append(json.loads(output.strip().splitlines()[-1]))
    print(
        f"{'claims':>8} {'seconds':>8} {'ms/1k':>7} {'MB before':>10} {'peak MB':>8} {'clusters':>9} {'multi':>7} "
        f"{'disputes':>8}"
    )
    for row in rows:
        per_k = row["seconds"] / row["claims"] * 1000 * 1000
        print(
            f"{row['claims']:>8} {row['seconds']:>8.2f} {per_k:>7.1f} {row['rss_before_mb']:>10.0f} "
            f"{row['peak_rss_mb']:>8.0f} {row['clusters']:>9} {row['multi']:>7} {row['disputes']:>8}"
        )
    print("(MB before: the process once its claims are generated; peak MB: after clustering them)")
    import math

    for low, high in pairwise(rows):
        doublings = math.log2(high["claims"] / low["claims"])
        total = (high["seconds"] / low["seconds"]) ** (1 / doublings)
        per_claim = total / 2
        print(
            f"{low['claims']} -> {high['claims']}: time x{total:.2f} per doubling of claims "
            f"(linear is x2.00, N² is x4.00); time per claim x{per_claim:.2f} per doubling"
        )
    base = rows[0]["claims"]
    baseline = all_pairs_seconds(base)
    print(
        f"baseline, all pairs compared at {base} claims: {baseline:.2f} s, "
        f"{baseline / rows[0]['seconds']:.1f}x the index; at 100k claims all pairs would take about "
        f"{baseline * (100_000 / base) ** 2 / 3600:.1f} h"
    )


def pairs() -> None:
    from newsclaims.extract.clusters import claim_key, relation
    from tests.support import claim_article

    table: Counter[tuple[str, str, str]] = Counter()
    wrong = []
    for pair in json.loads(PAIRS.read_text(encoding="utf-8"))["pairs"]:
        a = claim_article(pair["a"], "Le Quotidien", pair["language"])
        b = claim_article(pair["b"], "La Gazette", pair["language"])
        found = relation(claim_key(a, a.claims[0]), claim_key(b, b.claims[0]))
        outcome = found[0] if found else "apart"
        table[(pair["language"], pair["label"], outcome)] += 1
        expected = {"same": "same", "different": "apart", "contradiction": "disputed"}[pair["label"]]
        if outcome != expected:
            wrong.append(f"   {pair['language']} {pair['label']} -> {outcome}: {pair['a']} / {pair['b']}")
    print(f"{'lang':<5}{'label':<15}{'pairs':>6}{'merged':>8}{'disputed':>10}{'apart':>7}")
    for language in ("fr", "en"):
        for label in ("same", "different", "contradiction"):
            counts = [table[(language, label, outcome)] for outcome in ("same", "disputed", "apart")]
            print(f"{language:<5}{label:<15}{sum(counts):>6}{counts[0]:>8}{counts[1]:>10}{counts[2]:>7}")
    same = sum(table[(lang, "same", "same")] for lang in ("fr", "en"))
    total_same = sum(v for (lang, label, _o), v in table.items() if label == "same")
    bad = sum(v for (lang, label, o), v in table.items() if label != "same" and o == "same")
    print(f"paraphrases merged: {same}/{total_same} = {same / total_same:.0%}; other pairs merged: {bad}")
    print("\n".join(wrong) or "   every pair as labelled")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--pairs-only", action="store_true")
    parser.add_argument("--scale-only", action="store_true")
    parser.add_argument("--measure", type=int, help=argparse.SUPPRESS)  # one size, in a child process
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return
    # Scale first: a child process inherits its parent's peak memory, which the pairs' spaCy models would raise.
    if not args.pairs_only:
        scale([int(size) for size in args.sizes.split(",")])
    if not args.scale_only:
        pairs()


if __name__ == "__main__":
    main()
