"""The Python API: :func:`check`, :func:`check_many` and :class:`Checker`.

A :class:`Checker` owns a loaded pack and an engine; it has no mutable state after
construction, so it is safe to share. The module-level functions use a default checker
built on first use from the bundled HCPC pack.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from postcheck.engine.analyze import Engine, Settings
from postcheck.errors import PostcheckError
from postcheck.model.context import Context
from postcheck.model.finding import Result
from postcheck.pack.loader import Pack, default_pack, load_pack

ContextLike = Context | Mapping[str, str] | None


def _context(value: ContextLike, base: Context | None = None) -> Context:
    if isinstance(value, Context):
        return value
    return Context.from_mapping(dict(value or {}), base)


class Checker:
    """Check posts against a standards pack.

    :param pack: a loaded :class:`Pack`, a path to a pack folder, or None for the HCPC pack.
    :param settings: select/ignore/allow and thresholds (:class:`Settings`).
    """

    def __init__(self, pack: Pack | str | Path | None = None, settings: Settings | None = None):
        if pack is None:
            pack = default_pack()
        elif not isinstance(pack, Pack):
            pack = load_pack(pack)
        self.pack = pack
        self.engine = Engine(pack, settings)

    def check(self, text: str, context: ContextLike = None, id: str = "1") -> Result:
        """Check one post. Raises :class:`postcheck.errors.InputError` for empty or oversized text."""
        return self.engine.check(text, _context(context), id)

    def check_many(self, posts: Iterable[Mapping | str], context: ContextLike = None) -> Iterator[Result | PostcheckError]:
        """Check posts one by one as they arrive (streaming).

        Each item is a string or a mapping with ``text`` and optional ``id`` and context
        keys (platform, account, audience, profession, consent; others are ignored). A post
        that cannot be checked yields its :class:`PostcheckError` in its place, so one bad
        item never stops the stream.
        """
        base = _context(context)
        for n, item in enumerate(posts, 1):
            try:
                if isinstance(item, str):
                    yield self.engine.check(item, base, str(n))
                    continue
                ctx = Context.from_mapping(dict(item), base)
                yield self.engine.check(item.get("text"), ctx, str(item.get("id", n)))
            except PostcheckError as exc:
                yield exc
            except ValueError as exc:  # ContextError
                from postcheck.errors import InputError

                yield InputError(str(exc))


_default: Checker | None = None


def _checker() -> Checker:
    global _default
    if _default is None:
        _default = Checker()
    return _default


def check(text: str, context: ContextLike = None, id: str = "1") -> Result:
    """Check one post with the bundled HCPC pack. See :meth:`Checker.check`."""
    return _checker().check(text, context, id)


def check_many(posts: Iterable[Mapping | str], context: ContextLike = None) -> Iterator[Result | PostcheckError]:
    """Check many posts, streaming. See :meth:`Checker.check_many`."""
    return _checker().check_many(posts, context)
