"""Fixtures for the web page and HTTP API tests.

``client``: FastAPI's test client on a fresh app (no server, no browser).
``live_url``: the real app served by uvicorn on a free 127.0.0.1 port in a thread.
Browser tests drive Debian's Chromium through Playwright (its own browser download is not
reachable here): set CHROMIUM_PATH to use another binary. Without one, they skip, saying why.
Screenshots of each page go to $POSTCHECK_SCREENSHOTS (default build/screenshots, not committed).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or shutil.which("chromium-browser") or ""
SCREENSHOTS = Path(os.environ.get("POSTCHECK_SCREENSHOTS", REPO / "build" / "screenshots"))
SAMPLE_ARCHIVE = REPO / "examples" / "archives" / "twitter-2024-11-16-paramedic-example.zip"
RISKY = "Mrs Jones (82) from Ward 7 went home today, she made my week"


def make_app(tmp_path, **kw):
    from postcheck.web.server import ServeConfig, create_app

    kw.setdefault("store_path", str(tmp_path / "store.sqlite3"))
    kw.setdefault("workers", 1)
    return create_app(ServeConfig(**kw))


@pytest.fixture
def app(tmp_path):
    return make_app(tmp_path)


@pytest.fixture
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app, base_url="http://127.0.0.1:8765") as c:
        c.csrf = c.get("/api/v1/session").json()["csrf"]
        c.h = {"X-Postcheck-CSRF": c.csrf}
        yield c


def serve(app):
    from postcheck.web.server import serve_in_thread

    return serve_in_thread(app)


@pytest.fixture
def live_url(app):
    server, thread, url = serve(app)
    yield url
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):  # extends pytest-playwright's
    if not CHROMIUM or not Path(CHROMIUM).exists():
        pytest.skip("browser tests need Chromium: `apt-get install chromium` (CI does), or set CHROMIUM_PATH")
    return {**browser_type_launch_args, "executable_path": CHROMIUM}


@pytest.fixture
def shot():
    """``shot(page, name)`` saves a full-page screenshot for a reviewer to look at."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name: str) -> None:
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)

    return take


@pytest.fixture
def offline_page(page, live_url):
    """The page, with every request that is not to the local server refused and recorded."""
    outside: list[str] = []

    def guard(route):
        if route.request.url.startswith(live_url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.route("**/*", guard)
    page.outside_requests = outside
    yield page
    assert outside == [], f"the page tried to reach other hosts: {outside}"
    # Script errors and Content-Security-Policy violations show up as console errors.
    assert [e for e in errors if "Failed to load resource" not in e] == [], errors
