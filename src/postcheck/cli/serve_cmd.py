"""``postcheck serve``: the local web page and HTTP API on this machine.

Binds to 127.0.0.1 by default and opens the browser. Binding to any other address exposes the
page to the network, so it needs an access token (``--token``, ``POSTCHECK_TOKEN``, or one made
up and printed) and says so loudly.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys

INSTALL_HINT = ("the web page needs FastAPI and uvicorn; install them with "
                "`pip install 'postcheck[web]'` (./run.sh does it for you)")


def add_parsers(sub) -> None:
    s = sub.add_parser(
        "serve", help="the web page and HTTP API on this machine (opens your browser)",
        description="Start postcheck's web page and HTTP API on this machine and open it in your "
                    "browser: check drafts as you type, audit an export, review findings, read the "
                    "guidance. Nothing leaves your machine. API docs at /docs, OpenAPI at /openapi.json.")
    s.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1; anything else needs a token)")
    s.add_argument("--port", type=int, default=8765, help="port (default 8765; 0 picks a free one)")
    s.add_argument("--no-browser", action="store_true", help="do not open the browser")
    s.add_argument("--token", help="access token (default: $POSTCHECK_TOKEN, or a new one when "
                                   "--host is not a loopback address)")
    s.add_argument("--store", metavar="FILE", help="the review store (default: the data folder's)")
    s.add_argument("--workers", type=int, metavar="N", help="audit processes (default: all cores)")
    s.add_argument("--max-upload", metavar="SIZE", default="4G",
                   help="largest export that can be uploaded, e.g. 500M, 4G (default 4G)")
    s.add_argument("--no-paths", action="store_true",
                   help="refuse audits of folders on this machine (uploads only)")
    s.add_argument("--access-log", action="store_true",
                   help="log each request's method and path (never bodies; off by default)")
    s.add_argument("--pack", metavar="DIR", help=argparse.SUPPRESS)


def parse_size(value: str) -> int:
    from postcheck.cli.app import UsageError

    text = value.strip().upper().removesuffix("B")
    scale = {"K": 1024, "M": 1024 ** 2, "G": 1024 ** 3, "T": 1024 ** 4}.get(text[-1:], 1)
    number = text[:-1] if text[-1:] in "KMGT" else text
    try:
        size = int(float(number) * scale)
    except ValueError:
        raise UsageError(f"--max-upload: not a size: {value!r} (e.g. 500M, 4G)") from None
    if size <= 0:
        raise UsageError("--max-upload must be more than 0")
    return size


def cmd_serve(args) -> int:
    from postcheck.cli.app import UsageError

    try:
        import uvicorn

        from postcheck.web.security import is_loopback
        from postcheck.web.server import ServeConfig, create_app
    except ModuleNotFoundError as exc:
        if exc.name in ("fastapi", "uvicorn", "starlette", "pydantic"):
            raise UsageError(INSTALL_HINT) from None
        raise
    if not 0 <= args.port <= 65535:
        raise UsageError("--port must be between 0 and 65535")
    token = args.token or os.environ.get("POSTCHECK_TOKEN")
    local = is_loopback(args.host)
    if not local and not token:
        token = secrets.token_urlsafe(24)
    config = ServeConfig(host=args.host, port=args.port, token=token, store_path=args.store,
                         pack_path=args.pack, max_upload=parse_size(args.max_upload),
                         workers=args.workers, allow_paths=not args.no_paths,
                         config_file=getattr(args, "config", None))
    app = create_app(config)
    server = uvicorn.Server(uvicorn.Config(app, host=args.host, port=args.port, log_level="warning",
                                           access_log=args.access_log, server_header=False))
    err = sys.stderr
    shown_host = "127.0.0.1" if local else args.host

    def announce() -> None:
        port = _bound_port(server) or args.port
        url = f"http://{'[' + shown_host + ']' if ':' in shown_host else shown_host}:{port}/"
        if token:
            url += f"?token={token}"
        if not local:
            err.write("postcheck: WARNING: serving on " + args.host + f":{port}, reachable from other "
                      "machines on your network. Anyone with the token below can read your drafts "
                      "and audits. Use only on a network you trust, and stop it (Ctrl+C) when done.\n")
            err.write(f"postcheck: access token: {token}\n")
        err.write(f"postcheck: serving at {url}  (Ctrl+C to stop)\n")
        err.flush()
        if not args.no_browser:
            try:
                import webbrowser

                webbrowser.open(url)
            except Exception:  # noqa: BLE001 - no browser is fine: the address is printed
                pass

    sock = _listen(args.host, args.port)
    try:
        _run(server, announce, sock)
    except KeyboardInterrupt:   # Ctrl+C is how the server is meant to stop
        pass
    err.write("postcheck: stopped\n")
    return 0


def _bound_port(server) -> int | None:
    for s in getattr(server, "servers", []) or []:
        for sock in getattr(s, "sockets", []) or []:
            return sock.getsockname()[1]
    return None


def _listen(host: str, port: int):
    """Bind the listening socket here, so a busy port is a one-line error, not a log dump."""
    import socket

    from postcheck.cli.app import UsageError

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise UsageError(f"cannot listen on {host}:{port}: {exc.strerror or exc} (is postcheck serve "
                         "already running? choose another --port)") from None
    sock.set_inheritable(True)
    return sock


def _run(server, announce, sock=None) -> None:
    import threading
    import time

    def wait_then_announce() -> None:
        deadline = time.monotonic() + 30
        while not server.started and time.monotonic() < deadline and not server.should_exit:
            time.sleep(0.05)
        if server.started:
            announce()

    threading.Thread(target=wait_then_announce, daemon=True).start()
    server.run(sockets=[sock] if sock is not None else None)


COMMANDS = {"serve": cmd_serve}
