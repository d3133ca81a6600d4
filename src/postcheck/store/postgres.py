"""The PostgreSQL review store: ``postcheck audit --store postgresql://user@host/db`` (needs
``pip install 'postcheck[postgres]'``, psycopg 3).

Behaves exactly as :class:`~postcheck.store.sqlite.SQLiteStore`: the same tables, the same
numbered migrations (PostgreSQL dialect in ``migrations.PG_MIGRATIONS``, the version in a
one-row ``schema_version`` table, each step in its own transaction with the version bump, under
``pg_advisory_xact_lock`` so two postchecks meeting an empty database do not both migrate it),
one transaction per audit batch and one per decision. Several reviewers can share a server: a
decision made with ``expected_version`` locks the finding's row, so of two reviewers deciding
the same finding at once exactly one wins and the other gets
:class:`~postcheck.store.base.DecisionConflict`.

Errors are the same one-line ``PC-E4xx`` ones; the password is never shown (``location`` masks
it).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

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
    StoredFinding,
    StoredPost,
    StoreVersionError,
    conflict,
    reviewer,
)
from .migrations import LATEST, PG_MIGRATIONS, PG_SCHEMA_VERSION
from .sqlite import _POST_COLS, _post, group_post_rows, new_run_id, now

try:
    import psycopg
    from psycopg import errors as pg_errors
    from psycopg.conninfo import conninfo_to_dict
except ImportError:  # pragma: no cover - checked by open_store
    psycopg = None  # type: ignore[assignment]

URL_SCHEMES = ("postgresql://", "postgres://")
INSTALL_HINT = "pip install 'postcheck[postgres]'"
# pg_advisory_xact_lock key for schema migrations: "postchck" in ASCII.
MIGRATION_LOCK = 0x706F73746368636B

_STILL_THERE = """(d.action = 'deleted' AND EXISTS (
    SELECT 1 FROM sightings s2 JOIN runs r2 ON r2.id = s2.run_id
    WHERE s2.fingerprint = f.fingerprint AND r2.started_at > d.decided_at
      AND r2.archive_id IS DISTINCT FROM (SELECT archive_id FROM runs WHERE id = d.decided_run)))"""

_DECISION_COLS = """d.action AS action, d.reason AS reason, d.decided_at AS decided_at,
                   COALESCE(d.version, 0) AS dversion, d.decided_by AS decided_by"""


def is_postgres_url(value) -> bool:
    return isinstance(value, str) and value.strip().lower().startswith(URL_SCHEMES)


def mask_url(url: str) -> str:
    """The URL with any password replaced by ``***`` (also ``?password=``)."""
    try:
        parts = urlsplit(url)
        netloc = parts.netloc
        if "@" in netloc:
            userinfo, host = netloc.rsplit("@", 1)
            if ":" in userinfo:
                userinfo = userinfo.split(":", 1)[0] + ":***"
            netloc = f"{userinfo}@{host}"
        query = parts.query
        if query:
            pairs = [(k, "***" if k.lower() == "password" else v)
                     for k, v in parse_qsl(query, keep_blank_values=True)]
            query = urlencode(pairs, safe="*")
        return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
    except ValueError:
        return re.sub(r"(//[^:/@]*:)[^@]*@", r"\1***@", url.split("?", 1)[0])


def _secrets(url: str) -> list[str]:
    out = []
    try:
        parts = urlsplit(url)
        if parts.password:
            out += [parts.password, quote(parts.password, safe="")]
        out += [v for k, v in parse_qsl(parts.query) if k.lower() == "password" and v]
    except ValueError:
        pass
    return [s for s in out if s]


class _Row(dict):
    """A row readable by column name (like sqlite3.Row) and by position."""

    __slots__ = ("_values",)

    def __getitem__(self, key):
        if isinstance(key, int):
            return self._values[key]
        return dict.__getitem__(self, key)


def _row_factory(cursor):
    names = [c.name for c in cursor.description or ()]

    def make(values):
        row = _Row()
        for name, value in zip(reversed(names), reversed(values)):  # the first of equal names wins
            dict.__setitem__(row, name, value)
        row._values = values
        return row

    return make


class PostgresStore(Store):
    def __init__(self, url: str):
        if psycopg is None:
            raise StoreError(f"the PostgreSQL review store needs psycopg: {INSTALL_HINT}")
        self.url = url.strip()
        self.location = mask_url(self.url)
        self._hide = _secrets(self.url)
        self.conn = None
        kwargs = {"autocommit": True, "row_factory": _row_factory}
        try:
            params = conninfo_to_dict(self.url)
        except psycopg.Error as exc:
            raise StoreError(f"not a valid PostgreSQL URL ({self._scrub(exc)})",
                             file=self.location) from None
        if "connect_timeout" not in params:
            kwargs["connect_timeout"] = 10
        if "application_name" not in params:
            kwargs["application_name"] = "postcheck"
        try:
            self.conn = psycopg.connect(self.url, **kwargs)
        except psycopg.Error as exc:
            msg = self._scrub(exc)
            if "authentication failed" in msg or "password" in msg:
                raise StoreError(f"cannot log in to the PostgreSQL review store: {msg}",
                                 file=self.location) from None
            raise StoreError(f"cannot connect to the PostgreSQL review store: {msg}",
                             file=self.location) from None
        try:
            self._migrate()
        except StoreError:
            self._close_quietly()
            raise
        except psycopg.Error as exc:
            self._close_quietly()
            raise self._error(exc, "cannot set up the review store") from None

    # --- plumbing -------------------------------------------------------------------
    def _scrub(self, exc) -> str:
        """psycopg's message on one line, without the password."""
        text = " ".join(str(exc).split())
        for secret in self._hide:
            text = text.replace(secret, "***")
        return text or exc.__class__.__name__

    def _error(self, exc, doing: str) -> StoreError:
        msg = self._scrub(exc)
        if isinstance(exc, (pg_errors.LockNotAvailable, pg_errors.DeadlockDetected,
                            pg_errors.SerializationFailure, pg_errors.QueryCanceled)):
            return StoreBusyError(f"the review store is busy ({msg})", file=self.location)
        if isinstance(exc, psycopg.OperationalError) or (self.conn is not None and self.conn.closed):
            return StoreError(f"lost the connection to the PostgreSQL review store: {msg}",
                              file=self.location)
        return StoreError(f"{doing}: {msg}", file=self.location)

    def _close_quietly(self) -> None:
        try:
            if self.conn is not None:
                self.conn.close()
        except Exception:  # noqa: BLE001
            pass
        self.conn = None

    def _version(self) -> int:
        row = self.conn.execute("SELECT version FROM schema_version").fetchone()
        return row[0] if row else 0

    def _migrate(self) -> None:
        # Fast path: an up-to-date store needs no lock and no DDL.
        exists = self.conn.execute("SELECT to_regclass('schema_version') IS NOT NULL").fetchone()[0]
        version = self._version() if exists else 0
        if version > LATEST:
            raise self._too_new(version)
        if version == LATEST:
            return
        for number, script in PG_MIGRATIONS:
            with self.conn.transaction():
                self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
                self.conn.execute(PG_SCHEMA_VERSION)
                version = self._version()  # another postcheck may have migrated meanwhile
                if version > LATEST:
                    raise self._too_new(version)
                if number <= version:
                    continue
                self.conn.execute(script)
                self.conn.execute("""INSERT INTO schema_version(one, version) VALUES (TRUE, %s)
                                     ON CONFLICT (one) DO UPDATE SET version = excluded.version""",
                                  (number,))

    def _too_new(self, version: int) -> StoreVersionError:
        return StoreVersionError(f"the review store was written by a newer postcheck (schema "
                                 f"{version}, this one knows {LATEST}); upgrade postcheck",
                                 file=self.location)

    def _tx(self):
        return _Transaction(self)

    @property
    def schema_version(self) -> int:
        return self._version()

    def close(self) -> None:
        self._close_quietly()

    # --- runs -----------------------------------------------------------------------
    def begin_run(self, archive: ArchiveRef, *, content_digest: str, settings_key: str,
                  options: dict) -> RunState:
        stamp = now()
        with self._tx() as c:
            c.execute("""INSERT INTO archives(key, platform, display, paths, first_seen, last_seen)
                         VALUES (%s, %s, %s, %s, %s, %s)
                         ON CONFLICT(key) DO UPDATE SET platform=excluded.platform,
                           display=excluded.display, last_seen=excluded.last_seen""",
                      (archive.key, archive.platform, archive.display, json.dumps(list(archive.paths)),
                       stamp, stamp))
            archive_id = c.execute("SELECT id FROM archives WHERE key=%s", (archive.key,)).fetchone()[0]
            # one audit of an archive at a time decides what is resumed
            c.execute("SELECT id FROM archives WHERE id=%s FOR UPDATE", (archive_id,))
            row = c.execute("""SELECT * FROM runs WHERE archive_id=%s AND status='running'
                               AND content_digest=%s AND settings_key=%s
                               ORDER BY started_at DESC LIMIT 1""",
                            (archive_id, content_digest, settings_key)).fetchone()
            if row is not None:
                c.execute("UPDATE runs SET status='abandoned', finished_at=%s WHERE archive_id=%s "
                          "AND status='running' AND id<>%s", (stamp, archive_id, row["id"]))
                return RunState(row["id"], archive_id, row["checkpoint"], json.loads(row["counters"]),
                                resumed=True, started_at=row["started_at"])
            c.execute("UPDATE runs SET status='abandoned', finished_at=%s WHERE archive_id=%s "
                      "AND status='running'", (stamp, archive_id))
            run_id = new_run_id()
            c.execute("""INSERT INTO runs(id, archive_id, content_digest, settings_key, options,
                         started_at, status) VALUES (%s, %s, %s, %s, %s, %s, 'running')""",
                      (run_id, archive_id, content_digest, settings_key,
                       json.dumps(options, ensure_ascii=False), stamp))
        return RunState(run_id, archive_id, 0, {}, resumed=False, started_at=stamp)

    def save_batch(self, run_id: str, posts: list[StoredPost], findings: list[StoredFinding],
                   *, checkpoint: int, counters: dict, clean_keys: list[str] = ()) -> None:
        # Rows go in as arrays, sent in binary (one statement per table, not one per row, and
        # no text escaping of every element). Duplicates within
        # a batch are collapsed (the last wins, as with SQLite's row-by-row upserts).
        with self._tx() as c:
            if posts:
                last = {p.post_key: p for p in posts}
                cols = list(zip(*[(p.post_key, p.platform, p.kind, p.created_at, p.url, p.locator,
                                   p.audience, p.audience_note, p.author, p.source_file,
                                   json.dumps(p.texts, ensure_ascii=False), p.verdict, p.redacted,
                                   json.dumps(p.notes, ensure_ascii=False), p.worst, p.confidence,
                                   p.reach, int(p.already_deleted)) for p in last.values()]))
                types = ["text"] * 14 + ["int", "float8", "int", "int"]
                unnest = ", ".join(f"%b::{t}[]" for t in types)
                c.execute(
                    f"""INSERT INTO posts({', '.join(_POST_COLS)}, last_run)
                        SELECT *, %s FROM unnest({unnest})
                        ON CONFLICT(post_key) DO UPDATE SET
                        {', '.join(f'{k}=excluded.{k}' for k in _POST_COLS[1:])},
                        last_run=excluded.last_run""",
                    (run_id, *[list(col) for col in cols]))
            if findings:
                last_f = {f.fingerprint: f for f in findings}
                rows = [(f.fingerprint, f.post_key, f.code, f.severity, f.confidence, f.reach,
                         f.ordinal, json.dumps(f.data, ensure_ascii=False, separators=(",", ":")))
                        for f in last_f.values()]
                cols = [list(col) for col in zip(*rows)]
                c.execute(
                    """INSERT INTO findings(fingerprint, post_key, code, severity, confidence, reach,
                                            ordinal, data, first_run, last_run)
                       SELECT *, %s, %s FROM unnest(%b::text[], %b::text[], %b::text[], %b::int[],
                                                    %b::float8[], %b::int[], %b::int[], %b::text[])
                       ON CONFLICT(fingerprint) DO UPDATE SET post_key=excluded.post_key,
                         code=excluded.code, severity=excluded.severity,
                         confidence=excluded.confidence, reach=excluded.reach,
                         ordinal=excluded.ordinal, data=excluded.data, last_run=excluded.last_run""",
                    (run_id, run_id, *cols))
                c.execute("""INSERT INTO sightings(run_id, fingerprint)
                             SELECT %s, fp FROM unnest(%b::text[]) AS fp
                             ON CONFLICT DO NOTHING""", (run_id, list(last_f)))
            if clean_keys:
                c.execute("UPDATE posts SET last_run=%s, worst=-1, confidence=0 "
                          "WHERE post_key = ANY(%s::text[])", (run_id, list(clean_keys)))
            c.execute("UPDATE runs SET checkpoint=%s, counters=%s WHERE id=%s",
                      (checkpoint, json.dumps(counters), run_id))

    def finish_run(self, run_id: str, *, status: str, counters: dict, issues: list[str]) -> None:
        with self._tx() as c:
            c.execute("UPDATE runs SET status=%s, finished_at=%s, counters=%s, issues=%s WHERE id=%s",
                      (status, now(), json.dumps(counters), json.dumps(issues, ensure_ascii=False),
                       run_id))

    def _run_info(self, row) -> RunInfo:
        return RunInfo(row["id"], row["key"], row["platform"], row["display"], row["started_at"],
                       row["finished_at"], row["status"], row["checkpoint"],
                       json.loads(row["counters"]), json.loads(row["issues"]),
                       json.loads(row["options"]))

    def _read(self, sql: str, params=()) -> list:
        try:
            return self.conn.execute(sql, params).fetchall()
        except psycopg.Error as exc:
            raise self._error(exc, "cannot read the review store") from None

    def get_run(self, run_id: str) -> RunInfo | None:
        rows = self._read("""SELECT r.*, a.key, a.platform, a.display FROM runs r
                             JOIN archives a ON a.id = r.archive_id WHERE r.id=%s""", (run_id,))
        return self._run_info(rows[0]) if rows else None

    def list_runs(self) -> list[RunInfo]:
        rows = self._read("""SELECT r.*, a.key, a.platform, a.display FROM runs r
                             JOIN archives a ON a.id = r.archive_id ORDER BY r.started_at""")
        return [self._run_info(r) for r in rows]

    def run_summary(self, run_id: str) -> dict:
        out = {"by_severity": {}, "open_by_severity": {}, "new": 0, "posts": 0, "decided": {},
               "still_there": 0, "first_audit": False}
        rows = self._read(f"""
            SELECT f.severity AS sev, f.first_run = %s AS is_new, d.action AS action,
                   {_STILL_THERE} AS still, f.post_key AS post_key
            FROM sightings s JOIN findings f ON f.fingerprint = s.fingerprint
            LEFT JOIN decisions d ON d.fingerprint = f.fingerprint
            WHERE s.run_id = %s""", (run_id, run_id))
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
        earlier = self._read(
            "SELECT COUNT(*) FROM runs WHERE started_at < (SELECT started_at FROM runs WHERE id=%s)",
            (run_id,))[0][0]
        out["first_audit"] = earlier == 0
        return out

    def iter_run_posts(self, run_ids: str | list[str]) -> Iterator[tuple[StoredPost, list[dict]]]:
        ids = [run_ids] if isinstance(run_ids, str) else list(run_ids)
        sql = f"""
            SELECT p.*, f.fingerprint AS fp, f.data AS fdata, f.first_run = ANY(%s::text[]) AS is_new,
                   d.action AS action, d.reason AS reason, d.decided_at AS decided_at,
                   {_STILL_THERE} AS still
            FROM findings f JOIN posts p ON p.post_key = f.post_key
            LEFT JOIN decisions d ON d.fingerprint = f.fingerprint
            WHERE f.fingerprint IN (SELECT fingerprint FROM sightings WHERE run_id = ANY(%s::text[]))
            ORDER BY p.worst DESC, p.confidence DESC, p.reach DESC, p.post_key, f.ordinal"""
        # A server-side cursor (WITH HOLD: it outlives the statement's implicit transaction),
        # so a large audit streams instead of arriving in memory at once.
        try:
            cur = self.conn.cursor(name=f"postcheck_posts_{new_run_id().replace('-', '_').lower()}",
                                   withhold=True)
            cur.itersize = 2000
            cur.execute(sql, (ids, ids))
        except psycopg.Error as exc:
            raise self._error(exc, "cannot read the review store") from None
        def rows():
            while True:
                try:
                    batch = cur.fetchmany(2000)
                except psycopg.Error as exc:
                    raise self._error(exc, "cannot read the review store") from None
                if not batch:
                    return
                yield from batch

        try:
            yield from group_post_rows(rows())
        finally:
            try:
                cur.close()
            except psycopg.Error:
                pass

    # --- review ---------------------------------------------------------------------
    def review_queue(self, *, min_severity: int = 1, include_closed: bool = False,
                     run_id: str | None = None) -> list[ReviewItem]:
        where = ["f.severity >= %s", "f.last_run = p.last_run"]
        params: list = [min_severity]
        if run_id:
            where = ["f.severity >= %s", "f.fingerprint IN (SELECT fingerprint FROM sightings "
                                         "WHERE run_id = %s)"]
            params.append(run_id)
        rows = self._read(f"""
            SELECT p.*, f.fingerprint AS fp, f.code AS code, f.severity AS fsev,
                   f.confidence AS fconf, f.reach AS freach, f.data AS fdata,
                   {_DECISION_COLS}, {_STILL_THERE} AS still
            FROM findings f JOIN posts p ON p.post_key = f.post_key
            LEFT JOIN decisions d ON d.fingerprint = f.fingerprint
            WHERE {' AND '.join(where)}
            ORDER BY f.severity DESC, f.confidence DESC, f.reach DESC, p.post_key, f.ordinal""",
                          params)
        out = []
        for r in rows:
            still = bool(r["still"])
            if not include_closed and r["action"] in CLOSED and not still:
                continue
            out.append(_item(r, still))
        return out

    def browse(self, query: BrowseQuery) -> BrowsePage:
        where, params = "f.last_run = p.last_run", []
        if query.run_id:
            where = "f.fingerprint IN (SELECT fingerprint FROM sightings WHERE run_id = %s)"
            params.append(query.run_id)
        light = self._read(f"""
            SELECT f.fingerprint AS fp, f.severity AS sev, f.code AS code, p.platform AS platform,
                   substr(COALESCE(p.created_at, ''), 1, 4) AS year,
                   (f.data::json) ->> 'standards' AS stds, d.action AS action,
                   {_STILL_THERE} AS still
            FROM findings f JOIN posts p ON p.post_key = f.post_key
            LEFT JOIN decisions d ON d.fingerprint = f.fingerprint
            WHERE {where}
            ORDER BY f.severity DESC, f.confidence DESC, f.reach DESC, p.post_key, f.ordinal""",
                           params)
        chosen, facets = filter_and_count(light, query)
        page = chosen[max(0, query.offset):max(0, query.offset) + max(0, query.limit)]
        return BrowsePage(len(chosen), self._items(page), facets)

    def _items(self, fingerprints: list[str]) -> list[ReviewItem]:
        if not fingerprints:
            return []
        rows = self._read(f"""
            SELECT p.*, f.fingerprint AS fp, f.code AS code, f.severity AS fsev,
                   f.confidence AS fconf, f.reach AS freach, f.data AS fdata,
                   {_DECISION_COLS}, {_STILL_THERE} AS still
            FROM findings f JOIN posts p ON p.post_key = f.post_key
            LEFT JOIN decisions d ON d.fingerprint = f.fingerprint
            WHERE f.fingerprint = ANY(%s::text[])""", (list(fingerprints),))
        by_fp = {r["fp"]: r for r in rows}
        return [_item(by_fp[fp], bool(by_fp[fp]["still"])) for fp in fingerprints if fp in by_fp]

    def review_item(self, fingerprint: str) -> ReviewItem | None:
        items = self._items([fingerprint])
        return items[0] if items else None

    def decide(self, fingerprint: str, action: str, reason: str | None = None,
               expected_version: int | None = None, *, by: str | None = None) -> int:
        if action not in ACTIONS:
            raise StoreError(f"unknown decision {action!r} (use one of {', '.join(ACTIONS)})")
        with self._tx() as c:
            # The finding's row lock serialises decisions about it (also the very first one,
            # when there is no decision row to lock yet); READ COMMITTED then shows the
            # decision another reviewer committed while we waited.
            row = c.execute("SELECT last_run FROM findings WHERE fingerprint=%s FOR UPDATE",
                            (fingerprint,)).fetchone()
            if row is None:
                raise StoreError(f"no stored finding {fingerprint}")
            current = c.execute("SELECT action, version, decided_by, decided_at FROM decisions "
                                "WHERE fingerprint=%s", (fingerprint,)).fetchone()
            version = current["version"] if current else 0
            if expected_version is not None and int(expected_version) != version:
                raise conflict(fingerprint, int(expected_version), None if current is None else (
                    current["action"], current["version"], current["decided_by"], current["decided_at"]))
            c.execute("""INSERT INTO decisions(fingerprint, action, reason, decided_at, decided_run,
                                               version, decided_by)
                         VALUES (%s, %s, %s, %s, %s, %s, %s)
                         ON CONFLICT(fingerprint) DO UPDATE SET action=excluded.action,
                           reason=excluded.reason, decided_at=excluded.decided_at,
                           decided_run=excluded.decided_run, version=excluded.version,
                           decided_by=excluded.decided_by""",
                      (fingerprint, action, reason or None, now(), row[0], version + 1,
                       by or reviewer()))
        return version + 1

    def decisions(self) -> Iterator[Decision]:
        rows = self._read("""
            SELECT d.*, f.code AS code, f.post_key AS post_key, f.data AS fdata, p.platform AS platform,
                   p.created_at AS created_at, p.url AS url, p.locator AS locator
            FROM decisions d LEFT JOIN findings f ON f.fingerprint = d.fingerprint
            LEFT JOIN posts p ON p.post_key = f.post_key ORDER BY d.decided_at""")
        for r in rows:
            matched = json.loads(r["fdata"]).get("text") if r["fdata"] else None
            yield Decision(r["fingerprint"], r["action"], r["reason"], r["decided_at"], r["code"],
                           r["post_key"], r["platform"], r["created_at"], r["url"], r["locator"],
                           matched, r["version"], r["decided_by"])

    def rule_stats(self) -> list[dict]:
        rows = self._read("""
            SELECT f.code AS code, COUNT(*) AS found, COUNT(d.action) AS reviewed,
                   COUNT(*) FILTER (WHERE d.action = 'not_a_problem') AS false_alarms
            FROM findings f LEFT JOIN decisions d ON d.fingerprint = f.fingerprint
            GROUP BY f.code ORDER BY f.code""")
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
            for n in names:
                c.execute("INSERT INTO me_names(platform, chat, name) VALUES (%s, %s, %s) "
                          "ON CONFLICT DO NOTHING", (platform, chat, n))

    def known_me(self, platform: str) -> list[str]:
        rows = self._read("SELECT DISTINCT name FROM me_names WHERE platform=%s ORDER BY name",
                          (platform,))
        return [r[0] for r in rows]

    # --- forgetting -----------------------------------------------------------------
    def _forget_runs(self, c, run_ids: list[str]) -> None:
        if not run_ids:
            return
        # fingerprints only these runs have seen
        c.execute("""CREATE TEMP TABLE _gone_fp ON COMMIT DROP AS
                     SELECT DISTINCT s.fingerprint AS fp FROM sightings s
                     WHERE s.run_id = ANY(%s::text[]) AND NOT EXISTS (
                         SELECT 1 FROM sightings o WHERE o.fingerprint = s.fingerprint
                         AND NOT (o.run_id = ANY(%s::text[])))""", (run_ids, run_ids))
        c.execute("DELETE FROM decisions WHERE fingerprint IN (SELECT fp FROM _gone_fp)")
        c.execute("DELETE FROM findings WHERE fingerprint IN (SELECT fp FROM _gone_fp)")
        c.execute("DELETE FROM runs WHERE id = ANY(%s::text[])", (run_ids,))
        c.execute("DELETE FROM posts p WHERE NOT EXISTS (SELECT 1 FROM findings f "
                  "WHERE f.post_key = p.post_key)")
        c.execute("DELETE FROM archives a WHERE NOT EXISTS (SELECT 1 FROM runs r "
                  "WHERE r.archive_id = a.id)")

    def _compact(self) -> None:
        """Reclaim the forgotten rows' space now rather than at the next autovacuum."""
        for table in ("posts", "findings", "decisions", "sightings"):
            try:
                self.conn.execute(f"VACUUM {table}")
            except psycopg.Error:
                pass  # not the tables' owner: autovacuum will do it

    def forget_archive(self, archive_key: str) -> list[str]:
        with self._tx() as c:
            ids = [r[0] for r in c.execute(
                "SELECT r.id FROM runs r JOIN archives a ON a.id = r.archive_id WHERE a.key=%s "
                "ORDER BY r.started_at", (archive_key,)).fetchall()]
            self._forget_runs(c, ids)
            c.execute("DELETE FROM archives WHERE key=%s", (archive_key,))
        self._compact()
        return ids

    def forget_run(self, run_id: str) -> list[str]:
        with self._tx() as c:
            ids = [r[0] for r in c.execute("SELECT id FROM runs WHERE id=%s", (run_id,)).fetchall()]
            self._forget_runs(c, ids)
        self._compact()
        return ids

    def forget_all(self) -> list[str]:
        with self._tx() as c:
            ids = [r[0] for r in c.execute("SELECT id FROM runs ORDER BY started_at").fetchall()]
            c.execute("TRUNCATE sightings, decisions, findings, posts, runs, archives, me_names")
        self._compact()
        return ids

    def archives(self) -> list[dict]:
        rows = self._read("SELECT * FROM archives ORDER BY first_seen")
        return [{"key": r["key"], "platform": r["platform"], "display": r["display"],
                 "paths": json.loads(r["paths"])} for r in rows]


