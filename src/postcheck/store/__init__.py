"""The review store: findings of audits and the user's decisions about them.

``open_store(path_or_url)`` opens (creating if needed) the store: a ``postgresql://`` (or
``postgres://``) URL is a PostgreSQL server (needs ``pip install 'postcheck[postgres]'``),
anything else a SQLite file; ``default_store_path()`` is ``<data folder>/audit.sqlite3``.
:class:`~postcheck.store.base.Store` is the interface.
"""

from __future__ import annotations

from pathlib import Path

from .base import (ACTIONS, CLOSED, ArchiveRef, BrowsePage, BrowseQuery, Decision, DecisionConflict, ReviewItem,
                   RunInfo, RunState, Store, StoredFinding, StoredPost)

STORE_FILENAME = "audit.sqlite3"
URL_SCHEMES = ("postgresql://", "postgres://")
INSTALL_HINT = "pip install 'postcheck[postgres]'"


def default_store_path() -> Path:
    from postcheck.config import data_dir

    return data_dir() / STORE_FILENAME


def is_store_url(value) -> bool:
    """Whether ``value`` names a PostgreSQL server rather than a SQLite file."""
    return isinstance(value, str) and value.strip().lower().startswith(URL_SCHEMES)


def store_location(value) -> str:
    """What to show for a store given as a path or URL (a URL's password masked)."""
    if is_store_url(value):
        from .postgres import mask_url

        return mask_url(value.strip())
    return str(value)


def open_store(path=None) -> Store:
    """The PostgreSQL store for a ``postgresql://`` URL, else the SQLite store at ``path``
    (default: the data folder's)."""
    if is_store_url(path):
        try:
            import psycopg  # noqa: F401
        except ImportError:
            from postcheck.errors import StoreError

            raise StoreError("the PostgreSQL review store needs psycopg, which is not installed: "
                             f"{INSTALL_HINT}") from None
        from .postgres import PostgresStore

        return PostgresStore(path)
    from .sqlite import SQLiteStore

    return SQLiteStore(path or default_store_path())


__all__ = ["ACTIONS", "CLOSED", "ArchiveRef", "BrowsePage", "BrowseQuery", "Decision", "DecisionConflict", "ReviewItem",
           "RunInfo", "RunState", "Store", "StoredFinding", "StoredPost", "default_store_path", "is_store_url",
           "open_store", "store_location", "STORE_FILENAME", "INSTALL_HINT"]
