"""Checking on a Ray cluster: the same tasks and results as the process pool, on Ray actors.

``postcheck audit --engine ray [--address ray://host:10001|auto]``. Each actor builds one
Checker (exactly what a process-pool worker does) and checks chunks of tasks with
:func:`postcheck.audit.pool.check_chunk`; the audit pipeline reads the results back in
submission order, so the stored findings and the JSON report are identical to the process
pool's (DECISIONS 13: only the envelope says which engine ran).

Without an address a local Ray instance is started with ``--workers`` CPUs (default: all
cores) and shut down at the end. With one, the cluster's nodes need postcheck installed (the
same version: the envelope records it), and the export is read on this machine (the driver):
only the checking is spread over the cluster.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import Future

from postcheck.errors import PostcheckError

INSTALL_HINT = "Ray is not installed: add it with `pip install 'postcheck[ray]'`"


class RayUnavailable(PostcheckError):
    code = "PC-E140"


class _CheckActor:
    """One Ray worker process holding one Checker."""

    def __init__(self, pack_path: str | None, settings):
        from .pool import init_worker

        os.environ.setdefault("POSTCHECK_IMAGE_THREADS", "1")   # one CPU per actor
        init_worker(pack_path, settings)
        self.pid = os.getpid()

    def check_chunk(self, tasks: list) -> list:
        from .pool import check_chunk

        return check_chunk(tasks)

    def ping(self) -> int:
        return self.pid

    def max_rss_kib(self) -> int:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def connect(workers: int | None, address: str | None):
    """(ray, owns): Ray initialised in this process, started locally with ``workers`` CPUs or
    joined at ``address``; ``owns`` when this call started it (and must shut it down)."""
    try:
        import ray
    except ModuleNotFoundError:
        raise RayUnavailable(INSTALL_HINT) from None
    if ray.is_initialized():
        return ray, False
    kwargs = dict(include_dashboard=False, log_to_driver=False, configure_logging=False)
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # never phone home
    try:
        if address:
            ray.init(address=address, **kwargs)
        else:
            # address="local": always a new instance of our own, never a cluster that happens to run here
            ray.init(address="local", num_cpus=workers or None, _node_ip_address="127.0.0.1", **kwargs)
    except Exception as exc:  # noqa: BLE001 - any start-up failure is one line
        raise RayUnavailable(f"could not start or reach Ray ({address or 'local'}): "
                             f"{str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__}") from None
    return ray, True


class RayPool:
    """``submit(tasks) -> Future`` over Ray actors, round robin."""

    engine = "ray"

    def __init__(self, pack_path: str | None, settings, workers: int | None, address: str | None = None):
        ray, self.owns = connect(workers, address)
        self.ray = ray
        cpus = int(ray.cluster_resources().get("CPU", 1))
        self.workers = max(1, min(workers, cpus) if workers and address is None else (workers or cpus))
        actor = ray.remote(num_cpus=1)(_CheckActor)
        self.actors = [actor.remote(pack_path, settings) for _ in range(self.workers)]
        ray.get([a.ping.remote() for a in self.actors])   # fail here, not mid-audit
        self.next = 0

    def submit(self, tasks: Sequence) -> Future:
        actor = self.actors[self.next % len(self.actors)]
        self.next += 1
        return actor.check_chunk.remote(list(tasks)).future()

    def close(self) -> None:
        for a in self.actors:
            try:
                self.ray.kill(a)
            except Exception:  # noqa: BLE001 - already gone
                pass
        self.actors = []
        if self.owns and self.ray.is_initialized():
            self.ray.shutdown()
