"""Safe, streaming access to an export: a zip as downloaded, an unpacked folder, a single
file, or several of these given together (split exports) read as one archive.

Nothing is ever extracted to disk and nothing in an archive is executed. Members are read as
streams through byte counters that enforce :class:`Limits` (zip bombs), and unsafe members
(``..`` or absolute paths, symlinks, encrypted entries, links out of a folder) are rejected
and reported through the archive's issue channel, never followed.

Text members are always handed to importers as *valid UTF-8*: a BOM is dropped, UTF-16 is
transcoded, and invalid bytes are replaced (and the file reported once).
"""

from __future__ import annotations

import codecs
import io
import os
import re
import stat
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from postcheck.errors import ArchiveError

# --------------------------------------------------------------------------- errors


class ArchiveNotFoundError(ArchiveError):
    """The path does not exist or cannot be opened at all."""

    code = "PC-E110"


class NotAnExportError(ArchiveError):
    """A readable zip or folder that is not an export postcheck understands."""

    code = "PC-E111"


class CorruptArchiveError(ArchiveError):
    """A truncated or corrupt zip."""

    code = "PC-E112"


class EncryptedArchiveError(ArchiveError):
    """A password-protected zip."""

    code = "PC-E113"


class EmptyArchiveError(ArchiveError):
    """A zip with no files in it."""

    code = "PC-E114"


class ArchiveLimitError(ArchiveError):
    """The archive exceeds a safety limit (size, member count, compression ratio)."""

    code = "PC-E115"


class WrongPlatformError(ArchiveError):
    """The archive was named as one platform's export but holds another's (or none)."""

    code = "PC-E116"


class MemberTooLarge(Exception):
    """One member exceeded a per-member limit while it was read (reported, then skipped)."""


# --------------------------------------------------------------------------- issues


@dataclass(frozen=True, slots=True)
class ImportIssue:
    """A problem with one file inside an archive; the rest of the archive is still read."""

    file: str
    message: str
    code: str = "PC-W100"

    def __str__(self) -> str:
        return f"{self.code} {self.message} ({self.file})"


# Issue codes (warnings; the import goes on):
W_UNSAFE_PATH = "PC-W101"     # member with .. or an absolute path
W_SYMLINK = "PC-W102"         # symlink in a zip, or a folder link leading outside the root
W_ENCRYPTED = "PC-W103"       # one encrypted member
W_TOO_LARGE = "PC-W104"       # member over a size / ratio limit (zip bomb)
# PC-W120: an attached photo that could not be checked (audit/pipeline.py)
W_MALFORMED = "PC-W105"       # malformed JSON / CSV / record in one file
W_ENCODING = "PC-W106"        # invalid UTF-8 replaced
W_CORRUPT_MEMBER = "PC-W107"  # CRC error or truncated member
W_MISSING = "PC-W108"         # something the export refers to is missing (e.g. a CAR block)
W_SKIPPED = "PC-W109"         # a file that was seen and deliberately not read
W_DUPLICATES = "PC-W110"      # duplicate items dropped


# --------------------------------------------------------------------------- limits


@dataclass(frozen=True, slots=True)
class Limits:
    """Safety limits. Exports carry large media, which is never read, so the byte limits
    apply to what is actually read (text members), while the member count and the
    compression ratio are checked for every member."""

    max_members: int = 1_000_000
    max_member_bytes: int = 8 * 1024**3        # one text member, uncompressed
    max_total_bytes: int = 32 * 1024**3        # everything read from one archive
    max_declared_bytes: int = 2 * 1024**4      # sum of declared member sizes (2 TiB)
    max_ratio: float = 200.0                   # uncompressed / compressed
    ratio_floor_bytes: int = 1024 * 1024       # ratio checked only above this size


@dataclass(frozen=True, slots=True)
class Member:
    """One file of the archive. ``name`` is its POSIX path inside the archive."""

    name: str
    size: int
    compressed: int = 0
    part: int = 0

    @property
    def basename(self) -> str:
        return self.name.rsplit("/", 1)[-1]

    @property
    def parent(self) -> str:
        return self.name.rsplit("/", 1)[0] if "/" in self.name else ""


# --------------------------------------------------------------------------- sources


