"""Screenshots of every page of the dashboard in both interface languages, on any store: what a reviewer or a
closing note looks at (a picture, not a timing).

    PYTHONPATH=. python bench/screenshots.py OUT_FOLDER [--store data/store] [--height 2400]

One fresh server on the store; each page opened in a fresh browser at 1400 pixels wide, as tall as `--height`
so that the whole page is drawn (Streamlit scrolls inside its own frame, so a taller window shows more of it),
and saved once it is settled, cut below its last element, as OUT_FOLDER/<lang>-<page>.png.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for path in (ROOT, ROOT / "bench"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from live_server import CHROMIUM, CHROMIUM_ARGS, Server  # noqa: E402

from components.links import PAGE_PATHS  # noqa: E402
from newsclaims import store  # noqa: E402
from tests.app.streamlit_page import settle  # noqa: E402

LANGUAGES = ("en", "fr")
WIDTH = 1400
# Where the page's content ends: the bottom of the main column's last element, plus a margin.
CONTENT_BOTTOM = """() => {
    const block = document.querySelector('[data-testid=stMainBlockContainer]');
    const last = block && block.lastElementChild;
    return last ? last.getBoundingClientRect().bottom + 48 : document.documentElement.clientHeight;
}"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--store", type=Path, default=ROOT / "data" / "store")
    parser.add_argument("--height", type=int, default=2400)
    args = parser.parse_args()
    if not CHROMIUM.exists():
        sys.exit("screenshots need /usr/bin/chromium (make chromium)")
    from playwright.sync_api import sync_playwright

    store.version_folder(args.store)  # a clear error before the server starts
    args.out.mkdir(parents=True, exist_ok=True)
    server = Server(args.store)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            for lang in LANGUAGES:
                for name, path in PAGE_PATHS.items():
                    context = browser.new_context(viewport={"width": WIDTH, "height": args.height})
                    page = context.new_page()
                    page.goto(f"{server.url}/{path}?lang={lang}")
                    settle(page, timeout=120)
                    target = args.out / f"{lang}-{name}.png"
                    bottom = min(args.height, int(page.evaluate(CONTENT_BOTTOM)))
                    clip = {"x": 0, "y": 0, "width": WIDTH, "height": bottom}
                    page.screenshot(path=str(target), clip=clip)
                    print(target)
                    context.close()
            browser.close()
    finally:
        server.stop()


if __name__ == "__main__":
    main()
