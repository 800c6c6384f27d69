"""newsclaims: who claims what in the press, with the evidence."""

PIPELINE_VERSION = "0.1.0"
