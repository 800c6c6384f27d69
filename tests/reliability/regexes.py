"""Every regular expression the pipeline uses, against texts crafted to make it backtrack.

    python -m tests.reliability.regexes [--chars N] [--top K]

Records each pattern compiled from the pipeline's own code (module constants, lexicon patterns and the
patterns given inline to `re.search` and its kin) while the pipeline reads a sample of French and English
press prose, then runs every pattern over runs of the characters and words that its kind of pattern feeds on,
each followed by a character that makes the match fail (the worst case of a backtracking engine). Prints one
JSON object: how many patterns and attacks, and the slowest searches in seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

PACKAGE = str(Path(__file__).resolve().parents[2] / "newsclaims")

# Runs that feed the usual backtracking shapes: (\w+\s?)*, (\d+[ ,.]?)+, quote and bracket matching, lists of
# names and number words, optional spaces between digits; each repeated to the length asked.
UNITS = [
    "a", "é", " ", "1", "1 ", "1,", "1.", "12 000 ", ",", ".", "'", "’", "-", "—", "«", "« ", "»", '"', "(", ")",
    "[", "%", "1 % ", "$", "€", "\n", "\u00a0", "\u202f", "de ", "a ", "et ", "le ", "deux ", "cent ", "M. ",
    "The ", "Anne ", "Anne Roux, ", "a-t-il ", "millions ", "1 million de ", "*", "_", "*_", "#", ":",
]  # fmt: skip
ENDINGS = ["", "\x00"]
SAMPLE = (
    "Le studio Brenner a annoncé mardi un chiffre d'affaires de 3,2 milliards d'euros (+12 %), contre 2,9 "
    "milliards un an plus tôt. « Nous voulons recruter 300 personnes d'ici 2027 », a déclaré sa directrice, Anne "
    "Roux. Selon le syndicat, l'intelligence artificielle menace pourtant 1 200 emplois, a-t-il ajouté.\n\n"
    "La société prévoit une marge de 15 % au deuxième trimestre 2026, soit 40 millions de dollars par an.\n\n"
    "The studio said revenue rose 5% to $3.1bn in the second quarter, while its chief executive, Mark Hale, "
    '"We will never replace actors," he told reporters on Tuesday. Over 200 characters and a 20,000-title '
    "library were mentioned, up from 150 last year, according to analysts at the firm.\n"
)


def record_patterns() -> set[tuple[str, int]]:
    """The (pattern, flags) compiled from code under newsclaims/ while the pipeline reads the sample."""
    seen: set[tuple[str, int]] = set()
    compile_original = re._compile  # type: ignore[attr-defined]

    def recording(pattern: object, flags: int) -> re.Pattern[str]:
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename == re.__file__:
            frame = frame.f_back  # type: ignore[assignment]
        if frame is not None and frame.f_code.co_filename.startswith(PACKAGE) and isinstance(pattern, str):
            seen.add((pattern, int(flags)))
        elif isinstance(pattern, re.Pattern) and frame is not None and frame.f_code.co_filename.startswith(PACKAGE):
            seen.add((pattern.pattern, pattern.flags))
        return compile_original(pattern, flags)  # type: ignore[no-any-return]

    re._compile = recording  # type: ignore[attr-defined]
    try:
        from newsclaims.pipeline import analyse_text

        for text in (SAMPLE, SAMPLE.split("\n\n")[-1]):
            analyse_text("Un titre de presse\n\n" + text)
        analyse_text("# Titre\n\n*Un* [lien](x) et **gras** — " + SAMPLE, markdown=True)
    finally:
        re._compile = compile_original  # type: ignore[attr-defined]
    return seen


def attacks(chars: int) -> list[str]:
    return [(unit * (chars // len(unit) + 1))[:chars] + ending for unit in UNITS for ending in ENDINGS]


def _worst_cases(patterns: list[tuple[str, int]], chars: int) -> list[tuple[float, str, str]]:
    """(seconds, pattern, attack unit) of each pattern's slowest finditer over every attack."""
    timings: list[tuple[float, str, str]] = []
    texts = attacks(chars)
    for source, flags in patterns:
        pattern = re.compile(source, flags)
        worst = (0.0, "")
        for text in texts:
            started = time.perf_counter()
            for _ in pattern.finditer(text):
                pass
            worst = max(worst, (time.perf_counter() - started, text[:12]))
        timings.append((worst[0], source, worst[1]))
    return timings


def slowest(patterns: set[tuple[str, int]], chars: int, top: int) -> list[tuple[float, str, str]]:
    """The `top` slowest (seconds, pattern, attack unit) of every pattern's finditer over every attack; the patterns
    are shared among one process per core (each search is timed alone in its process, so the bound holds)."""
    ordered = sorted(patterns)
    workers = max(1, os.cpu_count() or 1)
    shares = [ordered[index::workers] for index in range(workers)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        timings = [timing for share in pool.map(_worst_cases, shares, [chars] * workers) for timing in share]
    return sorted(timings, reverse=True)[:top]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chars", type=int, default=5000)
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args()
    patterns = record_patterns()
    worst = slowest(patterns, args.chars, args.top)
    report = {
        "patterns": len(patterns),
        "attacks": len(attacks(args.chars)),
        "chars": args.chars,
        "slowest": [{"seconds": s, "pattern": p[:160], "attack": a} for s, p, a in worst],
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main()
