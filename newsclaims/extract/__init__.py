"""Extract stage: pure functions from a parsed article to the contract's records (wired in article.py)."""
