"""A real PostgreSQL server for the store tests, started in a temporary folder.

``pg_server`` (session): initdb + pg_ctl from /usr/lib/postgresql/*/bin (or $POSTCHECK_PG_BIN)
on a free 127.0.0.1 port, trust authentication on 127.0.0.1 only (one role, ``pc_pw``, needs a
password, for the login-failure test), the Unix socket inside the temporary folder. As root,
initdb refuses to run, so the server runs as ``nobody`` (via runuser) on a folder it owns.
Skips, saying why, when no PostgreSQL binaries are installed. Stopped at the end.

``pg_url``: a fresh, empty database on that server for one test (dropped afterwards).
``any_store``: the same test once on SQLite and once on PostgreSQL.

:class:`PgServer` is also used by benchmarks/store_bench.py.
"""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

PG_PASSWORD = "s3cret-Pa55word"


def find_pg_bin() -> Path | None:
    env = os.environ.get("POSTCHECK_PG_BIN")
    candidates = [env] if env else sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                                          key=lambda p: int(p.split("/")[-2]) if p.split("/")[-2].isdigit() else 0,
                                          reverse=True)
    for c in candidates:
        if c and (Path(c) / "initdb").is_file() and (Path(c) / "pg_ctl").is_file():
            return Path(c)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    """initdb + pg_ctl start in a private temporary folder; ``stop()`` removes it all."""

    def __init__(self, bin_dir: Path, *, durable: bool = False):
        self.bin = bin_dir
        self.durable = durable  # fsync on (benchmarks); the tests trade it for speed
        self.root = Path(tempfile.mkdtemp(prefix="postcheck-pg-"))
        self.data = self.root / "data"
        self.sock = self.root / "sock"
        self.log = self.root / "server.log"
        self.port = _free_port()
        self.password = PG_PASSWORD
        self.user = None
        if os.geteuid() == 0:
            self.user = "nobody"
            os.chmod(self.root, 0o755)
            self.sock.mkdir()
            for p in (self.root, self.sock):
                shutil.chown(p, user=self.user)
        else:
            self.sock.mkdir()

    def _run(self, *argv: str, timeout: float = 120) -> subprocess.CompletedProcess:
        cmd = [str(a) for a in argv]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=self.root)

    def start(self) -> PgServer:
        pwfile = self.root / "pw"
        pwfile.write_text("postgres\n")
        if self.user:
            shutil.chown(pwfile, user=self.user)
        r = self._run(self.bin / "initdb", "-D", self.data, "-U", "postgres", "-A", "trust",
                      "-E", "UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions")
        if r.returncode != 0:  # older initdb: no --no-instructions / C.UTF-8
            r = self._run(self.bin / "initdb", "-D", self.data, "-U", "postgres", "-A", "trust",
                          "-E", "UTF8", "--no-sync")
        if r.returncode != 0:
            raise RuntimeError(f"initdb failed: {r.stderr.strip()[-500:]}")
        hba = self.data / "pg_hba.conf"
        hba.write_text("local all all trust\n"
                       "host all pc_pw 127.0.0.1/32 scram-sha-256\n"
                       "host all all 127.0.0.1/32 trust\n")
        with open(self.data / "postgresql.conf", "a") as fh:
            fh.write(f"\nlisten_addresses = '127.0.0.1'\nport = {self.port}\n"
                     f"unix_socket_directories = '{self.sock}'\nmax_connections = 60\n"
                     "shared_buffers = 128MB\n")
            if not self.durable:
                fh.write("fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n")
        r = self._run(self.bin / "pg_ctl", "-D", self.data, "-l", self.log, "-w", "-t", "60", "start")
        if r.returncode != 0:
            log = self.log.read_text(errors="replace")[-800:] if self.log.exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {r.stderr.strip()[-300:]} {log}")
        self.admin(f"CREATE ROLE pc_pw LOGIN SUPERUSER PASSWORD '{PG_PASSWORD}'")
        return self

    def url(self, db: str = "postgres", user: str = "postgres") -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{db}"

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(sql)

    def new_db(self) -> str:
        name = "t_" + secrets.token_hex(6)
        self.admin(f"CREATE DATABASE {name}")
        return name

    def drop_db(self, name: str) -> None:
        try:
            self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        except Exception:  # noqa: BLE001 - best effort
            pass

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run(self.bin / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop",
                          timeout=60)
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server():
    bin_dir = find_pg_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb; "
                    "apt-get install postgresql, or set POSTCHECK_PG_BIN)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed: pip install 'postcheck[postgres]'")
    if os.geteuid() == 0 and not shutil.which("runuser"):
        pytest.skip("running as root without runuser: initdb refuses to run as root")
    server = PgServer(bin_dir)
    try:
        server.start()
    except Exception:
        server.stop()
        raise
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server):
    name = pg_server.new_db()
    yield pg_server.url(name)
    pg_server.drop_db(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_target(request, tmp_path):
    """Where a store lives: a SQLite file or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / "s.sqlite3")
        return
    server = request.getfixturevalue("pg_server")
    name = server.new_db()
    yield server.url(name)
    server.drop_db(name)


@pytest.fixture
def any_store(store_target):
    from postcheck.store import open_store

    opened = []

    def make():
        s = open_store(store_target)
        opened.append(s)
        return s

    store = make()
    store.reopen = make  # another connection to the same store
    yield store
    for s in opened:
        s.close()


def wait_for(predicate, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False
