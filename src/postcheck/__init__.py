"""postcheck: check social-media posts against the HCPC's standards, offline.

Python API::

    import postcheck
    result = postcheck.check("Mrs Jones (82) from Ward 7 went home today",
                             context={"profession": "paramedic"})
    result.verdict          # 'problem'
    result.findings[0].code # 'C110'
    result.redacted         # 'A patient went home'

    for result in postcheck.check_many([{"id": "1", "text": "..."}]):
        ...

Nothing here talks to the network; see ``postcheck.api`` for the full signatures.
"""

from __future__ import annotations

__version__ = "0.1.0"
SCHEMA_VERSION = "1.0"

__all__ = ["check", "check_many", "Checker", "Context", "Result", "Finding", "__version__", "SCHEMA_VERSION"]


def __getattr__(name: str):
    # Lazy so that `postcheck --version` and `postcheck --help` start fast.
    if name in ("check", "check_many", "Checker"):
        from postcheck import api

        return getattr(api, name)
    if name == "Context":
        from postcheck.model.context import Context

        return Context
    if name in ("Result", "Finding"):
        from postcheck.model import finding

        return getattr(finding, name)
    raise AttributeError(name)
