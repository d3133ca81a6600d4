"""Versioned schema migrations for the SQLite store.

``PRAGMA user_version`` holds the schema version. Each step moves the schema up by one and runs
in its own transaction together with the version bump, so a crash mid-upgrade leaves the old
version intact. Steps are append-only: never edit a released step, add a new one.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str]] = [
    (1, """
CREATE TABLE archives (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    platform    TEXT NOT NULL,
    display     TEXT NOT NULL,
    paths       TEXT NOT NULL,             -- JSON list of resolved paths
    first_seen  TEXT NOT NULL,
    last_seen   TEXT NOT NULL
);
CREATE TABLE runs (
    id              TEXT PRIMARY KEY,
    archive_id      INTEGER NOT NULL REFERENCES archives(id) ON DELETE CASCADE,
    content_digest  TEXT NOT NULL,
    settings_key    TEXT NOT NULL,
    options         TEXT NOT NULL,          -- JSON
    started_at      TEXT NOT NULL,
    finished_at     TEXT,
    status          TEXT NOT NULL,          -- running | done | stopped | abandoned
    checkpoint      INTEGER NOT NULL DEFAULT 0,
    counters        TEXT NOT NULL DEFAULT '{}',
    issues          TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX runs_archive ON runs(archive_id, status);
CREATE TABLE posts (
    post_key        TEXT PRIMARY KEY,
    platform        TEXT NOT NULL,
    kind            TEXT NOT NULL,
    created_at      TEXT,
    url             TEXT,
    locator         TEXT,
    audience        TEXT NOT NULL,
    audience_note   TEXT,
    author          TEXT,
    source_file     TEXT,
    texts           TEXT NOT NULL,          -- JSON [[part, text], ...]
    verdict         TEXT NOT NULL,
    redacted        TEXT,
    notes           TEXT NOT NULL DEFAULT '[]',
    worst           INTEGER NOT NULL,
    confidence      REAL NOT NULL,
    reach           INTEGER NOT NULL,
    already_deleted INTEGER NOT NULL DEFAULT 0,
    last_run        TEXT NOT NULL
);
CREATE TABLE findings (
    fingerprint TEXT PRIMARY KEY,
    post_key    TEXT NOT NULL,
    code        TEXT NOT NULL,
    severity    INTEGER NOT NULL,
    confidence  REAL NOT NULL,
    reach       INTEGER NOT NULL,
    ordinal     INTEGER NOT NULL,
    data        TEXT NOT NULL,              -- the wire finding, JSON, without "explanation"
    first_run   TEXT NOT NULL,
    last_run    TEXT NOT NULL
);
CREATE INDEX findings_post ON findings(post_key);
CREATE INDEX findings_rank ON findings(severity DESC, confidence DESC, reach DESC);
CREATE TABLE sightings (
    run_id      TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,
    PRIMARY KEY (run_id, fingerprint)
) WITHOUT ROWID;
CREATE INDEX sightings_fp ON sightings(fingerprint);
CREATE TABLE decisions (
    fingerprint TEXT PRIMARY KEY,
    action      TEXT NOT NULL,
    reason      TEXT,
    decided_at  TEXT NOT NULL,
    decided_run TEXT                        -- the latest run that had seen it when decided
);
CREATE TABLE me_names (
    platform TEXT NOT NULL,
    chat     TEXT NOT NULL,
    name     TEXT NOT NULL,
    PRIMARY KEY (platform, chat, name)
) WITHOUT ROWID;
"""),
]

LATEST = MIGRATIONS[-1][0]
