"""Extraction: registered rules from a spaCy Doc to Facts (see kg.extract.registry and kg.extract.pipeline)."""

from kg.extract.pipeline import extract

__all__ = ["extract"]
