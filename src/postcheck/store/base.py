"""The review store's interface: what an audit keeps between runs, independent of the database.

An audit writes what it found (per post: the text that was checked, the link back, and its
findings with their fingerprints) in batches, each batch with the run's checkpoint in the same
transaction, so an audit that is killed resumes where it stopped. The user's review decisions
are keyed by fingerprint, written one per transaction, and never touched by an audit, so they
survive crashes and re-runs on the same or a newer export.

:class:`Store` is abstract: :class:`postcheck.store.sqlite.SQLiteStore` (one file, the default)
and :class:`postcheck.store.postgres.PostgresStore` (a shared PostgreSQL server) implement it
with the same behaviour, the same schema and the same numbered migrations.

Decisions carry a version (0 = never decided, bumped by every decision). A reviewer who passes
the version they saw as ``expected_version`` never silently overwrites someone else's newer
decision: :class:`DecisionConflict` says who changed it and when, and nothing is written.

Privacy (DECISIONS 14): only posts with findings are stored, and of those only what review
needs: the checked text, date, platform, kind, audience, link or locator, sender (chats), source
file. Nothing about other people (shared authors, reply targets, media) is kept.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field

from postcheck.errors import StoreError

# What a user can decide about one finding. "skip" is not stored.
ACTIONS = {
    "delete": "delete it (to do)",
    "deleted": "deleted (done)",
    "edited": "edited",
    "keep": "keep it as it is",
    "not_a_problem": "not a problem (a false alarm)",
}


class StoreCorruptError(StoreError):
    code = "PC-E402"


class StoreVersionError(StoreError):
    code = "PC-E403"


class StoreBusyError(StoreError):
    code = "PC-E404"


class DecisionConflict(StoreError):
    """Someone else decided this finding after the reviewer read it (optimistic locking)."""

    code = "PC-E405"

    def __init__(self, message: str, *, fingerprint: str = "", current: int = 0,
                 expected: int = 0, action: str | None = None, by: str | None = None,
                 at: str | None = None):
        super().__init__(message)
        self.fingerprint, self.current, self.expected = fingerprint, current, expected
        self.action, self.by, self.at = action, by, at


def conflict(fingerprint: str, expected: int, row) -> DecisionConflict:
    """The conflict error for a stored decision ``row`` (action, version, decided_by,
    decided_at) or ``None`` (no decision any more)."""
    if row is None:
        return DecisionConflict(
            f"finding {fingerprint[:16]} changed since you read it: its decision (version "
            f"{expected}) was removed; reload it and decide again", fingerprint=fingerprint,
            current=0, expected=expected)
    action, version, by, at = row
    return DecisionConflict(
        f"finding {fingerprint[:16]} changed since you read it: {by or 'another reviewer'} marked "
        f"it {action!r} at {at} (version {version}, you had {expected}); reload it and decide "
        "again", fingerprint=fingerprint, current=version, expected=expected, action=action,
        by=by, at=at)


def reviewer() -> str:
    """Who is deciding, as recorded with each decision: the login name."""
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (containers)
        return "unknown"


# Decisions that close a finding: review does not show it again (unless it comes back).
CLOSED = ("deleted", "edited", "keep", "not_a_problem")


@dataclass(frozen=True)
class ArchiveRef:
    """One export as given on the command line (one path, or the parts of a split export)."""

    key: str            # stable id of the input paths (resolved), see audit.fingerprint.archive_key
    platform: str
    display: str        # what the user typed, for messages
    paths: tuple[str, ...]


@dataclass
class RunState:
    """A run as :meth:`Store.begin_run` hands it back: new, or resumed from its checkpoint."""

    run_id: str
    archive_id: int
    checkpoint: int = 0                  # stream position whose results are all saved
    counters: dict = field(default_factory=dict)
    resumed: bool = False
    started_at: str = ""


@dataclass
class StoredPost:
    """One post with findings, as the store keeps it."""

    post_key: str                      # Post.id (platform-prefixed, stable across exports)
    platform: str
    kind: str
    created_at: str | None
    url: str | None
    locator: str | None
    audience: str
    audience_note: str | None
    author: str | None
    source_file: str | None
    texts: list[list[str]]             # [[part, text], ...] exactly as checked
    verdict: str
    redacted: str | None
    notes: list[str]
    worst: int                         # severity rank of the worst finding
    confidence: float                  # highest confidence at that severity
    reach: int
    already_deleted: bool = False


@dataclass
class StoredFinding:
    fingerprint: str
    post_key: str
    code: str
    severity: int                      # rank (0 info .. 3 high)
    confidence: float
    reach: int
    ordinal: int                       # position within the post's findings
    data: dict                         # the wire finding (without "explanation")


@dataclass
class RunInfo:
    run_id: str
    archive_key: str
    platform: str
    display: str
    started_at: str
    finished_at: str | None
    status: str                        # running | done | stopped | abandoned
    checkpoint: int
    counters: dict
    issues: list[str]
    options: dict


@dataclass
class ReviewItem:
    """One finding to review, with its post."""

    fingerprint: str
    code: str
    severity: int
    confidence: float
    reach: int
    finding: dict
    post: dict                         # StoredPost fields as a dict
    decision: str | None = None
    reason: str | None = None
    decided_at: str | None = None
    still_there: bool = False          # marked deleted, yet seen again in a newer export
    decision_version: int = 0          # 0 = never decided; pass back as expected_version
    decided_by: str | None = None


@dataclass
class Decision:
    fingerprint: str
    action: str
    reason: str | None
    decided_at: str
    code: str | None = None
    post_key: str | None = None
    platform: str | None = None
    created_at: str | None = None
    url: str | None = None
    locator: str | None = None
    matched: str | None = None
    version: int = 1
    decided_by: str | None = None


@dataclass
class BrowseQuery:
    """Filters for :meth:`Store.browse`. Empty tuples mean "any"."""

    run_id: str | None = None
    standards: tuple[str, ...] = ()
    severities: tuple[int, ...] = ()
    platforms: tuple[str, ...] = ()
    years: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()
    status: str = "open"              # open | closed | all
    offset: int = 0
    limit: int = 50


@dataclass
class BrowsePage:
    total: int                         # matching the filters
    items: list[ReviewItem]
    facets: dict                       # name -> {value: count} over the scope (status applied)


class Store(ABC):
    """Where audits keep findings and reviews keep decisions."""

    location: str

    # --- runs -----------------------------------------------------------------------
    @abstractmethod
    def begin_run(self, archive: ArchiveRef, *, content_digest: str, settings_key: str,
                  options: dict) -> RunState:
        """Start a run, or resume the unfinished one for the same archive content and
        settings (then ``resumed`` is True and ``checkpoint`` says how far it got)."""

    @abstractmethod
    def save_batch(self, run_id: str, posts: list[StoredPost], findings: list[StoredFinding],
                   *, checkpoint: int, counters: dict, clean_keys: list[str] = ()) -> None:
        """Save one batch of results and the run's checkpoint, in one transaction.
        ``clean_keys``: posts checked in this batch that have no findings now (if stored
        from an earlier run, their old findings stop being current)."""

    @abstractmethod
    def finish_run(self, run_id: str, *, status: str, counters: dict, issues: list[str]) -> None:
        ...

    @abstractmethod
    def get_run(self, run_id: str) -> RunInfo | None:
        ...

    @abstractmethod
    def list_runs(self) -> list[RunInfo]:
        ...

    @abstractmethod
    def run_summary(self, run_id: str) -> dict:
        """Counts for a run: findings by severity, new ones, decided ones, still there."""

    @abstractmethod
    def iter_run_posts(self, run_ids: str | list[str]) -> Iterator[tuple[StoredPost, list[dict]]]:
        """The posts with findings seen in these runs, most serious first (each post once);
        each finding dict carries ``fingerprint``, ``new``, ``decision`` (and
        ``decision_reason``, ``still_there`` when they apply)."""

    # --- review ---------------------------------------------------------------------
    @abstractmethod
    def review_queue(self, *, min_severity: int = 1, include_closed: bool = False,
                     run_id: str | None = None) -> list[ReviewItem]:
        """Findings to review, most serious first. Closed ones are left out unless asked,
        except those marked deleted that a newer export still holds."""

    @abstractmethod
    def browse(self, query: BrowseQuery) -> BrowsePage:
        """One page of findings matching filters, most serious first, with the facet counts
        (platforms, years, standards, severities, rules) of everything in scope."""

    @abstractmethod
    def review_item(self, fingerprint: str) -> ReviewItem | None:
        """One stored finding with its post and decision."""

    @abstractmethod
    def decide(self, fingerprint: str, action: str, reason: str | None = None,
               expected_version: int | None = None, *, by: str | None = None) -> int:
        """Record one decision in its own transaction (replacing an earlier one) and return
        its new version. With ``expected_version`` (the ``decision_version`` the reviewer saw),
        a decision stored since then raises :class:`DecisionConflict` and nothing changes.
        ``by``: who decides (default: the login name)."""

    @abstractmethod
    def decisions(self) -> Iterator[Decision]:
        ...

    @abstractmethod
    def rule_stats(self) -> list[dict]:
        """Per rule: findings stored, reviewed, marked not a problem, precision."""

    # --- "whose messages count" (DECISIONS 10) -------------------------------------
    @abstractmethod
    def remember_me(self, platform: str, chat: str, names: list[str]) -> None:
        ...

    @abstractmethod
    def known_me(self, platform: str) -> list[str]:
        ...

    # --- forgetting -------------------------------------------------------------------
    @abstractmethod
    def forget_archive(self, archive_key: str) -> list[str]:
        """Remove an archive's runs, findings, posts and decisions; returns the run ids."""

    @abstractmethod
    def forget_run(self, run_id: str) -> list[str]:
        ...

    @abstractmethod
    def forget_all(self) -> list[str]:
        ...

    @abstractmethod
    def archives(self) -> list[dict]:
        """Every archive with stored runs: key, platform, display, paths."""

    @abstractmethod
    def close(self) -> None:
        ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def filter_and_count(light, query: "BrowseQuery") -> tuple[list[str], dict[str, dict]]:
    """Both stores' browse(): from the ranked light rows (fp, action, still, platform, year,
    stds, sev, code), the fingerprints the query selects, and the facet counts over every row
    of the chosen status (so each filter shows what choosing another value would give)."""
    import json

    facets: dict[str, dict] = {k: {} for k in ("platform", "year", "standard", "severity", "code")}
    chosen: list[str] = []
    want = {"standard": set(query.standards), "severity": set(query.severities),
            "platform": set(query.platforms), "year": set(query.years), "code": set(query.codes)}
    for r in light:
        closed = r["action"] in CLOSED and not r["still"]
        if (query.status == "open" and closed) or (query.status == "closed" and not closed):
            continue
        values = {"platform": [r["platform"]], "year": [r["year"] or "unknown"],
                  "standard": json.loads(r["stds"] or "[]"), "severity": [r["sev"]],
                  "code": [r["code"]]}
        for name, vals in values.items():
            for v in vals:
                facets[name][v] = facets[name].get(v, 0) + 1
        if all(not want[n] or want[n].intersection(values[n]) for n in want):
            chosen.append(r["fp"])
    return chosen, facets
