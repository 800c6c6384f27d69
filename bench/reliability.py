"""Hostile input, measured: each broken or hostile file ingested beside a good one by a real `ingest` process,
and texts built to make the extractors work hard, timed in one process.

    PYTHONPATH=. python bench/reliability.py

Prints one row per file: seconds, the process's peak memory, what became of the file (ingested, or skipped
with its one-line reason) and whether the good file beside it got in; then one row per hostile text.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOOD = (
    "Le studio Brenner annonce un film\n\nLe studio Brenner a annoncé mardi un nouveau film d'animation. "
    "« Nous voulons surprendre », a déclaré sa directrice, Anne Roux.\n"
)


def hostile_files() -> dict[str, bytes | Path]:
    """File name -> content (bytes), or -> the target of a symbolic link."""
    return {
        "nested.json": b"[" * 100_000 + b"]" * 100_000,
        "surrogate.jsonl": b'{"text": "Un texte \\ud800 du studio Velora qui annonce un film."}\n',
        "truncated.txt": "Un film d'été\n\nLe réalisateur a parlé du film qui sortira l'été".encode()[:-1],
        "legacy.txt": "Le café du studio Korva a fermé pour l'été.".encode("cp1252"),
        "control.txt": b"\x01\x02\x03\x04 \x05\x06\x07\n" * 50,
        "punctuation.txt": b"!!! ??? ... ;;; ,,,\n" * 50,
        "digits.txt": b"123 456 789 000\n" * 50,
        "binary.txt": b"\x89PNG\r\n\x1a\n" + bytes(2000),
        "empty.txt": b"",
        "many-lines.txt": b"a\n" * 2_000_000,
        "many-tags.html": b"<html><body>" + b"<p>x</p>" * 300_000 + b"</body></html>",
        "script-only.html": b"<html><body><script>alert(1)</script><style>p{}</style></body></html>",
        "huge-line.jsonl": b'{"text": "' + b"mot " * 4_000_000 + b'"}\n',
        "bad-records.jsonl": b'{"text": 12}\n[1, 2]\n"texte"\n{"text": "Un vrai texte sur un film."}\n',
        "year-99999.json": b'{"text": "Un texte sur un film d\'animation.", "date": "99999-01-01"}',
        os.fsdecode(b"r\xe9sum\xe9.txt"): GOOD.replace("Brenner", "Halden").encode(),
        "link.txt": Path("/etc/hostname"),
    }


HOSTILE_TEXTS = {
    "number words": "deux cent " * 2000,
    "percentages, no sentence end": "1 % " * 3000,
    "amounts, no sentence end": "1 million de dollars " * 1000,
    "brackets": "(" * 5000 + ")" * 5000,
    "digits and spaces": "1 " * 5000,
    "quotation marks": "« " * 5000,
    "a 20,000-letter word": "a" * 20_000,
}


def ingest_one(name: str, content: bytes | Path) -> tuple[float, float, str, bool]:
    """(seconds, peak MB, outcome, good file in) for one hostile file beside a good one, in a fresh process."""
    with tempfile.TemporaryDirectory() as folder, tempfile.TemporaryDirectory() as target:
        path = Path(folder) / name
        if isinstance(content, Path):
            path.symlink_to(content)
        else:
            path.write_bytes(content)
        (Path(folder) / "good.txt").write_text(GOOD, encoding="utf-8")
        started = time.perf_counter()
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        done = subprocess.run(
            [sys.executable, "-m", "newsclaims", "ingest", folder, "--store", target],
            capture_output=True,
            text=True,
            timeout=600,
            errors="replace",
        )
        seconds = time.perf_counter() - started
        peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
        skipped = [line for line in done.stderr.splitlines() if line.startswith("skipped ")]
        outcome = skipped[0].split(": ", 1)[-1] if skipped else ("ingested" if done.returncode == 0 else "crashed")
        good_in = done.returncode == 0 and "stored" in done.stderr
        return seconds, peak, outcome, good_in


def main() -> None:
    files = hostile_files()
    print(f"{'file':<22}{'seconds':>8}{'peak MB':>9}  {'good file in':<13}outcome")
    crashed = 0
    for name, content in files.items():
        seconds, peak, outcome, good_in = ingest_one(name, content)
        crashed += outcome == "crashed" or not good_in
        shown = name.encode("utf-8", "replace").decode()
        print(f"{shown:<22}{seconds:>8.1f}{peak:>9.0f}  {'yes' if good_in else 'NO':<13}{outcome}")
    print(f"{len(files)} files, {crashed} crashed or kept the good file out (peak MB: the largest ingest so far)")

    from newsclaims.pipeline import analyse_text

    analyse_text("Titre\n\nUn texte pour charger les modèles.")
    print(f"\n{'text':<32}{'characters':>11}{'seconds':>9}  outcome")
    for label, text in HOSTILE_TEXTS.items():
        started = time.perf_counter()
        try:
            analyse_text("Titre\n\n" + text)
            outcome = "read"
        except Exception as error:  # the bench reports every failure instead of stopping at the first
            outcome = f"{type(error).__name__}: {error}"[:80]
        print(f"{label:<32}{len(text):>11}{time.perf_counter() - started:>9.2f}  {outcome}")


if __name__ == "__main__":
    main()