class _ZipSource:
    def __init__(self, path: Path):
        self.path = path
        try:
            self.zf = zipfile.ZipFile(path)
        except zipfile.BadZipFile as exc:
            raise CorruptArchiveError(
                f"not a readable zip (truncated or corrupt: {exc}): {path}") from exc
        except OSError as exc:
            raise ArchiveNotFoundError(f"cannot open {path}: {exc.strerror or exc}") from exc
        self.infos: dict[str, zipfile.ZipInfo] = {}

    def open(self, name: str) -> BinaryIO:
        return self.zf.open(self.infos[name])

    def close(self) -> None:
        self.zf.close()


class _DirSource:
    def __init__(self, path: Path):
        self.path = path
        self.root = Path(os.path.realpath(path))
        self.files: dict[str, Path] = {}

    def open(self, name: str) -> BinaryIO:
        full = self.files[name]
        real = Path(os.path.realpath(full))
        if not _is_within(real, self.root):  # re-check at open time
            raise ArchiveError(f"refusing to read outside the export folder: {name}")
        return open(real, "rb")

    def close(self) -> None:
        pass


class _FileSource(_DirSource):
    """A single file given on its own (a .car, a WhatsApp .txt, a lone tweets.js …)."""

    def __init__(self, path: Path):
        super().__init__(path.parent)
        self.files = {path.name: path}


