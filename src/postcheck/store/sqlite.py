"""The SQLite review store: one file (default ``<data folder>/audit.sqlite3``), created 0600,
WAL journal, ``synchronous=FULL`` (a decision that was confirmed is on disk), secure delete
(forgotten text does not linger in free pages), versioned migrations (``migrations.py``).

Transactions: one per audit batch (results plus the run's checkpoint) and one per decision.
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from postcheck.errors import StoreError

from .base import (
    filter_and_count,
    ACTIONS,
    CLOSED,
    ArchiveRef,
    BrowsePage,
    BrowseQuery,
    Decision,
    ReviewItem,
    RunInfo,
    RunState,
    Store,
    StoreBusyError,
    StoreCorruptError,
    StoredFinding,
    StoredPost,
    StoreVersionError,
    conflict,
    reviewer,
)
from .migrations import LATEST, MIGRATIONS

__all__ = ["SQLiteStore", "StoreBusyError", "StoreCorruptError", "StoreVersionError", "open_store"]


def now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_run_id() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)


_POST_COLS = ("post_key", "platform", "kind", "created_at", "url", "locator", "audience",
              "audience_note", "author", "source_file", "texts", "verdict", "redacted", "notes",
              "worst", "confidence", "reach", "already_deleted")

# A finding marked deleted is "still there" when an export of a *different* archive, audited
# after the decision, holds it again (re-auditing the same old file is not news).
_STILL_THERE = """(d.action = 'deleted' AND EXISTS (
    SELECT 1 FROM sightings s2 JOIN runs r2 ON r2.id = s2.run_id
    WHERE s2.fingerprint = f.fingerprint AND r2.started_at > d.decided_at
      AND r2.archive_id IS NOT (SELECT archive_id FROM runs WHERE id = d.decided_run)))"""


def _secure_file(path: Path) -> None:
    try:
        os.chmod(path, 0o600)
    except OSError:
        pass


class SQLiteStore(Store):
    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        self.location = str(self.path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise StoreError(f"cannot create the store's folder: {exc.strerror or exc}",
                             file=str(self.path.parent)) from None
        if self.path.is_dir():
            raise StoreError("the review store path is a folder; give a file name",
                             file=str(self.path))
        try:
            if not self.path.exists():
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                os.close(fd)
            else:
                _secure_file(self.path)
        except FileExistsError:
            pass
        except OSError as exc:
            raise StoreError(f"cannot create the review store: {exc.strerror or exc}",
                             file=str(self.path)) from None
        old = os.umask(0o077)  # the -wal and -shm files hold post text too
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=10,
                                        check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            mode = self.conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StoreError(f"cannot switch the store to WAL (got {mode})", file=str(self.path))
            for pragma in ("synchronous=FULL", "foreign_keys=ON", "secure_delete=ON",
                           "busy_timeout=10000", "temp_store=MEMORY"):
                self.conn.execute(f"PRAGMA {pragma}")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self._close_quietly()
            msg = str(exc)
            if "not a database" in msg or "malformed" in msg:
                raise StoreCorruptError(f"the review store is not a readable SQLite file ({msg}); "
                                        "move it away or use --store", file=str(self.path)) from None
            if "locked" in msg or "busy" in msg:
                raise StoreBusyError("the review store is in use by another postcheck",
                                     file=str(self.path)) from None
            raise StoreError(f"cannot open the review store: {msg}", file=str(self.path)) from None
        finally:
            os.umask(old)
        for suffix in ("-wal", "-shm"):
            side = Path(str(self.path) + suffix)
            if side.exists():
                _secure_file(side)

    # --- plumbing -------------------------------------------------------------------
    def _close_quietly(self) -> None:
        try:
            self.conn.close()
        except Exception:  # noqa: BLE001
            pass

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > LATEST:
            raise StoreVersionError(f"the review store was written by a newer postcheck (schema "
                                    f"{version}, this one knows {LATEST}); upgrade postcheck",
                                    file=str(self.path))
        for number, script in MIGRATIONS:
            if number <= version:
                continue
            self.conn.execute("BEGIN IMMEDIATE")
            # Another process may have migrated while this one waited for the lock.
            if self.conn.execute("PRAGMA user_version").fetchone()[0] >= number:
                self.conn.execute("COMMIT")
                continue
            try:
                for statement in script.split(";"):
                    if statement.strip():
                        self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {int(number)}")
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    def _tx(self):
        return _Transaction(self.conn, self.location)

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        if getattr(self, "conn", None) is None:
            return
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass
        self.conn.close()
        self.conn = None  # type: ignore[assignment]

    # --- runs -----------------------------------------------------------------------
    def begin_run(self, archive: ArchiveRef, *, content_digest: str, settings_key: str,
                  options: dict) -> RunState:
        stamp = now()
        with self._tx() as c:
            c.execute("""INSERT INTO archives(key, platform, display, paths, first_seen, last_seen)
                         VALUES (?, ?, ?, ?, ?, ?)
                         ON CONFLICT(key) DO UPDATE SET platform=excluded.platform,
                           display=excluded.display, last_seen=excluded.last_seen""",
                      (archive.key, archive.platform, archive.display, json.dumps(list(archive.paths)),
                       stamp, stamp))
            archive_id = c.execute("SELECT id FROM archives WHERE key=?", (archive.key,)).fetchone()[0]
            row = c.execute("""SELECT * FROM runs WHERE archive_id=? AND status='running'
                               AND content_digest=? AND settings_key=?
                               ORDER BY started_at DESC LIMIT 1""",
                            (archive_id, content_digest, settings_key)).fetchone()
            if row is not None:
                c.execute("UPDATE runs SET status='abandoned', finished_at=? WHERE archive_id=? "
                          "AND status='running' AND id<>?", (stamp, archive_id, row["id"]))
                return RunState(row["id"], archive_id, row["checkpoint"], json.loads(row["counters"]),
                                resumed=True, started_at=row["started_at"])
            c.execute("UPDATE runs SET status='abandoned', finished_at=? WHERE archive_id=? "
                      "AND status='running'", (stamp, archive_id))
            run_id = new_run_id()
            c.execute("""INSERT INTO runs(id, archive_id, content_digest, settings_key, options,
                         started_at, status) VALUES (?, ?, ?, ?, ?, ?, 'running')""",
                      (run_id, archive_id, content_digest, settings_key,
                       json.dumps(options, ensure_ascii=False), stamp))
        return RunState(run_id, archive_id, 0, {}, resumed=False, started_at=stamp)

    def save_batch(self, run_id: str, posts: list[StoredPost], findings: list[StoredFinding],
                   *, checkpoint: int, counters: dict, clean_keys: list[str] = ()) -> None:
        with self._tx() as c:
            if posts:
                c.executemany(
                    f"""INSERT INTO posts({', '.join(_POST_COLS)}, last_run)
                        VALUES ({', '.join('?' * (len(_POST_COLS) + 1))})
                        ON CONFLICT(post_key) DO UPDATE SET
                        {', '.join(f'{k}=excluded.{k}' for k in _POST_COLS[1:])},
                        last_run=excluded.last_run""",
                    [(p.post_key, p.platform, p.kind, p.created_at, p.url, p.locator, p.audience,
                      p.audience_note, p.author, p.source_file,
                      json.dumps(p.texts, ensure_ascii=False), p.verdict, p.redacted,
                      json.dumps(p.notes, ensure_ascii=False), p.worst, p.confidence, p.reach,
                      int(p.already_deleted), run_id) for p in posts])
            if findings:
                c.executemany(
                    """INSERT INTO findings(fingerprint, post_key, code, severity, confidence, reach,
                                            ordinal, data, first_run, last_run)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                       ON CONFLICT(fingerprint) DO UPDATE SET post_key=excluded.post_key,
                         code=excluded.code, severity=excluded.severity,
                         confidence=excluded.confidence, reach=excluded.reach,
                         ordinal=excluded.ordinal, data=excluded.data, last_run=excluded.last_run""",
                    [(f.fingerprint, f.post_key, f.code, f.severity, f.confidence, f.reach, f.ordinal,
                      json.dumps(f.data, ensure_ascii=False, separators=(",", ":")), run_id, run_id)
                     for f in findings])
                c.executemany("INSERT OR IGNORE INTO sightings(run_id, fingerprint) VALUES (?, ?)",
                              [(run_id, f.fingerprint) for f in findings])
            if clean_keys:
                # A post checked clean now (e.g. edited in a newer export): its old findings
                # are no longer current.
                c.executemany("UPDATE posts SET last_run=?, worst=-1, confidence=0 WHERE post_key=?",
                              [(run_id, k) for k in clean_keys])
            c.execute("UPDATE runs SET checkpoint=?, counters=? WHERE id=?",
                      (checkpoint, json.dumps(counters), run_id))

    def finish_run(self, run_id: str, *, status: str, counters: dict, issues: list[str]) -> None:
        with self._tx() as c:
            c.execute("UPDATE runs SET status=?, finished_at=?, counters=?, issues=? WHERE id=?",
                      (status, now(), json.dumps(counters), json.dumps(issues, ensure_ascii=False),
                       run_id))

    def _run_info(self, row: sqlite3.Row) -> RunInfo:
        return RunInfo(row["id"], row["key"], row["platform"], row["display"], row["started_at"],
                       row["finished_at"], row["status"], row["checkpoint"],
                       json.loads(row["counters"]), json.loads(row["issues"]),
                       json.loads(row["options"]))

    def get_run(self, run_id: str) -> RunInfo | None:
        row = self.conn.execute("""SELECT r.*, a.key, a.platform, a.display FROM runs r
                                   JOIN archives a ON a.id = r.archive_id WHERE r.id=?""",
                                (run_id,)).fetchone()
        return self._run_info(row) if row else None

    def list_runs(self) -> list[RunInfo]:
        rows = self.conn.execute("""SELECT r.*, a.key, a.platform, a.display FROM runs r
                                    JOIN archives a ON a.id = r.archive_id
                                    ORDER BY r.started_at""").fetchall()
        return [self._run_info(r) for r in rows]

    def run_summary(self, run_id: str) -> dict:
        out = {"by_severity": {}, "open_by_severity": {}, "new": 0, "posts": 0, "decided": {},
               "still_there": 0, "first_audit": False}
        rows = self.conn.execute(f"""
            SELECT f.severity AS sev, f.first_run = ? AS is_new, d.action AS action,
                   {_STILL_THERE} AS still, f.post_key AS post_key
            FROM sightings s JOIN findings f ON f.fingerprint = s.fingerprint
            LEFT JOIN decisions d ON d.fingerprint = f.fingerprint
            WHERE s.run_id = ?""", (run_id, run_id))
        posts = set()
        for r in rows:
            sev = r["sev"]
            posts.add(r["post_key"])
            out["by_severity"][sev] = out["by_severity"].get(sev, 0) + 1
            out["new"] += bool(r["is_new"])
            action = r["action"]
            if action:
                out["decided"][action] = out["decided"].get(action, 0) + 1
            still = bool(r["still"])
            out["still_there"] += still
            if action is None or action == "delete" or still:
                out["open_by_severity"][sev] = out["open_by_severity"].get(sev, 0) + 1
        out["posts"] = len(posts)
        earlier = self.conn.execute(
            "SELECT COUNT(*) FROM runs WHERE started_at < (SELECT started_at FROM runs WHERE id=?)",
            (run_id,)).fetchone()[0]
        out["first_audit"] = earlier == 0
        return out

    def iter_run_posts(self, run_ids: str | list[str]) -> Iterator[tuple[StoredPost, list[dict]]]:
        ids = [run_ids] if isinstance(run_ids, str) else list(run_ids)
        marks = ", ".join("?" * len(ids))
        cur = self.conn.execute(f"""
            SELECT p.*, f.fingerprint AS fp, f.data AS fdata, f.first_run IN ({marks}) AS is_new,
                   d.action AS action, d.reason AS reason, d.decided_at AS decided_at,
                   COALESCE(d.version, 0) AS dversion, d.decided_by AS decided_by,
                   {_STILL_THERE} AS still
            FROM findings f JOIN posts p ON p.post_key = f.post_key
            LEFT JOIN decisions d ON d.fingerprint = f.fingerprint
            WHERE f.fingerprint IN (SELECT fingerprint FROM sightings WHERE run_id IN ({marks}))
            ORDER BY p.worst DESC, p.confidence DESC, p.reach DESC, p.post_key, f.ordinal""",
                                (*ids, *ids))
        yield from group_post_rows(cur)

    # --- review ---------------------------------------------------------------------
    def review_queue(self, *, min_severity: int = 1, include_closed: bool = False,
                     run_id: str | None = None) -> list[ReviewItem]:
        where = ["f.severity >= ?", "f.last_run = p.last_run"]
        params: list = [min_severity]
        if run_id:
            where = ["f.severity >= ?", "f.fingerprint IN (SELECT fingerprint FROM sightings "
                                        "WHERE run_id = ?)"]
            params.append(run_id)
        rows = self.conn.execute(f"""
            SELECT p.*, f.fingerprint AS fp, f.code AS code, f.severity AS fsev,
                   f.confidence AS fconf, f.reach AS freach, f.data AS fdata,
                   d.action AS action, d.reason AS reason, d.decided_at AS decided_at,
                   COALESCE(d.version, 0) AS dversion, d.decided_by AS decided_by,
                   {_STILL_THERE} AS still
            FROM findings f JOIN posts p ON p.post_key = f.post_key
            LEFT JOIN decisions d ON d.fingerprint = f.fingerprint
            WHERE {' AND '.join(where)}
            ORDER BY f.severity DESC, f.confidence DESC, f.reach DESC, p.post_key, f.ordinal""",
                                 params).fetchall()
        out = []
        for r in rows:
            still = bool(r["still"])
            if not include_closed and r["action"] in CLOSED and not still:
                continue
            post = _post(r)
            out.append(ReviewItem(r["fp"], r["code"], r["fsev"], r["fconf"], r["freach"],
                                  json.loads(r["fdata"]), post.__dict__, r["action"], r["reason"],
                                  r["decided_at"], still, r["dversion"], r["decided_by"]))
        return out

    def browse(self, query: BrowseQuery) -> BrowsePage:
        where, params = "f.last_run = p.last_run", []
        if query.run_id:
            where = "f.fingerprint IN (SELECT fingerprint FROM sightings WHERE run_id = ?)"
            params.append(query.run_id)
        light = self.conn.execute(f"""
            SELECT f.fingerprint AS fp, f.severity AS sev, f.code AS code, p.platform AS platform,
                   substr(COALESCE(p.created_at, ''), 1, 4) AS year,
                   json_extract(f.data, '$.standards') AS stds, d.action AS action,
                   {_STILL_THERE} AS still
            FROM findings f JOIN posts p ON p.post_key = f.post_key
            LEFT JOIN decisions d ON d.fingerprint = f.fingerprint
            WHERE {where}
            ORDER BY f.severity DESC, f.confidence DESC, f.reach DESC, p.post_key, f.ordinal""",
                                  params).fetchall()
        chosen, facets = filter_and_count(light, query)
        page = chosen[max(0, query.offset):max(0, query.offset) + max(0, query.limit)]
        items = self._items(page)
        return BrowsePage(len(chosen), items, facets)

    def _items(self, fingerprints: list[str]) -> list[ReviewItem]:
        if not fingerprints:
            return []
        marks = ", ".join("?" * len(fingerprints))
        rows = self.conn.execute(f"""
            SELECT p.*, f.fingerprint AS fp, f.code AS code, f.severity AS fsev,
                   f.confidence AS fconf, f.reach AS freach, f.data AS fdata,
                   d.action AS action, d.reason AS reason, d.decided_at AS decided_at,
                   COALESCE(d.version, 0) AS dversion, d.decided_by AS decided_by,
                   {_STILL_THERE} AS still
            FROM findings f JOIN posts p ON p.post_key = f.post_key
            LEFT JOIN decisions d ON d.fingerprint = f.fingerprint
            WHERE f.fingerprint IN ({marks})""", fingerprints).fetchall()
        by_fp = {r["fp"]: r for r in rows}
        out = []
        for fp in fingerprints:
            r = by_fp.get(fp)
            if r is None:
                continue
            out.append(ReviewItem(r["fp"], r["code"], r["fsev"], r["fconf"], r["freach"],
                                  json.loads(r["fdata"]), _post(r).__dict__, r["action"],
                                  r["reason"], r["decided_at"], bool(r["still"]), r["dversion"],
                                  r["decided_by"]))
        return out

    def review_item(self, fingerprint: str) -> ReviewItem | None:
        items = self._items([fingerprint])
        return items[0] if items else None

    def decide(self, fingerprint: str, action: str, reason: str | None = None,
               expected_version: int | None = None, *, by: str | None = None) -> int:
        if action not in ACTIONS:
            raise StoreError(f"unknown decision {action!r} (use one of {', '.join(ACTIONS)})")
        with self._tx() as c:  # BEGIN IMMEDIATE: no other writer until COMMIT
            row = c.execute("SELECT last_run FROM findings WHERE fingerprint=?",
                            (fingerprint,)).fetchone()
            if row is None:
                raise StoreError(f"no stored finding {fingerprint}")
            current = c.execute("SELECT action, version, decided_by, decided_at FROM decisions "
                                "WHERE fingerprint=?", (fingerprint,)).fetchone()
            version = current["version"] if current else 0
            if expected_version is not None and int(expected_version) != version:
                raise conflict(fingerprint, int(expected_version), None if current is None else (
                    current["action"], current["version"], current["decided_by"], current["decided_at"]))
            c.execute("""INSERT INTO decisions(fingerprint, action, reason, decided_at, decided_run,
                                               version, decided_by)
                         VALUES (?, ?, ?, ?, ?, ?, ?)
                         ON CONFLICT(fingerprint) DO UPDATE SET action=excluded.action,
                           reason=excluded.reason, decided_at=excluded.decided_at,
                           decided_run=excluded.decided_run, version=excluded.version,
                           decided_by=excluded.decided_by""",
                      (fingerprint, action, reason or None, now(), row[0], version + 1,
                       by or reviewer()))
        return version + 1

    def decisions(self) -> Iterator[Decision]:
        cur = self.conn.execute("""
            SELECT d.*, f.code AS code, f.post_key AS post_key, f.data AS fdata, p.platform AS platform,
                   p.created_at AS created_at, p.url AS url, p.locator AS locator
            FROM decisions d LEFT JOIN findings f ON f.fingerprint = d.fingerprint
            LEFT JOIN posts p ON p.post_key = f.post_key ORDER BY d.decided_at""")
        for r in cur:
            matched = json.loads(r["fdata"]).get("text") if r["fdata"] else None
            yield Decision(r["fingerprint"], r["action"], r["reason"], r["decided_at"], r["code"],
                           r["post_key"], r["platform"], r["created_at"], r["url"], r["locator"],
                           matched, r["version"], r["decided_by"])

    def rule_stats(self) -> list[dict]:
        rows = self.conn.execute("""
            SELECT f.code AS code, COUNT(*) AS found, COUNT(d.action) AS reviewed,
                   SUM(d.action = 'not_a_problem') AS false_alarms
            FROM findings f LEFT JOIN decisions d ON d.fingerprint = f.fingerprint
            GROUP BY f.code ORDER BY f.code""").fetchall()
        out = []
        for r in rows:
            reviewed, fp = r["reviewed"], r["false_alarms"] or 0
            out.append({"code": r["code"], "found": r["found"], "reviewed": reviewed,
                        "not_a_problem": fp,
                        "precision": round((reviewed - fp) / reviewed, 3) if reviewed else None})
        return out

    # --- me ---------------------------------------------------------------------------
    def remember_me(self, platform: str, chat: str, names: list[str]) -> None:
        with self._tx() as c:
            c.executemany("INSERT OR IGNORE INTO me_names(platform, chat, name) VALUES (?, ?, ?)",
                          [(platform, chat, n) for n in names])

    def known_me(self, platform: str) -> list[str]:
        rows = self.conn.execute("SELECT DISTINCT name FROM me_names WHERE platform=? ORDER BY name",
                                 (platform,)).fetchall()
        return [r[0] for r in rows]

    # --- forgetting -----------------------------------------------------------------
    def _forget_runs(self, c: sqlite3.Connection, run_ids: list[str]) -> None:
        if not run_ids:
            return
        c.execute("CREATE TEMP TABLE IF NOT EXISTS _gone_runs(id TEXT PRIMARY KEY)")
        c.execute("DELETE FROM _gone_runs")
        c.executemany("INSERT INTO _gone_runs VALUES (?)", [(r,) for r in run_ids])
        # fingerprints only these runs have seen
        c.execute("""CREATE TEMP TABLE IF NOT EXISTS _gone_fp(fp TEXT PRIMARY KEY)""")
        c.execute("DELETE FROM _gone_fp")
        c.execute("""INSERT INTO _gone_fp SELECT DISTINCT fingerprint FROM sightings
                     WHERE run_id IN (SELECT id FROM _gone_runs)
                     AND fingerprint NOT IN (SELECT fingerprint FROM sightings
                                             WHERE run_id NOT IN (SELECT id FROM _gone_runs))""")
        c.execute("DELETE FROM decisions WHERE fingerprint IN (SELECT fp FROM _gone_fp)")
        c.execute("DELETE FROM findings WHERE fingerprint IN (SELECT fp FROM _gone_fp)")
        c.execute("DELETE FROM runs WHERE id IN (SELECT id FROM _gone_runs)")
        c.execute("DELETE FROM posts WHERE post_key NOT IN (SELECT post_key FROM findings)")
        c.execute("DELETE FROM archives WHERE id NOT IN (SELECT archive_id FROM runs)")
        c.execute("DROP TABLE _gone_runs")
        c.execute("DROP TABLE _gone_fp")

    def _compact(self) -> None:
        self.conn.execute("VACUUM")
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def forget_archive(self, archive_key: str) -> list[str]:
        with self._tx() as c:
            ids = [r[0] for r in c.execute(
                "SELECT r.id FROM runs r JOIN archives a ON a.id = r.archive_id WHERE a.key=?",
                (archive_key,))]
            self._forget_runs(c, ids)
            c.execute("DELETE FROM archives WHERE key=?", (archive_key,))
        self._compact()
        return ids

    def forget_run(self, run_id: str) -> list[str]:
        with self._tx() as c:
            ids = [r[0] for r in c.execute("SELECT id FROM runs WHERE id=?", (run_id,))]
            self._forget_runs(c, ids)
        self._compact()
        return ids

    def forget_all(self) -> list[str]:
        with self._tx() as c:
            ids = [r[0] for r in c.execute("SELECT id FROM runs")]
            for table in ("sightings", "decisions", "findings", "posts", "runs", "archives",
                          "me_names"):
                c.execute(f"DELETE FROM {table}")
        self._compact()
        return ids

    def archives(self) -> list[dict]:
        rows = self.conn.execute("SELECT * FROM archives ORDER BY first_seen").fetchall()
        return [{"key": r["key"], "platform": r["platform"], "display": r["display"],
                 "paths": json.loads(r["paths"])} for r in rows]


def group_post_rows(rows) -> Iterator[tuple[StoredPost, list[dict]]]:
    """Rows of posts joined with their findings, ordered by post, as (post, findings) pairs;
    each finding carries its fingerprint, whether it is new, the decision and still-there flag."""
    current: StoredPost | None = None
    findings: list[dict] = []
    for row in rows:
        if current is None or row["post_key"] != current.post_key:
            if current is not None:
                yield current, findings
            current, findings = _post(row), []
        data = json.loads(row["fdata"])
        data["fingerprint"] = row["fp"]
        data["new"] = bool(row["is_new"])
        data["decision"] = row["action"]
        if row["reason"]:
            data["decision_reason"] = row["reason"]
        if row["still"]:
            data["still_there"] = True
        findings.append(data)
    if current is not None:
        yield current, findings


def _post(row: sqlite3.Row) -> StoredPost:
    return StoredPost(row["post_key"], row["platform"], row["kind"], row["created_at"], row["url"],
                      row["locator"], row["audience"], row["audience_note"], row["author"],
                      row["source_file"], json.loads(row["texts"]), row["verdict"], row["redacted"],
                      json.loads(row["notes"]), row["worst"], row["confidence"], row["reach"],
                      bool(row["already_deleted"]))


class _Transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT`` (``ROLLBACK`` on error), with store errors on failure."""

    def __init__(self, conn: sqlite3.Connection, where: str):
        self.conn = conn
        self.where = where

    def __enter__(self) -> sqlite3.Connection:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreBusyError(f"the review store is busy ({exc})", file=self.where) from None
        return self.conn

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is None:
            try:
                self.conn.execute("COMMIT")
            except sqlite3.Error as e:
                self.conn.execute("ROLLBACK")
                raise StoreError(f"cannot write the review store: {e}", file=self.where) from None
            return False
        try:
            self.conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass
        if isinstance(exc, sqlite3.Error):
            raise StoreError(f"cannot write the review store: {exc}", file=self.where) from None
        return False


def open_store(path: str | os.PathLike[str]) -> SQLiteStore:
    return SQLiteStore(path)
