"""pytest plugin: block every network connection for the whole test run.

postcheck promises that patient data never leaves the machine. With this guard any attempt
to open a network connection (anything but a Unix socket or loopback for the local web
server tests) raises, so a test that sent text anywhere would fail.
"""

from __future__ import annotations

import socket

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_create_connection = socket.create_connection
_real_getaddrinfo = socket.getaddrinfo

LOOPBACK = ("127.", "::1", "localhost")


class NetworkBlocked(RuntimeError):
    pass


def _allowed(address) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return True
    host = str(address[0]) if address else ""
    return host.startswith(LOOPBACK)


def _guard_connect(self, address):
    if self.family == getattr(socket, "AF_UNIX", None) or _allowed(address):
        return _real_connect(self, address)
    raise NetworkBlocked(f"network access blocked in tests: connect to {address!r}")


def _guard_connect_ex(self, address):
    if self.family == getattr(socket, "AF_UNIX", None) or _allowed(address):
        return _real_connect_ex(self, address)
    raise NetworkBlocked(f"network access blocked in tests: connect to {address!r}")


def _guard_getaddrinfo(host, *args, **kwargs):
    if host is None or str(host).startswith(LOOPBACK) or str(host) in ("", "0.0.0.0"):
        return _real_getaddrinfo(host, *args, **kwargs)
    raise NetworkBlocked(f"network access blocked in tests: DNS lookup of {host!r}")


def pytest_configure(config):
    socket.socket.connect = _guard_connect
    socket.socket.connect_ex = _guard_connect_ex
    socket.getaddrinfo = _guard_getaddrinfo