def _is_within(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False


_DRIVE = re.compile(r"^[A-Za-z]:")


def _unsafe_name(name: str) -> str | None:
    """Why a member name is unsafe, or None."""
    if "\x00" in name:
        return "NUL byte in name"
    if name.startswith("/") or _DRIVE.match(name):
        return "absolute path"
    if ".." in PurePosixPath(name).parts:
        return "path escapes the archive ('..')"
    return None


# --------------------------------------------------------------------------- archive


IssueSink = Callable[[ImportIssue], None]


@dataclass
class ImportOptions:
    """Choices the user can make about an import.

    ``me``: names/handles that are the user (picks their side of chats without an owner
    marker; when empty every sender's messages are kept with ``author`` set).
    ``timezone``: IANA zone for exports without a zone (WhatsApp); default the machine's.
    ``date_order``: ``"dmy"`` or ``"mdy"`` for ambiguous WhatsApp dates; default inferred,
    else ``dmy``.
    """

    me: tuple[str, ...] = ()
    timezone: str | None = None
    date_order: str | None = None


class Archive:
    """A read-only view of one export (possibly several parts).

    Use :func:`open_archive`. Members are listed once (``members``); importers look files
    up by basename pattern anywhere in the tree (:meth:`find`), so an extra top folder from
    re-zipping does not matter.
    """

    def __init__(self, paths: Iterable[str | os.PathLike[str]], *, limits: Limits | None = None,
                 on_issue: IssueSink | None = None, options: ImportOptions | None = None):
        self.paths = tuple(Path(p) for p in paths)
        if not self.paths:
            raise ArchiveNotFoundError("no archive path given")
        self.limits = limits or Limits()
        self.options = options or ImportOptions()
        self.issues: list[ImportIssue] = []
        self._on_issue = on_issue
        self._sources: list[_ZipSource | _DirSource] = []
        self.members: list[Member] = []
        self._by_name: dict[str, Member] = {}
        self._source_of: dict[str, _ZipSource | _DirSource] = {}
        self._total_read = 0
        self._declared = 0
        try:
            for part, path in enumerate(self.paths):
                self._add_source(part, path)
        except BaseException:
            self.close()
            raise
        if not self.members:
            raise EmptyArchiveError(f"the archive holds no files: {self.display}")

    # ---- set-up

    @property
    def display(self) -> str:
        return ", ".join(str(p) for p in self.paths)

    @property
    def names(self) -> list[str]:
        """Lower-cased file names of the given paths (zip names carry platform hints)."""
        return [p.name.lower() for p in self.paths]

    def _add_member(self, member: Member, source: _ZipSource | _DirSource) -> None:
        if member.name in self._by_name:
            return  # split exports repeat some files; the first part wins
        if len(self.members) >= self.limits.max_members:
            raise ArchiveLimitError(
                f"more than {self.limits.max_members} files in the archive: {self.display}")
        self._declared += member.size
        if self._declared > self.limits.max_declared_bytes:
            raise ArchiveLimitError(
                f"declared uncompressed size exceeds {self.limits.max_declared_bytes} bytes "
                f"(zip bomb?): {self.display}")
        self.members.append(member)
        self._by_name[member.name] = member
        self._source_of[member.name] = source

    def _add_source(self, part: int, path: Path) -> None:
        if not os.path.lexists(path):
            raise ArchiveNotFoundError(f"no such file or folder: {path}")
        if path.is_dir():
            self._add_dir(part, path)
        elif zipfile.is_zipfile(path):
            self._add_zip(part, path)
        elif path.suffix.lower() == ".zip":
            raise CorruptArchiveError(f"not a readable zip (truncated or corrupt): {path}")
        elif path.is_file():
            src = _FileSource(path)
            self._sources.append(src)
            self._add_member(Member(path.name, path.stat().st_size, 0, part), src)
        else:
            raise ArchiveNotFoundError(f"not a file or folder: {path}")

    def _add_zip(self, part: int, path: Path) -> None:
        src = _ZipSource(path)
        self._sources.append(src)
        infos = src.zf.infolist()
        files = [i for i in infos if not i.is_dir()]
        if not files:
            raise EmptyArchiveError(f"the zip holds no files: {path}")
        encrypted = 0
        for info in files:
            name = info.filename.replace("\\", "/")
            why = _unsafe_name(name)
            if why:
                self.report(name, f"member rejected: {why}", W_UNSAFE_PATH)
                continue
            mode = info.external_attr >> 16
            if info.create_system == 3 and stat.S_ISLNK(mode):
                self.report(name, "member rejected: symbolic link inside the zip", W_SYMLINK)
                continue
            if info.flag_bits & 0x1:
                encrypted += 1
                self.report(name, "member rejected: encrypted (password-protected)", W_ENCRYPTED)
                continue
            if name.startswith("./"):
                name = name[2:]
            src.infos[name] = info
            self._add_member(Member(name, info.file_size, info.compress_size, part), src)
        if encrypted and encrypted == len(files):
            raise EncryptedArchiveError(
                f"the zip is password-protected; postcheck cannot read encrypted exports: {path}")

    def _add_dir(self, part: int, path: Path) -> None:
        src = _DirSource(path)
        self._sources.append(src)
        root = src.root
        for dirpath, dirnames, filenames in os.walk(path, followlinks=False):
            for d in list(dirnames):
                full = Path(dirpath) / d
                if full.is_symlink():
                    rel = full.relative_to(path).as_posix()
                    self.report(rel, "symbolic link to a folder not followed", W_SYMLINK)
                    dirnames.remove(d)
            dirnames.sort()
            for fn in sorted(filenames):
                full = Path(dirpath) / fn
                rel = full.relative_to(path).as_posix()
                if full.is_symlink():
                    real = Path(os.path.realpath(full))
                    if not _is_within(real, root):
                        self.report(rel, "symbolic link leading outside the export folder "
                                         "rejected", W_SYMLINK)
                        continue
                try:
                    st = full.stat()
                except OSError as exc:
                    self.report(rel, f"cannot read: {exc.strerror or exc}", W_CORRUPT_MEMBER)
                    continue
                if not stat.S_ISREG(st.st_mode):
                    self.report(rel, "not a regular file; skipped", W_SKIPPED)
                    continue
                src.files[rel] = full
                self._add_member(Member(rel, st.st_size, 0, part), src)

    # ---- issues

    def report(self, file: str, message: str, code: str = W_MALFORMED) -> None:
        issue = ImportIssue(file, message, code)
        self.issues.append(issue)
        if self._on_issue is not None:
            self._on_issue(issue)

    # ---- lookup

    def find(self, pattern: str | re.Pattern[str], *, under: str | None = None) -> list[Member]:
        """Members whose *basename* fully matches ``pattern`` (case-insensitive regex),
        optionally only those with ``under`` (a regex) matching a folder in their path.
        Sorted by path, with numbered parts (``_2``, ``part10``) in numeric order."""
        rx = re.compile(pattern, re.I) if isinstance(pattern, str) else pattern
        urx = re.compile(under, re.I) if under else None
        out = []
        for m in self.members:
            if not rx.fullmatch(m.basename):
                continue
            if urx is not None and not any(urx.fullmatch(p) for p in m.name.split("/")[:-1]):
                continue
            out.append(m)
        return sorted(out, key=lambda m: _natural_key(m.name))

    def get(self, name: str) -> Member | None:
        return self._by_name.get(name)

    def location(self, name: str) -> tuple[str, str, str] | None:
        """Where another process can read a member itself: ``("zip", zip path, name inside)``
        or ``("file", path, "")``; None when the export does not hold it."""
        src = self._source_of.get(name)
        if isinstance(src, _ZipSource):
            return "zip", str(src.path), src.infos[name].filename
        if isinstance(src, _DirSource) and name in src.files:
            return "file", str(src.files[name]), ""
        return None

    def resolve(self, ref: str) -> str | None:
        """The member path an export-internal reference (e.g. a media ``uri``) points to:
        exact path, else the member whose path ends with it (split exports, re-zipped
        folders). None when the export does not hold it."""
        ref = ref.lstrip("/")
        if ref in self._by_name:
            return ref
        if not hasattr(self, "_suffix_index"):
            self._suffix_index: dict[str, list[str]] = {}
            for m in self.members:
                self._suffix_index.setdefault(m.basename, []).append(m.name)
        for name in self._suffix_index.get(ref.rsplit("/", 1)[-1], ()):
            if name.endswith("/" + ref) or ref.endswith("/" + name) or name == ref:
                return name
        return None

    # ---- reading

    def open(self, member: Member, *, precheck: bool = True) -> BinaryIO:
        """A binary stream of the member, counted against the limits. ``precheck`` also
        refuses members whose *declared* size or ratio is over the limits before reading."""
        lim = self.limits
        if precheck and member.size > lim.max_member_bytes:
            raise MemberTooLarge(f"{member.size} bytes is over the {lim.max_member_bytes}-byte "
                                 "limit for one file")
        if (precheck and member.compressed and member.size > lim.ratio_floor_bytes
                and member.size / member.compressed > lim.max_ratio):
            raise MemberTooLarge(f"compression ratio {member.size / member.compressed:.0f}:1 is "
                                 f"over the {lim.max_ratio:.0f}:1 limit (zip bomb?)")
        src = self._source_of[member.name]
        raw = src.open(member.name)
        return io.BufferedReader(_CountingRaw(raw, member, self, precheck), 1 << 16)

    def _count(self, member: Member, n: int, so_far: int, per_member: bool = True) -> None:
        lim = self.limits
        self._total_read += n
        if self._total_read > lim.max_total_bytes:
            raise ArchiveLimitError(
                f"more than {lim.max_total_bytes} bytes read from the archive "
                f"(zip bomb?): {self.display}", file=member.name)
        if not per_member:  # a bounded peek (sniffing) is never a bomb
            return
        if so_far > lim.max_member_bytes:
            raise MemberTooLarge(f"over the {lim.max_member_bytes}-byte limit for one file")
        if (member.compressed and so_far > lim.ratio_floor_bytes
                and so_far / member.compressed > lim.max_ratio):
            raise MemberTooLarge(f"expands more than {lim.max_ratio:.0f}:1 (zip bomb?)")

    def read_bytes(self, member: Member) -> bytes:
        with self.open(member) as fh:
            return fh.read()

    def open_utf8(self, member: Member, *, skip_to: bytes | None = None,
                  strip_trailing: bytes = b"") -> BinaryIO:
        """A binary stream of *valid UTF-8* text: BOM dropped, UTF-16 transcoded, invalid
        bytes replaced (reported once). ``skip_to`` drops everything up to and including
        the first occurrence of that byte (X's ``window.YTD… =`` prefix);
        ``strip_trailing`` drops those bytes at the very end (a trailing ``;``)."""
        chunks = _utf8_chunks(self, member, self.open(member))
        if skip_to is not None:
            chunks = _skip_to(chunks, skip_to)
        if strip_trailing:
            chunks = _strip_tail(chunks, strip_trailing)
        return io.BufferedReader(_ChunkRaw(chunks), 1 << 16)

    def open_text(self, member: Member) -> io.TextIOWrapper:
        """A text stream (``newline=''``, for ``csv``) over :meth:`open_utf8`."""
        return io.TextIOWrapper(self.open_utf8(member), encoding="utf-8", newline="")

    def read_text(self, member: Member) -> str:
        with self.open_text(member) as fh:
            return fh.read()

    def head(self, member: Member, n: int = 4096) -> bytes:
        """The first ``n`` bytes of a member (for sniffing); b'' if it cannot be read."""
        try:
            with self.open(member, precheck=False) as fh:
                return fh.read(n)
        except ArchiveError:
            raise
        except Exception:  # noqa: BLE001 - sniffing must never fail
            return b""

    def head_text(self, member: Member, n: int = 4096) -> str:
        raw = self.head(member, n)
        if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return raw.decode("utf-16", errors="ignore")
        return raw.decode("utf-8-sig", errors="replace")

    # ---- lifetime

    def close(self) -> None:
        for s in self._sources:
            s.close()
        self._sources = []

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _natural_key(name: str) -> list[object]:
    return [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", name)]


class _CountingRaw(io.RawIOBase):
    def __init__(self, raw: BinaryIO, member: Member, archive: Archive, per_member: bool):
        self._raw = raw
        self._member = member
        self._archive = archive
        self._per_member = per_member
        self._n = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray) -> int:  # type: ignore[override]
        try:
            data = self._raw.read(len(b))
        except zipfile.BadZipFile as exc:
            raise CorruptMember(str(exc)) from exc
        except EOFError as exc:
            raise CorruptMember("member is truncated") from exc
        n = len(data)
        b[:n] = data
        self._n += n
        self._archive._count(self._member, n, self._n, self._per_member)
        return n

    def close(self) -> None:
        try:
            self._raw.close()
        finally:
            super().close()


class CorruptMember(Exception):
    """A member whose bytes cannot be read (CRC error, truncated)."""


class _ChunkRaw(io.RawIOBase):
    def __init__(self, chunks: Iterator[bytes]):
        self._it = chunks
        self._buf = b""

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray) -> int:  # type: ignore[override]
        while not self._buf:
            try:
                self._buf = next(self._it)
            except StopIteration:
                return 0
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n

    def close(self) -> None:
        close = getattr(self._it, "close", None)
        if close:
            close()
        super().close()


