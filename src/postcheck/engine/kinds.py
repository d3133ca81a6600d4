"""Registry of rule detect kinds beyond the built-in ones.

A rule file names its detector with ``detect: {kind: NAME, ...}``. The engine handles the
confidentiality kinds itself (``identifier``, ``clue``, ``pattern``, ``care-story``); other
modules add kinds with :func:`register`, so a new kind is one module and no edit to the
engine. A kind function receives the rule, the post's :class:`Analysis` and the
:class:`Context`, and returns :class:`Candidate` s; the engine then applies context
adjustments, resolves overlaps, writes fixes and the verdict as for every other rule.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Callable

from postcheck.model.finding import Signal

# Modules that register kinds; imported once, when the first engine is built.
PLUGIN_MODULES = ("postcheck.detectors.conduct",)


@dataclass
class Candidate:
    rule: "object"                 # postcheck.pack.loader.Rule
    signal: Signal
    severity: str
    confidence: float
    related: list[Signal] = field(default_factory=list)
    extra: dict = field(default_factory=dict)


KindFn = Callable[["object", "object", "object"], list[Candidate]]
REGISTRY: dict[str, KindFn] = {}
_loaded = False


def register(name: str) -> Callable[[KindFn], KindFn]:
    def deco(fn: KindFn) -> KindFn:
        if name in REGISTRY and REGISTRY[name] is not fn:
            raise ValueError(f"detect kind {name!r} registered twice")
        REGISTRY[name] = fn
        return fn
    return deco


def load_plugins() -> None:
    global _loaded
    if _loaded:
        return
    for module in PLUGIN_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
    _loaded = True
