"""The ``postcheck`` command line.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings (or, in a batch, lines that
could not be read); 2 usage or input error (nothing could be checked). Errors are one line
on stderr, never a traceback (set POSTCHECK_DEBUG=1 to see one for an internal error).
Machine formats go to stdout; progress and errors to stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from postcheck import __version__

MAX_FILE_BYTES = 1_000_000     # one post read from a file or stdin
MAX_LINE_BYTES = 1_000_000     # one JSONL line


class UsageError(Exception):
    pass


def _add_context_flags(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("context (defaults from the config file)")
    g.add_argument("--platform", help="x, facebook, instagram, linkedin, tiktok, youtube, whatsapp, mastodon, bluesky, reddit, forum, other")
    g.add_argument("--account", help="personal | professional")
    g.add_argument("--audience", help="public | friends | group | direct")
    g.add_argument("--profession", help="one of the 15 HCPC professions, e.g. paramedic, physio, OT, SLT")
    g.add_argument("--consent", help="none | verbal | written: the person's consent to this post")


def _add_select_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--select", action="append", metavar="CODES", help="only these rule codes or prefixes (comma-separated)")
    p.add_argument("--ignore", action="append", metavar="CODES", help="skip these rule codes or prefixes (comma-separated)")
    p.add_argument("--allow", action="append", metavar="TERM", help="never report this name or place (your own name, your employer); repeatable")
    p.add_argument("--config", metavar="FILE", help="a TOML config file read after the user's postcheck.toml")
    p.add_argument("--pack", metavar="DIR", help="a standards pack folder instead of the bundled HCPC pack")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="postcheck",
        description="Check social-media posts against the HCPC's standards, offline. Nothing leaves your machine.",
    )
    parser.add_argument("--version", action="version", version=f"postcheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    c = sub.add_parser("check", help="check a draft post (or many, with --jsonl)",
                       description="Check a draft before posting: every risk with its span, standard, why and a fix.")
    c.add_argument("text", nargs="?", help="the post text, or - to read it from standard input")
    c.add_argument("--file", "-f", metavar="F", help="read the post from a UTF-8 text file")
    c.add_argument("--jsonl", metavar="IN", help="check many posts: one JSON object per line with id and text (- for stdin)")
    c.add_argument("--format", choices=("text", "json", "jsonl"), help="output format (default text)")
    c.add_argument("--output", "-o", action="append", metavar="PATH", help="also write a report; the suffix picks json, jsonl or csv (repeatable)")
    c.add_argument("--fix", action="store_true", help="print only the redacted rewrite of the post")
    c.add_argument("--explain", action="store_true", help="show why each finding matters and what would make it acceptable")
    c.add_argument("--fail-on", choices=("info", "low", "medium", "high", "never"), help="lowest severity that makes the exit code 1 (default low)")
    c.add_argument("--color", choices=("auto", "always", "never"), default=None, help="colour in text output (default auto)")
    c.add_argument("--workers", type=int, metavar="N", help="processes for --jsonl batches (default: all cores)")
    g = c.add_argument_group("images (photos attached to the post)")
    g.add_argument("--image", action="append", metavar="PHOTO",
                   help="check a photo too: metadata, text in the picture, faces, DICOM tags (repeatable; the text is optional)")
    g.add_argument("--image-checks", choices=("meta", "full"), default=None,
                   help="meta: metadata only (fast); full: also text and faces when postcheck[images] is installed (default)")
    g.add_argument("--clean-copies", metavar="DIR",
                   help="write a clean copy of each photo (metadata removed) and a blurred one (faces and identifying text covered) to DIR; "
                        "with --fix and no DIR, beside each photo. Originals are never changed")
    _add_context_flags(c)
    _add_select_flags(c)

    r = sub.add_parser("rules", help="list every rule")
    r.add_argument("--format", choices=("text", "json"), default="text")
    r.add_argument("--pack", metavar="DIR")
    r1 = sub.add_parser("rule", help="a rule's full documentation with examples")
    r1.add_argument("code", help="rule code (C110) or name (patient-name)")
    r1.add_argument("--format", choices=("text", "json"), default="text")
    r1.add_argument("--pack", metavar="DIR")
    s = sub.add_parser("standards", help="the standards, the guidance passage for each, and the rules citing it")
    s.add_argument("--format", choices=("text", "json"), default="text")
    s.add_argument("--professions", action="store_true", help="list the 15 professions, their short forms and where to get advice")
    s.add_argument("--pack", metavar="DIR")
    cf = sub.add_parser("config", help="show or change your settings (e.g. `postcheck config set profession physio`)")
    cf.add_argument("action", nargs="?", choices=("show", "set", "unset", "path"), default="show")
    cf.add_argument("key", nargs="?")
    cf.add_argument("value", nargs="?")
    for module in EXTRA_COMMAND_MODULES:
        mod = _optional_module(module)
        if mod is not None:
            mod.add_parsers(sub)
            COMMANDS.update(mod.COMMANDS)
    return parser


# Commands that live in their own modules (audit, review, forget, serve, ...). Each module
# has add_parsers(subparsers) and a COMMANDS dict of name -> function(args) -> exit code.
EXTRA_COMMAND_MODULES = ("postcheck.cli.audit_cmd", "postcheck.cli.serve_cmd")


def _optional_module(name: str):
    import importlib

    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        return None


# ------------------------------------------------------------------------------ helpers

def _split(values: list[str] | None) -> list[str]:
    out: list[str] = []
    for v in values or []:
        out += [p.strip().upper() for p in v.split(",") if p.strip()]
    return out


def _read_text_bytes(data: bytes, where: str) -> str:
    if len(data) > MAX_FILE_BYTES:
        from postcheck.errors import InputError

        raise InputError(f"input too large ({len(data):,} bytes; a post is at most {MAX_FILE_BYTES:,})", file=where)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        from postcheck.errors import InputError

        raise InputError(f"not valid UTF-8 (byte {exc.start}): save the file as UTF-8", file=where) from None
    return text.removeprefix("\ufeff")


def _read_file(path: str) -> str:
    from postcheck.errors import InputError

    p = Path(path)
    if not p.exists():
        raise InputError("file not found", file=path)
    if p.is_dir():
        raise InputError("is a folder, not a text file", file=path)
    size = p.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(f"input too large ({size:,} bytes; a post is at most {MAX_FILE_BYTES:,})", file=path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", file=path) from None
    return _read_text_bytes(data, path)


def _use_color(choice: str | None, stream) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return hasattr(stream, "isatty") and stream.isatty()


def _checker(args, cfg):
    from postcheck.api import Checker

    return Checker(getattr(args, "pack", None), checker_settings(args, cfg))


def checker_settings(args, cfg):
    """Engine settings from the flags (``args`` may be None) over the config file."""
    from postcheck.engine.analyze import Settings

    return Settings(
        select=tuple(_split(getattr(args, "select", None)) or [s.upper() for s in cfg.get("select", [])]),
        ignore=tuple(_split(getattr(args, "ignore", None)) + [s.upper() for s in cfg.get("ignore", [])]),
        allow=tuple((getattr(args, "allow", None) or []) + list(cfg.get("allow", []))),
        problem_confidence=float(cfg.get("problem_confidence", 0.7)),
    )


def _fails(result, fail_on: str) -> bool:
    from postcheck.model.finding import SEVERITY_RANK

    if fail_on == "never":
        return False
    return any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK[fail_on] for f in result.findings)


# ------------------------------------------------------------------------------ commands

def cmd_check(args) -> int:
    from postcheck.config import load_config
    from postcheck.errors import InputError
    from postcheck.model.context import Context, ContextError
    from postcheck.report import render

    cfg = load_config(args.config)
    base = cfg.context()
    try:
        overrides = {k: getattr(args, k) for k in ("platform", "account", "audience", "profession", "consent")
                     if getattr(args, k)}
        context = Context.from_mapping(overrides, base)
    except ContextError as exc:
        raise UsageError(str(exc)) from None
    fmt = args.format or cfg.get("format") or "text"
    fail_on = args.fail_on or cfg.get("fail_on") or "low"
    sources = sum(bool(x) for x in (args.text, args.file, args.jsonl))
    if args.image and args.jsonl:
        raise UsageError("--image checks one post: it cannot be used with --jsonl")
    if sources != 1 and not (args.image and sources == 0):
        raise UsageError("give exactly one of: TEXT, - (standard input), --file F or --jsonl IN (or only --image PHOTO)")
    checker = _checker(args, cfg)
    out = sys.stdout
    style = render.Style(_use_color(args.color or cfg.get("color"), out))
    results: list[dict] = []
    status = 0

    if args.jsonl:
        return _check_jsonl(args, checker, context, fmt, fail_on, style)

    if args.file:
        text = _read_file(args.file)
    elif args.text == "-":
        text = _read_text_bytes(sys.stdin.buffer.read(MAX_FILE_BYTES + 1), "<stdin>")
    else:
        text = args.text or ""
    if not text.strip() and not args.image:
        where = args.file or ("<stdin>" if args.text == "-" else None)
        raise InputError("empty post: there is no text to check", file=where)
    if args.image:
        result = _check_with_images(args, cfg, checker, text, context)
        if all(i.error for i in result.images) and not text.strip():
            if len(result.images) == 1:
                raise result.images[0].exception
            raise InputError("none of the images could be read: " + "; ".join(i.error for i in result.images))
    else:
        result = checker.check(text, context, "1")
    wire = result.to_dict()
    results.append(wire)
    if args.fix:
        if text.strip():
            out.write((result.redacted or result.text) + "\n")
        for info in result.images:
            for label, path in (("clean copy", info.clean_copy), ("blurred copy", info.blurred_copy)):
                if path:
                    sys.stderr.write(f"postcheck: {label} of {info.file}: {path}\n")
    elif fmt == "json":
        out.write(render.to_json(results, checker.pack) + "\n")
    elif fmt == "jsonl":
        out.write(render.jsonl_line({"envelope": render.envelope(checker.pack)}) + "\n")
        out.write(render.jsonl_line(wire) + "\n")
    else:
        out.write(render.render_text(result, checker.pack, style, explain=args.explain) + "\n")
    _write_outputs(args.output, results, checker.pack)
    if _fails(result, fail_on):
        status = 1
    return status


def _check_with_images(args, cfg, checker, text, context):
    """The draft (if any) and its photos, as one result; copies written when asked."""
    from postcheck.images import check_post

    level = args.image_checks or cfg.get("image_checks") or "full"
    copies = args.clean_copies or ("beside" if args.fix else None)
    if copies and copies != "beside":
        folder = Path(copies)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UsageError(f"cannot create the folder for clean copies: {exc.strerror or exc} ({folder})") from None
        copies = folder
    return check_post(checker, text, args.image, context, level=level, copies=copies)


def _parse_line(raw: bytes, number: int, context):
    """One JSONL line → (id, text, Context), or raise InputError naming the line."""
    from postcheck.errors import InputError
    from postcheck.model.context import Context, ContextError

    if len(raw) > MAX_LINE_BYTES:
        raise InputError(f"line {number}: too long ({len(raw):,} bytes; at most {MAX_LINE_BYTES:,})")
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"line {number}: not valid UTF-8 (byte {exc.start})") from None
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"line {number}: not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(item, dict):
        raise InputError(f"line {number}: expected a JSON object with id and text")
    text = item.get("text")
    if not isinstance(text, str):
        raise InputError(f"line {number}: no 'text' string")
    if not text.strip():
        raise InputError(f"line {number}: empty post: there is no text to check")
    if len(text) > 100_000:
        raise InputError(f"line {number}: post too long ({len(text):,} characters; the limit is 100,000)")
    try:
        ctx = Context.from_mapping(item, context)
    except ContextError as exc:
        raise InputError(f"line {number}: {exc}") from None
    return str(item.get("id", number)), text, ctx


# ---- batch workers: each process builds its own checker once (engines are stateless).
# Workers parse, check and serialise; the parent only reads lines and writes results, in order.
_WORKER: dict = {}


def _worker_init(pack_path, settings, fail_on, fmt, color, explain, context, keep) -> None:
    from postcheck.api import Checker
    from postcheck.report import render

    # A forked worker inherits the parent's checker, already built and warmed (see
    # _pool_context); a spawned one builds its own.
    checker = _WORKER.get("inherited")
    if checker is None or checker.engine.settings != settings:
        checker = Checker(pack_path, settings)
    _WORKER.update(checker=checker, fail_on=fail_on, fmt=fmt, style=render.Style(color),
                   explain=explain, render=render, context=context, keep=keep)


# One short post that takes the checker through its lazily built parts (the conduct
# grammar, claim and phrase tables, the story model), so forked workers start warm.
WARM_TEXT = ("Lovely Mrs Jones (82) from Leeds on ward 5 with a fractured NOF last night, her daughter "
             "Sarah rang 07700 900123. Immigrants are vermin and vaccines cause autism, idiots! "
             "https://example.com #physio")


def _pool_context(checker):
    """The multiprocessing context for batch workers. With fork (Linux), the parent's
    checker is warmed once and inherited, so no worker loads the pack or compiles the
    lazily built patterns again; elsewhere workers build their own (spawn)."""
    import multiprocessing
    import threading

    if "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() != 1:
        return None
    try:
        checker.check(WARM_TEXT)
    except Exception:  # warming is an optimisation only
        return None
    import gc

    _WORKER["inherited"] = checker
    gc.collect()
    gc.freeze()  # keep the shared objects out of the children's collections (fewer copied pages)
    return multiprocessing.get_context("fork")


def _worker_run(batch: list, w: dict | None = None) -> list:
    """[(line number, raw bytes)] -> [(number, out_text|None, wire|None, fails, error|None)]."""
    from postcheck.errors import InputError, PostcheckError

    w = w if w is not None else _WORKER
    render = w["render"]
    out = []
    for number, raw in batch:
        try:
            pid, text, ctx = _parse_line(raw, number, w["context"])
            result = w["checker"].check(text, ctx, pid)
        except InputError as exc:
            out.append((number, None, None, False, exc.message))
            continue
        except PostcheckError as exc:  # a post that cannot be checked must not stop the batch
            out.append((number, None, None, False, f"line {number}: {exc.message}"))
            continue
        wire = result.to_dict()
        if w["fmt"] == "text":
            text_out = render.render_text(result, w["checker"].pack, w["style"], explain=w["explain"]) + "\n\n"
        elif w["fmt"] == "jsonl":
            text_out = render.jsonl_line(wire) + "\n"
        else:
            text_out = None
        out.append((number, text_out, wire if w["keep"] else None, _fails(result, w["fail_on"]), None))
    return out


BATCH_SIZE = 64        # lines a worker checks per task: small, so the workers finish together
POOL_MIN_LINES = 256   # fewer lines than this are checked in this process (no pool to start)


def _check_jsonl(args, checker, context, fmt, fail_on, style) -> int:
    from postcheck.errors import InputError
    from postcheck.report import render

    out = sys.stdout
    where = "<stdin>" if args.jsonl == "-" else args.jsonl
    if args.jsonl == "-":
        stream = sys.stdin.buffer
    else:
        p = Path(args.jsonl)
        if not p.exists():
            raise InputError("file not found", file=args.jsonl)
        if p.is_dir():
            raise InputError("is a folder, not a JSONL file", file=args.jsonl)
        stream = p.open("rb")
    collected: list[dict] = []
    keep = bool(args.output) or fmt == "json"
    counts = {"failed": 0, "bad": 0, "checked": 0}
    if fmt == "jsonl":
        out.write(render.jsonl_line({"envelope": render.envelope(checker.pack)}) + "\n")

    def emit(rows: list) -> None:
        for number, text_out, wire, fails, error in rows:
            if error is not None:
                counts["bad"] += 1
                msg = error if error.startswith("line") else f"line {number}: {error}"
                sys.stderr.write(f"{InputError.code} {msg} ({where})\n")
                err = {"line": number, "error": f"{InputError.code} {msg}"}
                if fmt == "jsonl":
                    out.write(render.jsonl_line(err) + "\n")
                if keep:
                    collected.append(err)
                continue
            counts["checked"] += 1
            if text_out is not None:
                out.write(text_out)
            if keep:
                collected.append(wire)
            counts["failed"] += fails

    def batches():
        batch: list = []
        for number, raw in enumerate(stream, 1):
            if not raw.strip():
                continue
            batch.append((number, raw))
            if len(batch) >= BATCH_SIZE:
                yield batch
                batch = []
        if batch:
            yield batch

    workers = args.workers if args.workers is not None else (os.cpu_count() or 1)
    local = dict(checker=checker, fail_on=fail_on, fmt=fmt, style=style, explain=args.explain, render=render,
                 context=context, keep=keep)
    pool = None
    pending: list = []
    waiting: list = []  # batches read before it is known whether a pool is worth starting
    try:
        for batch in batches():
            if pool is None and workers > 1:
                waiting.append(batch)
                if sum(len(b) for b in waiting) < POOL_MIN_LINES:
                    continue
                from concurrent.futures import ProcessPoolExecutor

                pool = ProcessPoolExecutor(workers, mp_context=_pool_context(checker), initializer=_worker_init, initargs=(
                    getattr(args, "pack", None), checker.engine.settings, fail_on, fmt, style.color, args.explain,
                    context, keep))
                pending += [pool.submit(_worker_run, b) for b in waiting]
                waiting = []
                continue
            if pool is None:
                emit(_worker_run(batch, local))
                continue
            pending.append(pool.submit(_worker_run, batch))
            while len(pending) > 4 * workers:
                emit(pending.pop(0).result())
        for batch in waiting:  # a short input: checked here
            emit(_worker_run(batch, local))
        while pending:
            emit(pending.pop(0).result())
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
            if _WORKER.pop("inherited", None) is not None:
                import gc

                gc.unfreeze()
        if stream is not sys.stdin.buffer:
            stream.close()
    if fmt == "json":
        out.write(render.to_json(collected, checker.pack) + "\n")
    _write_outputs(args.output, collected, checker.pack)
    checked, failed, bad = counts["checked"], counts["failed"], counts["bad"]
    sys.stderr.write(f"checked {checked} post{'s' if checked != 1 else ''}: {failed} with findings"
                     + (f", {bad} line{'s' if bad != 1 else ''} could not be read" if bad else "") + "\n")
    if checked == 0 and bad:
        return 2
    return 1 if failed or bad else 0


def _write_outputs(paths: list[str] | None, results: list[dict], pack) -> None:
    from postcheck.errors import InputError
    from postcheck.report import render

    for path in paths or []:
        suffix = Path(path).suffix.lower()
        if suffix == ".json":
            data = render.to_json(results, pack) + "\n"
        elif suffix == ".jsonl":
            lines = [render.jsonl_line({"envelope": render.envelope(pack)})] + [render.jsonl_line(r) for r in results]
            data = "\n".join(lines) + "\n"
        elif suffix == ".csv":
            data = render.to_csv(results)
        else:
            raise InputError(f"unknown report type {suffix or '(none)'}: use .json, .jsonl or .csv", file=path)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # holds post text
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                fh.write(data)
        except OSError as exc:
            raise InputError(f"cannot write report: {exc.strerror}", file=path) from None


def _pack(args):
    from postcheck.pack.loader import default_pack, load_pack

    return load_pack(args.pack) if getattr(args, "pack", None) else default_pack()


def cmd_rules(args) -> int:
    pack = _pack(args)
    rules = sorted(pack.rules.values(), key=lambda r: r.code)
    if args.format == "json":
        print(json.dumps([r.doc() for r in rules], ensure_ascii=False, indent=2))
        return 0
    for r in rules:
        print(f"{r.code}  {r.name:<28} {r.severity:<6} {', '.join(r.standards):<10} {r.summary}")
    print(f"\n{len(rules)} rules in pack {pack.id} {pack.version}. `postcheck rule CODE` for one in full.")
    return 0


def cmd_rule(args) -> int:
    pack = _pack(args)
    key = args.code.strip()
    key = pack.redirects.get(key.upper(), key)
    rule = pack.rules.get(key.upper()) or next((r for r in pack.rules.values() if r.name == key.lower()), None)
    if rule is None:
        raise UsageError(f"no rule {args.code!r}: `postcheck rules` lists them")
    if args.format == "json":
        print(json.dumps(rule.doc(), ensure_ascii=False, indent=2))
        return 0
    import textwrap

    def para(title: str, body: str) -> None:
        print(f"\n{title}")
        for line in textwrap.wrap(body, 84):
            print("  " + line)

    print(f"{rule.code} {rule.name}  ({rule.severity}; HCPC {', '.join(rule.standards)}; {rule.status} since {rule.since})")
    para("What it finds", rule.summary)
    para("Why it matters", rule.explanation)
    for number in rule.standards:
        std = pack.standards[number]
        para(f"Standard {number}: {std.title}", std.text)
    if rule.advice:
        para("What would make it acceptable", rule.advice)
    if rule.fix:
        para("Fix", f"{rule.fix.title} ({rule.fix.applicability})")
    print("\nFlags (the marked part is reported):")
    for ex in rule.flag_examples:
        text = ex.text
        for s, e in sorted(ex.spans, reverse=True):
            text = text[:s] + "[[" + text[s:e] + "]]" + text[e:]
        print("  ✗ " + text)
    print("Leaves alone:")
    for ex in rule.ok_examples:
        print("  ✓ " + ex.text)
    return 0


def cmd_standards(args) -> int:
    pack = _pack(args)
    if args.professions:
        from postcheck.model.context import PROFESSIONS

        bodies = pack.signposting.get("professions", {})
        for key, (display, aliases) in PROFESSIONS.items():
            short = ", ".join(a for a in aliases if a != display)
            print(f"{display}  (also: {short})")
            for body in bodies.get(key, []):
                print(f"    advice: {body['name']}  {body['url']}")
        reg = pack.signposting.get("regulator", {})
        if reg:
            print(f"\n{reg['name']}: {reg['address']}; {reg['phone']}; {reg['url']}")
        return 0
    by_std: dict[str, list[str]] = {}
    for r in pack.rules.values():
        for n in r.standards:
            by_std.setdefault(n, []).append(r.code)
    if args.format == "json":
        print(json.dumps([{"number": s.number, "title": s.title, "text": s.text, "guidance": s.guidance,
                           "quoted": s.quoted, "older_numbers": list(s.older_numbers),
                           "rules": sorted(by_std.get(s.number, []))} for s in pack.standards.values()],
                         ensure_ascii=False, indent=2))
        return 0
    import textwrap

    quoted = [s for s in pack.standards.values() if s.quoted]
    other = [s for s in pack.standards.values() if not s.quoted]
    print(f"{pack.name} ({pack.version})\n")
    for s in quoted:
        print(f"{s.number}  {s.title}")
        for line in textwrap.wrap(s.text, 84):
            print("      " + line)
        if s.guidance:
            for line in textwrap.wrap("Guidance: " + s.guidance, 84):
                print("      " + line)
        rules = sorted(by_std.get(s.number, []))
        print("      Rules: " + (", ".join(rules) if rules else "none yet") + "\n")
    print("Also engaged by social-media conduct: " + ", ".join(f"{s.number} {s.title}" for s in other))
    if pack.meta.get("not_legal_advice"):
        print("\n" + textwrap.fill(pack.meta["not_legal_advice"], 88))
    return 0


def cmd_config(args) -> int:
    from postcheck.config import config_path, load_config, set_value

    if args.action == "path":
        print(config_path())
        return 0
    if args.action in ("set", "unset"):
        if not args.key or (args.action == "set" and args.value is None):
            raise UsageError(f"usage: postcheck config {args.action} KEY" + (" VALUE" if args.action == "set" else ""))
        path = set_value(args.key, args.value if args.action == "set" else None)
        print(f"saved {args.key} in {path}")
        return 0
    cfg = load_config()
    print(f"# {config_path()}" + ("" if cfg.sources else " (not created yet)"))
    for k, v in cfg.values.items():
        print(f"{k} = {v!r}")
    return 0


COMMANDS = {"check": cmd_check, "rules": cmd_rules, "rule": cmd_rule, "standards": cmd_standards, "config": cmd_config}


def main(argv: list[str] | None = None) -> int:
    from postcheck.errors import PostcheckError

    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    try:
        return COMMANDS[args.command](args)
    except UsageError as exc:
        sys.stderr.write(f"postcheck: {exc}\n")
        return 2
    except PostcheckError as exc:
        sys.stderr.write(f"postcheck: {exc}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("postcheck: interrupted\n")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # never a traceback for users
        if os.environ.get("POSTCHECK_DEBUG"):
            raise
        sys.stderr.write(f"postcheck: PC-E999 internal error: {exc.__class__.__name__}: {exc} "
                         "(set POSTCHECK_DEBUG=1 for details; please report it)\n")
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