def _utf8_chunks(archive: Archive, member: Member, fh: BinaryIO,
                 size: int = 1 << 16) -> Iterator[bytes]:
    try:
        first = fh.read(size)
        if first.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            enc = "utf-16"
        elif first.startswith(codecs.BOM_UTF8):
            enc = "utf-8-sig"
        elif len(first) >= 4 and first[1:4:2] == b"\x00\x00" and first[0] and first[2]:
            enc = "utf-16-le"  # BOM-less UTF-16LE text (ASCII-heavy)
        else:
            enc = "utf-8"
        dec = codecs.getincrementaldecoder(enc)("strict")
        replacing = False
        chunk = first
        while True:
            final = not chunk
            try:
                state = dec.getstate()
                text = dec.decode(chunk, final)
            except UnicodeDecodeError as exc:
                if replacing:
                    raise
                replacing = True
                archive.report(member.name, f"invalid {enc.upper()} bytes replaced with U+FFFD "
                               f"(first at byte {exc.start} of a block)", W_ENCODING)
                new = codecs.getincrementaldecoder(enc)("replace")
                new.setstate(state)
                dec = new
                text = dec.decode(chunk, final)
            if text:
                yield text.encode("utf-8")
            if final:
                return
            chunk = fh.read(size)
    finally:
        fh.close()


def _skip_to(chunks: Iterator[bytes], marker: bytes) -> Iterator[bytes]:
    buf = b""
    for c in chunks:
        buf += c
        i = buf.find(marker)
        if i >= 0:
            rest = buf[i + len(marker):]
            if rest:
                yield rest
            yield from chunks
            return
        if len(buf) > 1 << 20:
            raise ValueError(f"no {marker!r} in the first MiB")
    raise ValueError(f"no {marker!r} found")


def _strip_tail(chunks: Iterator[bytes], strip: bytes) -> Iterator[bytes]:
    held = b""
    junk = strip + b" \t\r\n"
    for c in chunks:
        c = held + c
        stripped = c.rstrip(junk)
        held = c[len(stripped):]
        if stripped:
            yield stripped
    # whatever is still held is only whitespace and the stripped bytes: drop it


def open_archive(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *,
                 limits: Limits | None = None, on_issue: IssueSink | None = None,
                 options: ImportOptions | None = None) -> Archive:
    """Open a zip, a folder, a single export file, or several of them as one archive."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    return Archive(paths, limits=limits, on_issue=on_issue, options=options)
