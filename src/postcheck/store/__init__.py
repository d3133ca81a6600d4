"""The review store: findings of audits and the user's decisions about them.

``open_store(path)`` opens (creating if needed) the SQLite store; ``default_store_path()`` is
``<data folder>/audit.sqlite3``. :class:`~postcheck.store.base.Store` is the interface.
"""

from __future__ import annotations

from pathlib import Path

from .base import ACTIONS, CLOSED, ArchiveRef, BrowsePage, BrowseQuery, Decision, ReviewItem, RunInfo, RunState, Store, StoredFinding, StoredPost

STORE_FILENAME = "audit.sqlite3"


def default_store_path() -> Path:
    from postcheck.config import data_dir

    return data_dir() / STORE_FILENAME


def open_store(path=None) -> Store:
    """The SQLite store at ``path`` (default: the data folder's)."""
    from .sqlite import SQLiteStore

    return SQLiteStore(path or default_store_path())


__all__ = ["ACTIONS", "CLOSED", "ArchiveRef", "BrowsePage", "BrowseQuery", "Decision", "ReviewItem", "RunInfo", "RunState", "Store",
           "StoredFinding", "StoredPost", "default_store_path", "open_store", "STORE_FILENAME"]
