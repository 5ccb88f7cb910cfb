"""Typed errors: the library raises these, the CLI turns them into one-line messages.

Each message says what is wrong and what to do, so the CLI can print it as it is.
"""


class KgError(Exception):
    """Base of every error a user can cause and fix."""

    exit_code = 1


class InputError(KgError):
    """An article, path or option the user gave cannot be used."""

    exit_code = 2


class QueryError(KgError):
    """A SPARQL query is malformed, unknown or not allowed."""

    exit_code = 3


class StoreError(KgError):
    """The store cannot be opened, is not a kg store, or is busy."""

    exit_code = 4
