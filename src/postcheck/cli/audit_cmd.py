"""``postcheck audit``, ``postcheck review`` and ``postcheck forget``.

audit: read exports, check every authored item, store findings for review, write reports.
review: walk stored findings one at a time, most serious first; each decision is saved at once.
forget: remove what is stored about an export (or a run, or everything).

Exit codes (audit): 0 nothing open at or above ``--fail-on``; 1 findings; 2 when an export
could not be read safely at all (the others are still audited and reported).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

AUDIT_KEYS = ("store", "workers", "fail_on", "format", "profession", "account", "me", "timezone",
              "date_order", "top", "reports", "engine", "address", "images")
RUN_ID = re.compile(r"^\d{8}T\d{6}Z-[0-9a-f]{6}$")


def _default_store() -> str:
    try:
        from postcheck.store import default_store_path

        return str(default_store_path())
    except Exception:  # noqa: BLE001 - help text only
        return "<data folder>/audit.sqlite3"


def add_parsers(sub) -> None:
    from postcheck.cli.app import _add_select_flags

    store_help = (f"the review store: a SQLite file (default {_default_store()}) or a PostgreSQL "
                  "URL postgresql://user@host/db (needs pip install 'postcheck[postgres]')")
    a = sub.add_parser(
        "audit", help="audit a platform's data export: rank every risk, keep them for review",
        description="Audit the export you downloaded from a platform (zip or unpacked folder): "
                    "every post, reply, comment, caption and message of yours is checked, the "
                    "findings are ranked (severity, confidence, reach), stored for `postcheck "
                    "review`, and written as reports (HTML, CSV, JSON Lines) under the data "
                    "folder's reports/<run-id>/. Nothing leaves your machine.")
    a.add_argument("paths", nargs="*", metavar="PATH", help="an export as downloaded (zip) or unpacked (folder)")
    a.add_argument("--many", metavar="DIR|LIST",
                   help="one audit per export: every zip, file or folder in DIR, or one path per line "
                        "in a list file; each person's findings and reports are kept apart, with a "
                        "summary table across them")
    a.add_argument("--reports-dir", metavar="DIR",
                   help="with --many: also write each export's reports into DIR/<export name>/")
    a.add_argument("--engine", choices=("process", "ray"),
                   help="where checking runs: this machine's process pool (default) or a Ray cluster "
                        "(needs `pip install 'postcheck[ray]'`)")
    a.add_argument("--address", metavar="ADDR",
                   help="with --engine ray: the cluster (ray://host:10001, or auto for a running "
                        "local cluster); default: start a local Ray instance")
    a.add_argument("--images", choices=("none", "meta", "full"), default=None,
                   help="photos in the export: meta checks their metadata (GPS, capture details; default), "
                        "full also reads text and finds faces in them (postcheck[images], about 1 s a photo), none skips them")
    a.add_argument("--platform", help="the export's platform when it is not recognised: x, facebook, "
                                      "instagram, linkedin, tiktok, mastodon, bluesky, reddit, youtube, whatsapp")
    a.add_argument("--split", action="store_true", help="all PATHs are parts of one split export")
    a.add_argument("--format", choices=("text", "json", "jsonl"), help="stdout format (default text)")
    a.add_argument("--output", "-o", action="append", metavar="PATH",
                   help="also write a report; the suffix picks html, csv, json or jsonl (repeatable)")
    a.add_argument("--fail-on", choices=("info", "low", "medium", "high", "never"),
                   help="lowest severity of an open finding that makes the exit code 1 (default low)")
    a.add_argument("--profession", help="your HCPC profession (default from the config file)")
    a.add_argument("--account", help="personal | professional (default personal)")
    a.add_argument("--me", action="append", metavar="NAME",
                   help="your name as it appears in chats (WhatsApp, DMs): only your messages are "
                        "checked; repeatable; remembered for next time")
    a.add_argument("--timezone", help="IANA zone for exports without one (WhatsApp); default this machine's")
    a.add_argument("--date-order", choices=("dmy", "mdy"), help="WhatsApp date order when ambiguous")
    a.add_argument("--since", metavar="DATE", help="only items on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
    a.add_argument("--until", metavar="DATE", help="only items on or before DATE")
    a.add_argument("--store", metavar="FILE|URL", help=store_help)
    a.add_argument("--workers", type=int, metavar="N", help="checking processes (default: all cores)")
    a.add_argument("--top", type=int, metavar="N", help="items in the summary (default 10)")
    a.add_argument("--color", choices=("auto", "always", "never"))
    a.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                   help="the progress bar on stderr (default: when stderr is a terminal)")
    a.add_argument("--batch-size", type=int, default=None, help=argparse.SUPPRESS)
    a.add_argument("--chunk-size", type=int, default=None, help=argparse.SUPPRESS)
    _add_select_flags(a)

    r = sub.add_parser(
        "review", help="go through stored audit findings one by one, most serious first",
        description="Walk the findings of your audits, most serious first. For each: the post, "
                    "its date and platform, the finding, the fix and the link. Keys: d delete "
                    "(to do), x deleted, e edited, k keep (with a reason), n not a problem, "
                    "s skip, q quit. Each decision is saved at once. Without a terminal, one "
                    "key per line is read from standard input (`k reason…` for a reason).")
    r.add_argument("--stats", action="store_true", help="precision per rule from your 'not a problem' marks")
    r.add_argument("--export", metavar="FILE", help="write your decisions to FILE (.csv or .json)")
    r.add_argument("--run", metavar="ID", help="only findings of this audit run")
    r.add_argument("--all", action="store_true", help="also findings you have already decided")
    r.add_argument("--min-severity", choices=("info", "low", "medium", "high"), default="low")
    r.add_argument("--format", choices=("text", "json"), default="text", help="for --stats")
    r.add_argument("--store", metavar="FILE|URL", help=store_help)
    r.add_argument("--color", choices=("auto", "always", "never"))
    r.add_argument("--pack", metavar="DIR", help=argparse.SUPPRESS)

    f = sub.add_parser(
        "forget", help="remove stored findings, decisions and reports of an export",
        description="Remove what postcheck stored about an export: its runs, findings, your "
                    "decisions about them (unless another stored export holds the same findings) "
                    "and its reports.")
    f.add_argument("archive", nargs="?", metavar="ARCHIVE", help="the export's path, as given to audit")
    f.add_argument("--run", metavar="ID", help="one audit run")
    f.add_argument("--all", action="store_true", help="everything: all runs, findings, decisions and reports")
    f.add_argument("--list", action="store_true", help="list the stored exports and runs")
    f.add_argument("--yes", action="store_true", help="do not ask for confirmation (--all)")
    f.add_argument("--store", metavar="FILE|URL", help=store_help)


# ------------------------------------------------------------------------------ helpers

def _audit_config(extra: str | None) -> dict:
    import tomllib

    from postcheck.config import config_path
    from postcheck.errors import ConfigError

    out: dict = {}
    for path, required in ((config_path(), False), (Path(extra) if extra else None, True)):
        if path is None or not path.exists():
            continue
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"malformed config: {exc}", file=str(path)) from None
        section = data.get("audit", {})
        if not isinstance(section, dict):
            raise ConfigError("[audit] must be a table", file=str(path))
        for key, value in section.items():
            if key not in AUDIT_KEYS:
                raise ConfigError(f"unknown [audit] setting {key!r} (known: {', '.join(AUDIT_KEYS)})",
                                  file=str(path))
            out[key] = value
    return out


def _zone(name: str | None):
    if not name:
        return datetime.now().astimezone().tzinfo
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        from postcheck.cli.app import UsageError

        raise UsageError(f"unknown time zone {name!r}: use an IANA name such as Europe/London") from None


def parse_date(value: str | None, *, end: bool, tz) -> datetime | None:
    """``--since``/``--until``: YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time. ``end`` gives the
    exclusive upper bound (the start of the next year/month/day)."""
    if not value:
        return None
    from postcheck.cli.app import UsageError

    v = value.strip()
    try:
        if re.fullmatch(r"\d{4}", v):
            start = datetime(int(v), 1, 1, tzinfo=tz)
            nxt = datetime(int(v) + 1, 1, 1, tzinfo=tz)
        elif re.fullmatch(r"\d{4}-\d{2}", v):
            y, m = map(int, v.split("-"))
            start = datetime(y, m, 1, tzinfo=tz)
            nxt = datetime(y + (m == 12), m % 12 + 1, 1, tzinfo=tz)
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            start = datetime.fromisoformat(v).replace(tzinfo=tz)
            nxt = start + timedelta(days=1)
        else:
            start = datetime.fromisoformat(v.replace("Z", "+00:00"))
            if start.tzinfo is None:
                start = start.replace(tzinfo=tz)
            nxt = start + timedelta(microseconds=1)
    except ValueError:
        raise UsageError(f"cannot read the date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD") from None
    return (nxt if end else start).astimezone(timezone.utc)


def _use_color(choice, stream) -> bool:
    from postcheck.cli.app import _use_color as app_use_color

    return app_use_color(choice, stream)


def _store_target(args, audit_cfg: dict | None = None) -> str | None:
    """``--store``, else the config's ``[audit] store``: a PostgreSQL URL as given, a file
    path with ``~`` expanded; None for the default file."""
    from postcheck.store import is_store_url

    target = getattr(args, "store", None)
    if not target:
        if audit_cfg is None:
            audit_cfg = _audit_config(getattr(args, "config", None))
        target = audit_cfg.get("store")
    if not target:
        return None
    target = str(target)
    if is_store_url(target):
        return target.strip()
    return str(Path(target).expanduser())


def _store(args, audit_cfg: dict | None = None):
    from postcheck.store import open_store

    return open_store(_store_target(args, audit_cfg))


def _store_path(args) -> Path:
    from postcheck.store import default_store_path

    target = _store_target(args)
    return Path(target) if target else default_store_path()


def _store_exists(args) -> bool:
    """Whether anything can be stored there yet (a server is always asked)."""
    from postcheck.store import is_store_url

    target = _store_target(args)
    return is_store_url(target) or _store_path(args).exists()


# ------------------------------------------------------------------------------ audit

def cmd_audit(args) -> int:
    from postcheck.audit.pipeline import AuditOptions, Auditor
    from postcheck.audit.pool import default_workers
    from postcheck.cli.app import UsageError, _checker
    from postcheck.config import load_config
    from postcheck.errors import InputError
    from postcheck.model.context import Context, ContextError
    from postcheck.audit import reports
    from postcheck.report import audit_files
    from postcheck.report.audit_text import ProgressBar, render_summary
    from postcheck.report.render import Style

    started = time.monotonic()
    cfg = load_config(args.config)
    acfg = _audit_config(args.config)
    try:
        base = cfg.context()
        ctx = Context.make(account=args.account or acfg.get("account") or base.account,
                           profession=args.profession or acfg.get("profession") or base.profession)
    except ContextError as exc:
        raise UsageError(str(exc)) from None
    fmt = args.format or acfg.get("format") or "text"
    if fmt not in ("text", "json", "jsonl"):
        raise UsageError(f"unknown format {fmt!r}: use text, json or jsonl")
    fail_on = args.fail_on or acfg.get("fail_on") or cfg.get("fail_on") or "low"
    for path in args.output or []:
        if audit_files.report_kind(path) is None:
            raise InputError(f"unknown report type {Path(path).suffix or '(none)'}: use .html, .csv, "
                             ".json or .jsonl", file=path)
        parent = Path(path).expanduser().parent
        if not parent.is_dir():
            raise InputError("the folder for this report does not exist", file=path)
    tzname = args.timezone or acfg.get("timezone")
    tz = _zone(tzname)
    since = parse_date(args.since, end=False, tz=tz)
    until = parse_date(args.until, end=True, tz=tz)
    if since and until and since >= until:
        raise UsageError("--since is after --until: nothing to audit")
    workers = args.workers or int(acfg.get("workers") or 0) or default_workers()
    if workers < 1:
        raise UsageError("--workers must be at least 1")
    me = tuple(args.me or acfg.get("me") or ())
    if isinstance(me, str):
        me = (me,)
    settings = _checker(args, cfg).engine.settings
    options = AuditOptions(
        platform=args.platform, me=me, timezone=tzname,
        date_order=args.date_order or acfg.get("date_order"), since=since, until=until,
        profession=ctx.profession, account=ctx.account, settings=settings,
        pack_path=getattr(args, "pack", None), workers=workers,
        batch_size=args.batch_size or 2000, chunk_size=args.chunk_size or 64,
        images=args.images or acfg.get("images") or "meta")
    if options.images not in ("none", "meta", "full"):
        raise UsageError(f"unknown images setting {options.images!r}: use none, meta or full")
    engine = args.engine or acfg.get("engine") or "process"
    if engine not in ("process", "ray"):
        raise UsageError(f"unknown engine {engine!r}: use process or ray")
    address = args.address or acfg.get("address")
    if address and engine != "ray":
        raise UsageError("--address is for --engine ray")
    if engine == "ray":
        import importlib.util

        if importlib.util.find_spec("ray") is None:
            raise UsageError("--engine ray: Ray is not installed; add it with `pip install 'postcheck[ray]'`")
        options.engine, options.ray_address = "ray", address
        if not args.workers and not acfg.get("workers") and address:
            options.workers = 0    # the whole cluster
    many = bool(args.many)
    if many:
        if args.paths or args.split:
            raise UsageError("--many takes the exports from DIR or the list file: give no PATH and no --split")
        if fmt != "text" or args.output:
            raise UsageError("--many keeps each person's findings apart: --format json/jsonl and --output "
                             "would mix them in one report; use --reports-dir DIR")
        groups, displays = many_inputs(args.many)
    elif not args.paths:
        raise UsageError("give at least one PATH (an export), or --many DIR")
    else:
        if args.reports_dir:
            raise UsageError("--reports-dir is for --many (use --output for one audit)")
        groups = [list(args.paths)] if args.split else [[p] for p in args.paths]
        displays = None

    err = sys.stderr
    bar = ProgressBar(err, enabled={"always": True, "never": False}.get(args.progress))

    def on_issue(display: str, message: str) -> None:
        bar.message(f"postcheck: {display}: {message}")

    def progress(display: str, posts: int, done: int, total: int) -> None:
        if bar.label != display:
            bar.start(display)
        bar.update(display, posts, done, total)

    ask = _ask_me if (sys.stdin is not None and sys.stdin.isatty() and err.isatty()) else None
    store = _store(args, acfg)
    try:
        auditor = Auditor(store, options, progress=progress, on_issue=on_issue, ask_me=ask)
        results = auditor.run(groups, displays)
        bar.clear()
        for r in results:
            if r.status == "unreadable":
                err.write(f"postcheck: {r.error}\n")
            elif r.status == "stopped":
                err.write(f"postcheck: {r.display}: reading stopped early: {r.error}\n")
        run_ids = [r.run_id for r in results if r.run_id]
        pack = auditor.pack

        def records(ids):
            return reports.records(store, pack, ids)

        totals = reports.totals(store, run_ids)
        runs_meta = reports.runs_meta(results)
        prov = provenance(engine, options.workers or None, address)
        envelope = audit_files.audit_envelope(pack, runs_meta, prov)
        keep_reports = acfg.get("reports", True) is not False
        report_dirs = reports.write_run_reports(store, pack, results, prov) if keep_reports else []
        meta_all = reports.html_meta(pack, runs_meta, totals, results, prov)
        for path in args.output or []:
            try:
                audit_files.write_report(Path(path).expanduser(), audit_files.report_kind(path),
                                         records(run_ids), envelope=envelope, pack=pack, meta=meta_all)
            except OSError as exc:
                raise InputError(f"cannot write report: {exc.strerror or exc}", file=path) from None
        out = sys.stdout
        if many:
            if args.reports_dir:
                write_many_reports(store, pack, results, Path(args.reports_dir).expanduser(), prov)
            style = Style(_use_color(args.color or cfg.get("color"), out))
            out.write(render_many(results, store, style, elapsed=time.monotonic() - started,
                                  reports_dir=args.reports_dir) + "\n")
            out.flush()
            totals = reports.totals(store, run_ids)
            return 2 if any(r.status == "unreadable" for r in results) else (1 if _fails(totals, fail_on) else 0)
        if fmt == "json":
            for piece in audit_files.iter_json(envelope, records(run_ids)):
                out.write(piece)
        elif fmt == "jsonl":
            for piece in audit_files.iter_jsonl(envelope, records(run_ids)):
                out.write(piece)
        top_n = args.top or int(acfg.get("top") or 10)
        top = []
        if run_ids:
            for rec in records(run_ids):
                top.append(rec)
                if len(top) >= top_n:
                    break
        style = Style(_use_color(args.color or cfg.get("color"), out if fmt == "text" else err))
        where = report_dirs[0] if len(report_dirs) == 1 else (
            str(reports.reports_root()) + " (one folder per run)" if report_dirs else None)
        summary = render_summary(results, top, totals, style, report_dir=where,
                                 elapsed=time.monotonic() - started, top=top_n)
        if fmt == "text":
            out.write(summary + "\n")
        else:
            err.write(summary.splitlines()[0] + "\n")
            if where:
                err.write(f"Reports: {where}\n")
        out.flush()
    finally:
        store.close()
    if any(r.status == "unreadable" for r in results):
        return 2
    return 1 if _fails(totals, fail_on) else 0


def many_inputs(source: str) -> tuple[list[list[str]], list[str]]:
    """The exports named by ``--many``: the entries of a folder (each zip, file or sub-folder is
    one export), or the lines of a list file (blank lines and # comments ignored)."""
    from postcheck.errors import InputError

    src = Path(source).expanduser()
    if src.is_dir():
        entries = sorted(p for p in src.iterdir() if not p.name.startswith(".") and not p.is_symlink())
        paths = [str(p) for p in entries if p.is_dir() or p.is_file()]
    elif src.is_file():
        try:
            lines = src.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read the list of exports: {getattr(exc, 'strerror', None) or exc}",
                             file=source) from None
        paths = [str((src.parent / ln.strip()).expanduser()) if not Path(ln.strip()).expanduser().is_absolute()
                 else str(Path(ln.strip()).expanduser())
                 for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    else:
        raise InputError("--many needs a folder of exports or a list file: not found", file=source)
    if not paths:
        raise InputError("--many: no exports found", file=source)
    names = [Path(p).name for p in paths]
    seen: dict[str, int] = {}
    displays = []
    for n in names:
        seen[n] = seen.get(n, 0) + 1
        displays.append(n if names.count(n) == 1 else f"{n} ({seen[n]})")
    return [[p] for p in paths], displays


def provenance(engine: str, workers: int | None, address: str | None) -> dict:
    """Who ran the audit, where and how: recorded in every report's envelope."""
    import getpass
    import platform as platform_

    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is fine
        user = "unknown"
    out = {"run_by": f"{user}@{platform_.node() or 'localhost'}", "engine": engine,
           "started": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    if workers:
        out["workers"] = workers
    if address:
        out["address"] = re.sub(r"//[^@/]*@", "//***@", address)
    return out


def write_many_reports(store, pack, results, root: Path, prov: dict | None = None) -> None:
    """Each export's reports in its own folder under ``root``."""
    from postcheck.audit import reports
    from postcheck.errors import InputError
    from postcheck.report import audit_files

    reports.private_dir(root)
    for r in results:
        if not r.run_id:
            continue
        name = re.sub(r"[^A-Za-z0-9._() -]+", "_", r.display).strip(" .") or r.run_id
        folder = reports.private_dir(root / name)
        mine = reports.runs_meta([r])
        meta = reports.html_meta(pack, mine, reports.totals(store, [r.run_id]), [r], prov)
        env = audit_files.audit_envelope(pack, mine, prov)
        try:
            for fname, kind in reports.REPORT_FILES:
                audit_files.write_report(folder / fname, kind, reports.records(store, pack, [r.run_id]),
                                         envelope=env, pack=pack, meta=meta)
        except OSError as exc:
            raise InputError(f"cannot write report: {exc.strerror or exc}", file=str(folder)) from None


def render_many(results, store, style, *, elapsed: float, reports_dir: str | None) -> str:
    """One line per export: never the findings themselves, which belong to each person."""
    from postcheck.audit import reports

    rows = [("export", "platform", "items", "high", "medium", "low", "info", "open", "run id", "status")]
    for r in results:
        t = reports.totals(store, [r.run_id]) if r.run_id else {"by_severity": {}, "open_by_severity": {}}
        sev = t["by_severity"]
        rows.append((r.display, r.platform or "-", f"{r.counters.get('items', 0):,}",
                     *(str(sev.get(k, 0)) for k in ("high", "medium", "low", "info")),
                     str(sum(t["open_by_severity"].values())), r.run_id or "-",
                     r.status if r.status != "unreadable" else "unreadable: " + (r.error or "")[:60]))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [f"postcheck audit --many: {len(results)} exports in {elapsed:.1f} s "
             "(each person's findings and reports are kept apart)"]
    for n, row in enumerate(rows):
        cells = [c.ljust(widths[i]) if i in (0, 1, 8, 9) else c.rjust(widths[i]) for i, c in enumerate(row)]
        line = "  ".join(cells).rstrip()
        lines.append(style(line, "bold") if n == 0 else line)
    lines.append("Review one export at a time: postcheck review --run RUN_ID; remove one person's data: "
                 "postcheck forget --run RUN_ID")
    if reports_dir:
        lines.append(f"Reports: {reports_dir}/<export name>/")
    else:
        lines.append(f"Reports: {reports.reports_root()}/<run id>/")
    return "\n".join(lines)


def _fails(totals: dict, fail_on: str) -> bool:
    from postcheck.model.finding import SEVERITY_RANK

    if fail_on == "never":
        return False
    threshold = SEVERITY_RANK[fail_on]
    return any(int(sev) >= threshold and n for sev, n in totals.get("open_by_severity", {}).items())


def _ask_me(platform: str, display: str, senders: list[tuple[str, int]]) -> list[str]:
    err = sys.stderr
    err.write(f"\n{display}: this chat export does not say which sender is you.\n")
    for n, (name, count) in enumerate(senders[:20], 1):
        err.write(f"  [{n}] {name} ({count} message{'' if count == 1 else 's'})\n")
    err.write("Which is you? Numbers separated by commas (Enter: check everyone's messages): ")
    err.flush()
    line = sys.stdin.readline().strip()
    chosen = []
    for tok in re.split(r"[,\s]+", line):
        if tok.isdigit() and 1 <= int(tok) <= len(senders[:20]):
            chosen.append(senders[int(tok) - 1][0])
    return chosen


# ------------------------------------------------------------------------------ review

KEYMAP = {"d": "delete", "delete": "delete", "x": "deleted", "D": "deleted", "deleted": "deleted",
          "e": "edited", "edited": "edited", "k": "keep", "keep": "keep", "n": "not_a_problem",
          "not": "not_a_problem", "not_a_problem": "not_a_problem", "s": "skip", "skip": "skip",
          "q": "quit", "quit": "quit", "?": "help", "h": "help", "help": "help"}


HELP = ("d: you will delete it · x: you have deleted it · e: you have edited it · "
        "k: keep it (add a reason) · n: not a problem (a false alarm) · s: skip for now · "
        "q: quit (decisions are already saved)")


class _Keys:
    """Reads a decision: one key press on a terminal, else one line of standard input."""

    def __init__(self, stdin, out):
        self.stdin = stdin
        self.out = out
        self.tty = hasattr(stdin, "isatty") and stdin.isatty()

    def read(self) -> tuple[str, str | None] | None:
        if self.tty:
            key = self._key()
            if key is None:
                return None
            self.out.write(key + "\n")
            return key, None
        line = self.stdin.readline()
        if not line:
            return None
        line = line.strip()
        if not line:
            return "", None
        head, _, rest = line.partition(" ")
        return head, rest.strip() or None

    def _key(self) -> str | None:
        try:
            import termios
            import tty

            fd = self.stdin.fileno()
            old = termios.tcgetattr(fd)
            try:
                tty.setcbreak(fd)
                ch = os.read(fd, 1).decode("utf-8", "replace")
            finally:
                termios.tcsetattr(fd, termios.TCSADRAIN, old)
            if ch in ("\x04", ""):
                return None
            if ch == "\x03":
                raise KeyboardInterrupt
            return ch
        except (ImportError, OSError, ValueError):
            line = self.stdin.readline()
            return line.strip()[:1] if line else None

    def reason(self, prompt: str) -> str | None:
        if not self.tty:
            return None
        self.out.write(prompt)
        self.out.flush()
        line = self.stdin.readline()
        return line.strip() or None


def cmd_review(args) -> int:
    from postcheck.model.finding import SEVERITY_RANK
    from postcheck.pack.loader import default_pack, load_pack
    from postcheck.report.audit_text import REVIEW_KEYS, render_review_item
    from postcheck.report.render import Style

    out = sys.stdout
    if not _store_exists(args):
        out.write(f"Nothing to review: no audit is stored yet ({_store_path(args)}). "
                  "Run `postcheck audit PATH` first.\n")
        return 0
    store = _store(args)
    try:
        if args.stats:
            return _review_stats(store, args, out)
        if args.export:
            return _review_export(store, args.export)
        pack = load_pack(args.pack) if args.pack else default_pack()
        queue = store.review_queue(min_severity=SEVERITY_RANK[args.min_severity],
                                   include_closed=args.all, run_id=args.run)
        if not queue:
            out.write("Nothing left to review.\n")
            return 0
        style = Style(_use_color(args.color, out))
        keys = _Keys(sys.stdin, out)
        saved = 0
        total = len(queue)
        i = 0
        quit_ = False
        while i < total and not quit_:
            item = queue[i]
            out.write("\n" + render_review_item(item, pack, style, index=i + 1, total=total) + "\n")
            while True:
                out.write(style(REVIEW_KEYS, "dim") + "\n> ")
                out.flush()
                got = keys.read()
                if got is None:
                    out.write("\n")
                    quit_ = True
                    break
                key, reason = got
                action = KEYMAP.get(key) or KEYMAP.get(key.lower())
                if action == "quit":
                    quit_ = True
                    break
                if action in (None, "help"):
                    out.write(("unknown key " + repr(key) + ". " if action is None and key else "")
                              + HELP + "\n")
                    continue
                if action == "skip":
                    i += 1
                    break
                if action in ("keep", "not_a_problem") and reason is None:
                    reason = keys.reason("reason (optional, Enter to skip): ")
                from postcheck.store import DecisionConflict

                try:
                    # expected_version: never overwrite what another reviewer decided since
                    # this queue was read (a shared PostgreSQL store, or the web page)
                    store.decide(item.fingerprint, action, reason,
                                 expected_version=item.decision_version)
                except DecisionConflict as exc:
                    out.write(style(f"not saved: {exc}", "yellow") + "\n")
                    fresh = store.review_item(item.fingerprint)
                    if fresh is None:
                        i += 1
                    else:
                        queue[i] = fresh
                    break
                saved += 1
                out.write(style(f"saved: {action.replace('_', ' ')}", "green") + "\n")
                i += 1
                break
        left = total - i
        out.write(f"\n{saved} decision{'s' if saved != 1 else ''} saved; {left} finding"
                  f"{'s' if left != 1 else ''} left to review.\n")
        return 0
    finally:
        store.close()


def _review_stats(store, args, out) -> int:
    rows = store.rule_stats()
    if args.format == "json":
        out.write(json.dumps(rows, indent=2) + "\n")
        return 0
    if not rows:
        out.write("No findings stored yet.\n")
        return 0
    out.write(f"{'rule':<6} {'found':>7} {'reviewed':>9} {'not a problem':>14} {'precision':>10}\n")
    for r in rows:
        p = "—" if r["precision"] is None else f"{r['precision'] * 100:.0f}%"
        out.write(f"{r['code']:<6} {r['found']:>7} {r['reviewed']:>9} {r['not_a_problem']:>14} {p:>10}\n")
    out.write("precision = reviewed findings not marked 'not a problem' / reviewed findings\n")
    return 0


def _review_export(store, path: str) -> int:
    from postcheck.errors import InputError
    from postcheck.report.audit_files import _open_private, defuse

    suffix = Path(path).suffix.lower()
    if suffix not in (".csv", ".json"):
        raise InputError("unknown export type: use .csv or .json", file=path)
    fields = ["fingerprint", "action", "reason", "decided_at", "code", "post_key", "platform",
              "created_at", "url", "locator", "matched"]
    rows = [{k: getattr(d, k) for k in fields} for d in store.decisions()]
    try:
        with _open_private(Path(path).expanduser()) as fh:
            if suffix == ".json":
                json.dump({"decisions": rows}, fh, ensure_ascii=False, indent=2)
                fh.write("\n")
            else:
                import csv

                w = csv.DictWriter(fh, fieldnames=fields)
                w.writeheader()
                for r in rows:
                    w.writerow({k: defuse(v) for k, v in r.items()})
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror or exc}", file=path) from None
    sys.stderr.write(f"wrote {len(rows)} decision{'s' if len(rows) != 1 else ''} to {path}\n")
    return 0


# ------------------------------------------------------------------------------ forget

def cmd_forget(args) -> int:
    from postcheck.audit.fingerprint import archive_key
    from postcheck.cli.app import UsageError
    from postcheck.errors import InputError

    chosen = sum(bool(x) for x in (args.archive, args.run, args.all, args.list))
    if chosen != 1:
        raise UsageError("give one of: ARCHIVE, --run ID, --all or --list")
    out = sys.stdout
    if not _store_exists(args):
        out.write("Nothing stored.\n")
        if args.all:
            _remove_reports(None)
        return 0
    store = _store(args)
    try:
        if args.list:
            runs = store.list_runs()
            if not runs:
                out.write("Nothing stored.\n")
            for r in runs:
                out.write(f"{r.run_id}  {r.status:<9} {r.platform:<10} {r.display}\n")
            return 0
        if args.all:
            if not args.yes:
                if not (sys.stdin is not None and sys.stdin.isatty()):
                    raise UsageError("forget --all removes every finding, decision and report: "
                                     "add --yes to confirm")
                out.write("Remove every stored finding, decision and report? Type yes: ")
                out.flush()
                if sys.stdin.readline().strip().lower() != "yes":
                    out.write("Nothing removed.\n")
                    return 0
            ids = store.forget_all()
            _remove_reports(None)
            out.write(f"Removed {len(ids)} run{'s' if len(ids) != 1 else ''}, their findings, "
                      "decisions and reports.\n")
            return 0
        if args.run:
            ids = store.forget_run(args.run)
            if not ids:
                raise InputError(f"no stored run {args.run!r} (`postcheck forget --list` shows them)")
        else:
            key = archive_key([args.archive])
            target = str(Path(args.archive).expanduser().resolve())
            keys = [a["key"] for a in store.archives()
                    if a["key"] == key or target in a["paths"] or a["display"] == args.archive]
            if not keys:
                raise InputError("no stored audit of this export (`postcheck forget --list` shows "
                                 "them)", file=args.archive)
            ids = []
            for k in keys:
                ids += store.forget_archive(k)
        for rid in ids:
            _remove_reports(rid)
        out.write(f"Removed {len(ids)} run{'s' if len(ids) != 1 else ''} with their findings, "
                  "decisions and reports.\n")
        return 0
    finally:
        store.close()


def _remove_reports(run_id: str | None) -> None:
    from postcheck.audit.reports import reports_root

    root = reports_root()
    if run_id is None:
        if root.is_dir():
            for child in root.iterdir():
                if RUN_ID.match(child.name) and child.is_dir() and not child.is_symlink():
                    shutil.rmtree(child)
        return
    if not RUN_ID.match(run_id):
        return
    folder = root / run_id
    if folder.is_dir() and not folder.is_symlink():
        shutil.rmtree(folder)


COMMANDS = {"audit": cmd_audit, "review": cmd_review, "forget": cmd_forget}