def _item(r, still: bool) -> ReviewItem:
    return ReviewItem(r["fp"], r["code"], r["fsev"], r["fconf"], r["freach"], json.loads(r["fdata"]),
                      _post(r).__dict__, r["action"], r["reason"], r["decided_at"], still,
                      r["dversion"], r["decided_by"])


class _Transaction:
    """One transaction on the store's connection; psycopg errors become one-line store errors."""

    def __init__(self, store: PostgresStore):
        self.store = store
        self.tx = None

    def __enter__(self):
        if self.store.conn is None or self.store.conn.closed:
            raise StoreError("the review store is closed", file=self.store.location)
        try:
            self.tx = self.store.conn.transaction()
            self.tx.__enter__()
        except psycopg.Error as exc:
            raise self.store._error(exc, "cannot write the review store") from None
        return self.store.conn

    def __exit__(self, exc_type, exc, tb) -> bool:
        try:
            self.tx.__exit__(exc_type, exc, tb)
        except psycopg.Error as e:
            raise self.store._error(e, "cannot write the review store") from None
        if isinstance(exc, psycopg.Error):
            raise self.store._error(exc, "cannot write the review store") from None
        return False


def open_store(url: str) -> PostgresStore:
    return PostgresStore(url)


__all__ = ["PostgresStore", "is_postgres_url", "mask_url", "open_store", "INSTALL_HINT"]

