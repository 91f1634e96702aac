"""Measuring extraction: the scorer (facts-format.md, "How extraction is scored") and adapters
that turn evaluation corpora (MUC-4, WikiEvents) into gold facts."""

from kg.evaluation.scorer import Scores, score

__all__ = ["Scores", "score"]
