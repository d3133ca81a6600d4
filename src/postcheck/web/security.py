"""Request checks and response headers for the local server (a pure ASGI middleware).

- **Host** (DNS rebinding): bound to a loopback address, only ``127.0.0.1``, ``localhost`` and
  ``[::1]`` are accepted as the Host header, so a web page on another site whose name is made
  to resolve to 127.0.0.1 cannot read the API.
- **Access token**: when the server has one (required when bound to any other address), every
  request must carry ``Authorization: Bearer <token>`` or the ``postcheck_token`` cookie, which
  visiting ``/?token=<token>`` sets (HttpOnly, SameSite=Strict).
- **CSRF**: POST/PUT/PATCH/DELETE need the header ``X-Postcheck-CSRF`` with the server's token
  (the page has it; scripts read it from ``GET /api/v1/session``, which other sites cannot read:
  no CORS headers are ever sent). A request carrying the bearer token is exempt, since browsers
  never add that header by themselves. A cross-site ``Origin`` is refused outright.
- **Headers** on every response: a strict Content-Security-Policy (only this server's own
  scripts, styles, images and connections; no inline script; no framing), nosniff,
  no referrer, and ``Cache-Control: no-store`` on the API (answers may hold draft text).
"""

from __future__ import annotations

import ipaddress
import json
import secrets
from http.cookies import SimpleCookie
from urllib.parse import parse_qs, urlsplit

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
       "connect-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; "
       "base-uri 'none'; manifest-src 'self'")
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
COOKIE = "postcheck_token"
CSRF_HEADER = "x-postcheck-csrf"
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}


def is_loopback(host: str) -> bool:
    if host in ("localhost",):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _host_name(value: str) -> str:
    value = value.strip().lower()
    if value.startswith("["):
        return value[1:value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


class SecurityMiddleware:
    def __init__(self, app, *, host: str, token: str | None, csrf: str):
        self.app = app
        self.loopback_only = is_loopback(host)
        self.token = token
        self.csrf = csrf

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        method = scope.get("method", "GET").upper()
        path = scope.get("path", "/")
        host = headers.get("host", "")

        if self.loopback_only and _host_name(host) not in LOOPBACK_NAMES:
            return await _deny(send, 421, "PC-E130", "this server only answers requests addressed to "
                                                     "localhost or 127.0.0.1")
        origin = headers.get("origin")
        if origin and origin != "null" and urlsplit(origin).netloc.lower() != host.lower():
            return await _deny(send, 403, "PC-E131", "cross-site request refused")

        bearer = False
        set_cookie = None
        if self.token:
            auth = headers.get("authorization", "")
            cookie = SimpleCookie()
            try:
                cookie.load(headers.get("cookie", ""))
            except Exception:  # noqa: BLE001 - a malformed cookie header is just no cookie
                cookie = SimpleCookie()
            given = None
            if auth.lower().startswith("bearer "):
                given, bearer = auth[7:].strip(), True
            elif COOKIE in cookie:
                given = cookie[COOKIE].value
            query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
            if given is None and path == "/" and method == "GET" and query.get("token"):
                given = query["token"][0]
                set_cookie = given
            if given is None or not secrets.compare_digest(given.encode(), self.token.encode()):
                return await _deny(send, 401, "PC-E132", "access token required: open the address "
                                                         "postcheck printed when it started (it ends in ?token=…)")
        if method not in SAFE_METHODS and not bearer:
            sent = headers.get(CSRF_HEADER, "")
            if not sent or not secrets.compare_digest(sent.encode(), self.csrf.encode()):
                return await _deny(send, 403, "PC-E133", "missing or wrong X-Postcheck-CSRF header "
                                                         "(read it from GET /api/v1/session)")
        if set_cookie is not None:
            return await _redirect_with_cookie(send, set_cookie)

        api = path.startswith("/api/")

        async def send_wrapper(message):
            if message["type"] == "http.response.start":
                hdrs = [(k, v) for k, v in message.get("headers", [])
                        if k.lower() not in (b"content-security-policy",)]
                hdrs += [(b"content-security-policy", CSP.encode()),
                         (b"x-content-type-options", b"nosniff"),
                         (b"referrer-policy", b"no-referrer"),
                         (b"x-frame-options", b"DENY"),
                         (b"cross-origin-opener-policy", b"same-origin"),
                         (b"cross-origin-resource-policy", b"same-origin"),
                         (b"permissions-policy", b"camera=(), microphone=(), geolocation=()")]
                if api:
                    hdrs.append((b"cache-control", b"no-store"))
                message = {**message, "headers": hdrs}
            await send(message)

        return await self.app(scope, receive, send_wrapper)


async def _deny(send, status: int, code: str, message: str) -> None:
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
                            (b"cache-control", b"no-store")]})
    await send({"type": "http.response.body", "body": body})


async def _redirect_with_cookie(send, token: str) -> None:
    cookie = f"{COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/"
    await send({"type": "http.response.start", "status": 303,
                "headers": [(b"location", b"/"), (b"set-cookie", cookie.encode()),
                            (b"content-length", b"0"), (b"cache-control", b"no-store"),
                            (b"referrer-policy", b"no-referrer")]})
    await send({"type": "http.response.body", "body": b""})
