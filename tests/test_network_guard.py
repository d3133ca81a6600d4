import socket

import pytest


def test_network_guard_blocks_outside_connections():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(RuntimeError, match="network access blocked"):
            sock.connect(("93.184.216.34", 80))
    finally:
        sock.close()


def test_network_guard_blocks_dns():
    with pytest.raises(RuntimeError, match="network access blocked"):
        socket.getaddrinfo("example.com", 443)


def test_check_runs_with_network_blocked(checker):
    result = checker.check("Mrs Jones (82) from Ward 7 went home today after her hip op")
    assert result.verdict == "problem"
