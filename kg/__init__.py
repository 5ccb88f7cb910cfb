"""kg: a knowledge graph of political events, built from news articles.

The flow is article -> spaCy doc -> facts -> triples -> store; `kg.ingest` is where it meets.
"""

__version__ = "0.1.0"
