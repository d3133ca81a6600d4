"""Historic audits: check a whole platform export, rank what is found, keep it for review.

- :mod:`.pipeline` — :class:`Auditor` reads an export, checks it with the worker pool and
  writes the store in checkpointed batches.
- :mod:`.pool` — the process pool (each worker builds one Checker) and the per-post task.
- :mod:`.fingerprint` — stable finding fingerprints and archive identities.
- :mod:`.ranking` — severity, confidence, reach.
"""

from __future__ import annotations

from .fingerprint import archive_key, fingerprint, normalise
from .pipeline import ArchiveResult, AuditOptions, Auditor
from .ranking import reach

__all__ = ["ArchiveResult", "AuditOptions", "Auditor", "archive_key", "fingerprint", "normalise", "reach"]
