"""The local web page and the HTTP API (``postcheck serve``).

``create_app(ServeConfig(...))`` builds a FastAPI application:

- ``/`` the page (check a draft, audit an archive, guidance, rules) from ``static/``; every
  asset ships in the package (no CDN, no fonts from elsewhere, no analytics);
- ``/api/v1/...`` the versioned API, answering the CLI's wire schema (docs/wire-schema.md);
- ``/openapi.json`` and ``/docs`` (a readable page built from it with local assets only).

Security (see :mod:`.security`): localhost by default, a required access token when bound
elsewhere, a CSRF token on state-changing requests, Host checks against DNS rebinding, a strict
Content-Security-Policy, upload size limits. Draft text is never logged or stored.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from fastapi import Body, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from postcheck import SCHEMA_VERSION, __version__
from postcheck.errors import PostcheckError

from .security import SecurityMiddleware

API = "/api/v1"
MAX_BATCH = 1000
MAX_IMAGES = 8                               # photos with one draft
MAX_IMAGE_BYTES = 50 * 1024 ** 2             # one uploaded photo
KEEP_IMAGES = 32                             # photos the server keeps in memory for re-checks
DEFAULT_MAX_UPLOAD = 4 * 1024 ** 3          # 4 GiB: Facebook and Google exports are large
STATIC_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png",
                ".ico": "image/x-icon"}


@dataclass
class ServeConfig:
    host: str = "127.0.0.1"
    port: int = 8765
    token: str | None = None                  # required when host is not a loopback address
    store_path: str | None = None
    pack_path: str | None = None
    max_upload: int = DEFAULT_MAX_UPLOAD
    workers: int | None = None                # audit worker processes (default: all cores)
    allow_paths: bool = True                  # audits of a folder or file on this machine
    config_file: str | None = None


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


# --------------------------------------------------------------------------------- models

class ContextIn(BaseModel):
    """Where and how the post would appear. Omitted fields take your saved settings."""

    platform: str | None = Field(None, description="x, facebook, instagram, linkedin, tiktok, youtube, "
                                                   "whatsapp, mastodon, bluesky, reddit, forum, other")
    account: Literal["personal", "professional"] | None = None
    audience: Literal["public", "friends", "group", "direct"] | None = None
    profession: str | None = Field(None, description="one of the 15 HCPC professions or a short form (physio, OT, ODP)")
    consent: Literal["none", "verbal", "written"] | None = None
    kind: str | None = Field(None, description="post, repost, quote, reply, comment, dm, bio, alt_text, caption")


class CheckIn(BaseModel):
    text: str = Field(..., description="the draft post (may be empty when `images` are given)", max_length=100_000)
    context: ContextIn | None = None
    id: str | None = Field(None, max_length=200)
    images: list[str] = Field(default_factory=list, max_length=MAX_IMAGES,
                              description="ids from `POST /api/v1/images`: photos attached to the draft")
    image_checks: Literal["meta", "full"] | None = Field(
        None, description="meta: metadata only; full (default): also text and faces when postcheck[images] is installed")


class BatchPost(BaseModel):
    id: str = Field(..., max_length=200)
    text: str = Field(..., max_length=100_000)
    context: ContextIn | None = None


class BatchIn(BaseModel):
    posts: list[BatchPost] = Field(..., max_length=MAX_BATCH)
    context: ContextIn | None = None


class AuditPathIn(BaseModel):
    paths: list[str] = Field(..., min_length=1, max_length=20,
                             description="an export on this machine: zip or unpacked folder (several = one split export)")
    platform: str | None = None
    me: list[str] = Field(default_factory=list, description="your name as it appears in chats")


class DecisionIn(BaseModel):
    action: Literal["delete", "deleted", "edited", "keep", "not_a_problem"]
    reason: str | None = Field(None, max_length=2000)
    expected_version: int | None = Field(
        None, ge=0, description="the finding's `decision_version` as you read it: if someone decided "
                                "it since, nothing is saved and the answer is 409")


# --------------------------------------------------------------------------------- state

class State:
    """What the app holds: one Checker (guarded by a lock), the audit jobs, per-thread stores."""

    def __init__(self, config: ServeConfig):
        from postcheck.api import Checker
        from postcheck.cli.app import checker_settings
        from postcheck.config import load_config

        self.config = config
        self.cfg = load_config(config.config_file)
        self.checker = Checker(config.pack_path, checker_settings(None, self.cfg))
        self.pack = self.checker.pack
        self.base_context = self.cfg.context()
        self.check_lock = threading.Lock()
        self.images: OrderedDict[str, tuple[str, bytes]] = OrderedDict()   # id -> (name, bytes), in memory only
        self.images_lock = threading.Lock()
        self.csrf = secrets.token_urlsafe(32)
        self.local = threading.local()
        from .jobs import JobManager

        self.jobs = JobManager(store_path=config.store_path, pack_path=config.pack_path,
                               workers=config.workers, settings=self.checker.engine.settings,
                               profession=self.base_context.profession,
                               account=self.base_context.account)

    def store(self):
        st = getattr(self.local, "store", None)
        if st is None:
            from postcheck.store import open_store

            st = open_store(self.config.store_path)
            self.local.store = st
        return st

    def keep_image(self, name: str, data: bytes) -> str:
        image_id = hashlib.sha256(data).hexdigest()[:24]
        with self.images_lock:
            self.images[image_id] = (name, data)
            self.images.move_to_end(image_id)
            while len(self.images) > KEEP_IMAGES:
                self.images.popitem(last=False)
        return image_id

    def image(self, image_id: str) -> tuple[str, bytes]:
        with self.images_lock:
            got = self.images.get(image_id)
        if got is None:
            raise ApiError(404, "PC-E153", f"no such photo: it was never sent or the server forgot it ({image_id}); send it again")
        return got

    def context(self, ctx: ContextIn | None, base=None):
        from postcheck.model.context import Context, ContextError

        data = {k: v for k, v in (ctx.model_dump() if ctx else {}).items() if v}
        try:
            return Context.from_mapping(data, base or self.base_context)
        except ContextError as exc:
            raise ApiError(422, "PC-E102", str(exc)) from None


# --------------------------------------------------------------------------------- app

def _static(name: str) -> bytes:
    return resources.files("postcheck.web").joinpath("static", name).read_bytes()


def create_app(config: ServeConfig | None = None) -> FastAPI:
    config = config or ServeConfig()
    state = State(config)
    app = FastAPI(
        title="postcheck", version=__version__,
        description="Check social-media posts against the HCPC's standards, offline. "
                    "Every response follows postcheck's wire schema version " + SCHEMA_VERSION + ". "
                    "State-changing requests need the header `X-Postcheck-CSRF` (from "
                    "`GET /api/v1/session`) or, when the server has an access token, "
                    "`Authorization: Bearer <token>`.",
        docs_url=None, redoc_url=None, openapi_url="/openapi.json", lifespan=_lifespan(state))
    app.state.postcheck = state
    app.add_middleware(SecurityMiddleware, host=config.host, token=config.token, csrf=state.csrf)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return _error(exc.status, exc.code, exc.message)

    @app.exception_handler(PostcheckError)
    async def _pc_error(request: Request, exc: PostcheckError):
        return _error(413 if exc.code == "PC-E120" else 422, exc.code, str(exc).split(" ", 1)[-1])

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        errs = exc.errors()
        first = errs[0] if errs else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        # Never echo the input back: it may be a draft about a patient.
        return _error(422, "PC-E102", f"invalid request: {where or 'body'}: {first.get('msg', 'invalid')}")

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        return _error(exc.status_code, f"HTTP-{exc.status_code}", str(exc.detail))

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception):
        return _error(500, "PC-E999", f"internal error: {exc.__class__.__name__}")

    # ----------------------------------------------------------------------------- page
    def page(name: str) -> Response:
        body = _static(name).replace(b"{{CSRF}}", state.csrf.encode()).replace(
            b"{{VERSION}}", __version__.encode())
        return Response(body, media_type=STATIC_TYPES[".html"])

    @app.get("/", include_in_schema=False)
    def index():
        return page("index.html")

    @app.get("/docs", include_in_schema=False)
    def docs():
        return page("docs.html")

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str):
        suffix = Path(name).suffix
        if "/" in name or name.startswith(".") or suffix not in STATIC_TYPES or suffix == ".html":
            raise ApiError(404, "HTTP-404", "no such file")
        try:
            body = _static(name)
        except (FileNotFoundError, IsADirectoryError):
            raise ApiError(404, "HTTP-404", "no such file") from None
        return Response(body, media_type=STATIC_TYPES[suffix], headers={"Cache-Control": "no-cache"})

    # ----------------------------------------------------------------------------- meta
    @app.get(API + "/session", tags=["meta"], summary="The CSRF token and what this server is")
    def session():
        return {"csrf": state.csrf, "version": __version__, "schema_version": SCHEMA_VERSION,
                "pack": {"id": state.pack.id, "name": state.pack.name, "version": state.pack.version},
                "defaults": state.base_context.to_dict(), "paths_allowed": config.allow_paths,
                "max_upload": config.max_upload}

    @app.get(API + "/options", tags=["meta"], summary="The values each context field accepts")
    def options():
        from postcheck.importers import PLATFORM_NAMES
        from postcheck.model.context import ACCOUNTS, AUDIENCES, CONSENTS, PLATFORMS, PROFESSIONS

        return {"platforms": list(PLATFORMS), "accounts": list(ACCOUNTS), "audiences": list(AUDIENCES),
                "consents": list(CONSENTS),
                "professions": [{"id": k, "name": v[0], "aliases": list(v[1])} for k, v in PROFESSIONS.items()],
                "archive_platforms": [{"id": k, "name": v} for k, v in PLATFORM_NAMES.items()], "decisions": _decision_labels(),
                "severities": ["info", "low", "medium", "high"]}

    # ----------------------------------------------------------------------------- check
    @app.post(API + "/check", tags=["check"], summary="Check one post",
              description="Answers the per-post object of the CLI's JSON schema, with UTF-16 "
                          "offsets (`start_utf16`, `end_utf16`) for browsers.")
    def check(body: CheckIn = Body(...)):
        if not body.text.strip() and not body.images:
            raise ApiError(422, "PC-E101", "empty post: there is no text to check")
        ctx = state.context(body.context)
        if body.images:
            from postcheck.images import check_post

            photos = [state.image(i) for i in body.images]
            level = body.image_checks or state.cfg.get("image_checks") or "full"
            with state.check_lock:
                result = check_post(state.checker, body.text, photos, ctx, level=level, id=body.id or "1")
            wire = result.to_dict(utf16=True)
            for info, image_id in zip(wire.get("images", []), body.images):
                info["id"] = image_id
            return wire
        with state.check_lock:
            result = state.checker.check(body.text, ctx, body.id or "1")
        return result.to_dict(utf16=True)

    @app.post(API + "/images", tags=["check"], status_code=201, summary="Send a photo to check with a draft",
              description="The request body is the image file itself (`application/octet-stream`); `name` names it. "
                          "It stays in this server's memory only (never written to disk) and is referred to by its "
                          "`id` in `POST /api/v1/check` (`images`). JPEG, PNG, WebP, GIF, HEIC and DICOM.",
              openapi_extra={"requestBody": {"required": True, "content": {
                  "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}})
    async def image_upload(request: Request, name: str = Query("photo.jpg", max_length=300)):
        from postcheck.images import ImageError
        from postcheck.images.load import open_image

        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > MAX_IMAGE_BYTES:
            raise ApiError(413, "PC-E151", f"photo too large: {int(length):,} bytes is over the limit of {MAX_IMAGE_BYTES:,} ({name})")
        data = bytearray()
        async for piece in request.stream():
            data += piece
            if len(data) > MAX_IMAGE_BYTES:
                raise ApiError(413, "PC-E151", f"photo too large: over the limit of {MAX_IMAGE_BYTES:,} bytes ({name})")
        data = bytes(data)
        safe_name = Path(name.replace("\\", "/")).name or "photo"
        try:
            loaded = open_image(safe_name, data)
        except ImageError as exc:
            raise ApiError(413 if exc.code == "PC-E151" else 422, exc.code, exc.message + f" ({safe_name})") from None
        width, height = loaded.image.size if loaded.image is not None else (None, None)
        image_id = state.keep_image(safe_name, data)
        return {"id": image_id, "name": safe_name, "format": loaded.format, "width": width, "height": height,
                "bytes": len(data)}

    @app.delete(API + "/images/{image_id}", tags=["check"], status_code=204, summary="Forget a photo")
    def image_forget(image_id: str):
        with state.images_lock:
            state.images.pop(image_id, None)
        return Response(status_code=204)

    @app.post(API + "/images/{image_id}/copy", tags=["check"], summary="A clean or blurred copy of a photo",
              description="`kind=clean`: every metadata field removed. `kind=blurred`: also the faces and the "
                          "identifying text (found with the draft's `text` and `context`) covered. Answers the image.")
    def image_copy(image_id: str, kind: Literal["clean", "blurred"] = Query("clean"), body: CheckIn = Body(...)):
        from postcheck.images import ImageError, check_image
        from postcheck.images.copies import copy_bytes
        from postcheck.images.load import open_image

        name, data = state.image(image_id)
        ctx = state.context(body.context)
        try:
            loaded = open_image(name, data)
            if loaded.format == "DICOM":
                raise ApiError(422, "PC-E152", f"no copy of a DICOM file is made here: use your organisation's "
                                               f"anonymisation tool ({name})")
            regions = []
            if kind == "blurred":
                with state.check_lock:
                    _, info = check_image(state.checker, data=data, name=name, caption=body.text, context=ctx, level="full")
                regions = info.cover
            out, suffix = copy_bytes(loaded, regions)    # in memory: never written to disk
        except ImageError as exc:
            raise ApiError(422, exc.code, exc.message + f" ({name})") from None
        media = {".jpg": "image/jpeg", ".png": "image/png", ".webp": "image/webp"}.get(suffix, "application/octet-stream")
        filename = f"{Path(name).stem}.{kind}{suffix}".replace('"', "")
        return Response(out, media_type=media,
                        headers={"Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "no-store"})

    @app.post(API + "/check/batch", tags=["check"], summary="Check many posts",
              description=f"Up to {MAX_BATCH} posts; answers the envelope and one object per post, "
                          "in order. A post that cannot be checked gets an `error` in its place.")
    def check_batch(body: BatchIn = Body(...)):
        from postcheck.report.render import envelope

        base = state.context(body.context)
        out = []
        for post in body.posts:
            if not post.text.strip():
                out.append({"id": post.id, "error": {"code": "PC-E101", "message": "empty post"}})
                continue
            try:
                ctx = state.context(post.context, base)
                with state.check_lock:
                    out.append(state.checker.check(post.text, ctx, post.id).to_dict(utf16=True))
            except ApiError as exc:
                out.append({"id": post.id, "error": {"code": exc.code, "message": exc.message}})
            except PostcheckError as exc:
                out.append({"id": post.id, "error": {"code": exc.code, "message": exc.message}})
        return {"envelope": envelope(state.pack), "results": out}

    # ----------------------------------------------------------------------------- rules, standards
    @app.get(API + "/rules", tags=["rules"], summary="Every rule with its documentation and examples")
    def rules():
        return {"rules": [r.doc() for r in sorted(state.pack.rules.values(), key=lambda r: r.code)]}

    @app.get(API + "/rules/{code}", tags=["rules"], summary="One rule")
    def rule(code: str):
        r = state.pack.rules.get(code.upper())
        if r is None:
            r = next((x for x in state.pack.rules.values() if x.name == code.lower()), None)
        if r is None:
            raise ApiError(404, "PC-E103", f"no rule {code!r}")
        return r.doc()

    @app.get(API + "/standards", tags=["rules"], summary="The standards, their guidance and the rules citing them")
    def standards():
        citing: dict[str, list[str]] = {}
        for r in state.pack.rules.values():
            for s in r.standards:
                citing.setdefault(s, []).append(r.code)
        return {"standards": [
            {"number": s.number, "title": s.title, "text": s.text, "guidance": s.guidance,
             "theme": s.theme, "quoted": s.quoted, "older_numbers": list(s.older_numbers),
             "rules": sorted(citing.get(s.number, []))} for s in state.pack.standards.values()]}

    @app.get(API + "/guidance", tags=["rules"], summary="Top tips, where to get advice, and what postcheck is not")
    def guidance():
        from postcheck.model.context import PROFESSIONS

        meta = state.pack.meta
        sign = state.pack.signposting
        profs = sign.get("professions", {})
        return {"tips": state.pack.tips, "source_url": state.pack.source_url,
                "not_legal_advice": meta.get("not_legal_advice"),
                "freedom_of_expression": meta.get("freedom_of_expression"),
                "regulator": sign.get("regulator"), "employer": sign.get("employer"),
                "unions": sign.get("unions", []),
                "professions": [{"id": k, "name": v[0], "bodies": profs.get(k, [])}
                                for k, v in PROFESSIONS.items()]}

    # ----------------------------------------------------------------------------- audits
    def _job(job_id: str):
        job = state.jobs.get(job_id)
        if job is None:
            raise ApiError(404, "PC-E104", f"no audit {job_id!r} (audits started before a restart "
                                           "are listed under /api/v1/runs)")
        return job

    @app.post(API + "/audits/upload", tags=["audits"], status_code=202,
              summary="Upload an export and audit it",
              description="The request body is the export file itself (zip, or a single JSON/TXT/CAR/CSV "
                          "file), sent as `application/octet-stream`; `filename` names it. The audit runs in "
                          "the background: follow it with `GET /api/v1/audits/{id}`.",
              openapi_extra={"requestBody": {"required": True, "content": {
                  "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}})
    async def audit_upload(request: Request, filename: str = Query("export.zip", max_length=300),
                           platform: str | None = Query(None), me: list[str] = Query(default=[])):
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > config.max_upload:
            raise ApiError(413, "PC-E120", f"upload too large: {int(length):,} bytes is over the limit of "
                                           f"{config.max_upload:,} ({filename})")
        upload = state.jobs.start_upload(filename, config.max_upload)
        try:
            async for piece in request.stream():
                upload.write(piece)   # raises InputError (PC-E120) past the limit
            folder, path = upload.finish()
        except BaseException:
            upload.abort()
            raise
        job = state.jobs.submit([path], display=Path(path).name, platform=platform, me=tuple(me),
                                upload_dir=folder)
        return job.to_dict()

    @app.post(API + "/audits", tags=["audits"], status_code=202,
              summary="Audit an export that is on this machine (a zip or an unpacked folder)")
    def audit_path(body: AuditPathIn = Body(...)):
        if not config.allow_paths:
            raise ApiError(403, "PC-E121", "this server does not audit local paths (upload the export instead)")
        paths = [str(Path(p).expanduser()) for p in body.paths]
        for p in paths:
            if not Path(p).exists():
                raise ApiError(422, "PC-E111", f"no such file or folder ({p})")
        job = state.jobs.submit(paths, display=", ".join(paths), platform=body.platform, me=tuple(body.me))
        return job.to_dict()

    @app.get(API + "/audits", tags=["audits"], summary="Audits started since this server started")
    def audits():
        return {"audits": [j.to_dict() for j in state.jobs.list()]}

    @app.get(API + "/audits/{job_id}", tags=["audits"], summary="An audit's progress and, when done, its summary")
    def audit(job_id: str):
        return _job(job_id).to_dict()

    @app.get(API + "/runs", tags=["audits"], summary="Every stored audit run (also those from the CLI)")
    def runs():
        st = state.store()
        out = []
        for r in reversed(st.list_runs()):
            out.append({"run_id": r.run_id, "platform": r.platform, "display": r.display,
                        "started_at": r.started_at, "finished_at": r.finished_at, "status": r.status,
                        "posts_read": r.counters.get("items", 0), "issues": r.issues[:20],
                        "reports": _report_names(r.run_id)})
        return {"runs": out}

    @app.get(API + "/runs/{run_id}/reports/{name}", tags=["audits"], summary="Download a run's report",
             description="`report.html`, `findings.csv` or `findings.jsonl`.")
    def report(run_id: str, name: str):
        from postcheck.audit.reports import REPORT_FILES, reports_root
        from postcheck.cli.audit_cmd import RUN_ID

        if not RUN_ID.match(run_id) or name not in dict(REPORT_FILES):
            raise ApiError(404, "PC-E104", "no such report")
        path = reports_root() / run_id / name
        if not path.is_file():
            raise ApiError(404, "PC-E104", f"no report {name} for run {run_id} (it was removed or never written)")
        kind = {"html": "text/html; charset=utf-8", "csv": "text/csv; charset=utf-8",
                "jsonl": "application/x-ndjson"}[dict(REPORT_FILES)[name]]
        return FileResponse(path, media_type=kind, filename=f"postcheck-{run_id}-{name}")

    # ----------------------------------------------------------------------------- findings
    @app.get(API + "/findings", tags=["review"], summary="Stored findings, filtered and paged, most serious first")
    def findings(run: str | None = None, standard: list[str] = Query(default=[]),
                 severity: list[str] = Query(default=[]), platform: list[str] = Query(default=[]),
                 year: list[str] = Query(default=[]), code: list[str] = Query(default=[]),
                 status: Literal["open", "closed", "all"] = "open",
                 offset: int = Query(0, ge=0), limit: int = Query(50, ge=1, le=500)):
        from postcheck.model.finding import SEVERITIES, SEVERITY_RANK
        from postcheck.store import BrowseQuery

        bad = [s for s in severity if s not in SEVERITY_RANK]
        if bad:
            raise ApiError(422, "PC-E102", f"unknown severity {bad[0]!r}")
        q = BrowseQuery(run_id=run, standards=tuple(standard),
                        severities=tuple(SEVERITY_RANK[s] for s in severity), platforms=tuple(platform),
                        years=tuple(year), codes=tuple(c.upper() for c in code), status=status,
                        offset=offset, limit=limit)
        page_ = state.store().browse(q)
        facets = dict(page_.facets)
        facets["severity"] = {SEVERITIES[k]: v for k, v in facets["severity"].items()}
        return {"total": page_.total, "offset": offset, "limit": limit, "facets": facets,
                "items": [_item(i, state.pack) for i in page_.items]}

    @app.get(API + "/findings/{fingerprint}", tags=["review"], summary="One stored finding")
    def finding(fingerprint: str):
        item = state.store().review_item(fingerprint)
        if item is None:
            raise ApiError(404, "PC-E104", "no stored finding with that fingerprint")
        return _item(item, state.pack)

    @app.post(API + "/findings/{fingerprint}/decision", tags=["review"],
              summary="Record your decision about a finding (saved at once, shared with `postcheck review`)")
    def decide(fingerprint: str, body: DecisionIn = Body(...)):
        st = state.store()
        if st.review_item(fingerprint) is None:
            raise ApiError(404, "PC-E104", "no stored finding with that fingerprint")
        from postcheck.store import DecisionConflict
        from postcheck.store.base import reviewer

        try:
            st.decide(fingerprint, body.action, body.reason, body.expected_version,
                      by=f"{reviewer()} (web)")
        except DecisionConflict as exc:
            raise ApiError(409, exc.code, str(exc).split(" ", 1)[-1]) from None
        return _item(st.review_item(fingerprint), state.pack)

    @app.get(API + "/stats", tags=["review"], summary="Precision per rule from your 'not a problem' marks")
    def stats():
        return {"rules": state.store().rule_stats()}

    return app


def _lifespan(state: State):
    from contextlib import asynccontextmanager

    @asynccontextmanager
    async def lifespan(app):
        yield
        state.jobs.close()

    return lifespan


def _decision_labels() -> dict:
    from postcheck.store import ACTIONS

    return dict(ACTIONS)


def _report_names(run_id: str) -> list[str]:
    from postcheck.audit.reports import REPORT_FILES, reports_root

    folder = reports_root() / run_id
    return [name for name, _ in REPORT_FILES if (folder / name).is_file()]


def _item(item, pack) -> dict[str, Any]:
    from postcheck.model.finding import SEVERITIES
    from postcheck.report.audit_files import delete_help, safe_link

    post = dict(item.post)
    texts = post.pop("texts", [])
    finding = dict(item.finding)
    part = finding.get("part", "text")
    body = next((t for p, t in texts if p == part), texts[0][1] if texts else "")
    rule = pack.rules.get(item.code)
    if rule is None and finding.get("media"):
        from postcheck.images import RULES as IMAGE_RULES

        rule = IMAGE_RULES.get(item.code)
    if finding.get("media"):
        body = next((t for p, t in texts if p == "text"), "")   # the caption; the finding is in the photo
    return {
        "fingerprint": item.fingerprint, "code": item.code, "severity": SEVERITIES[item.severity],
        "confidence": item.confidence, "finding": finding, "part": part, "text": body,
        "explanation": rule.explanation if rule else None,
        "post": {"key": post["post_key"], "platform": post["platform"], "kind": post["kind"],
                 "created_at": post["created_at"], "url": safe_link(post["url"]),
                 "locator": post["locator"], "audience": post["audience"], "author": post["author"],
                 "redacted": post["redacted"], "verdict": post["verdict"],
                 "delete_help": delete_help(post["platform"], post["kind"]), "texts": texts},
        "decision": item.decision, "reason": item.reason, "decided_at": item.decided_at,
        "still_there": item.still_there, "decision_version": item.decision_version,
        "decided_by": item.decided_by,
    }


def serve_in_thread(app, host: str = "127.0.0.1", timeout: float = 30.0):
    """Serve ``app`` with uvicorn on a free port in a daemon thread (tests, benchmarks).
    Returns ``(server, thread, base_url)``; stop with ``server.should_exit = True``."""
    import socket
    import time

    import uvicorn

    with socket.socket() as s:
        s.bind((host, 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the server did not start")
        time.sleep(0.02)
    return server, thread, f"http://{host}:{port}"
