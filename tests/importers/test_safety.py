"""The safe archive layer: zip bombs, path escapes, symlinks, encryption, corruption, wrong
or empty inputs, malformed files, bad encodings, duplicates."""

from __future__ import annotations

import json
import os
import struct
import zipfile
from pathlib import Path

import pytest

from postcheck.errors import ArchiveError
from postcheck.importers import (
    ArchiveLimitError,
    CorruptArchiveError,
    EmptyArchiveError,
    EncryptedArchiveError,
    Limits,
    NotAnExportError,
    WrongPlatformError,
    import_archive,
    iter_posts,
    open_archive,
)
from postcheck.importers._common import fix_mojibake

TWEETS = 'window.YTD.tweets.part0 = [{"tweet": {"id_str": "1700000000000000001", ' \
         '"created_at": "Sat Sep 09 08:00:00 +0000 2023", "full_text": "hello ward"}}]'


def _zip(path: Path, members: dict[str, bytes | str], *, compress=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compress) as zf:
        for name, data in members.items():
            zf.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), data, compress_type=compress)
    return path


def test_zip_bomb_ratio_member_rejected_rest_read(tmp_path):
    bomb = "window.YTD.deleted_tweets.part0 = [" + " " * (3 * 1024 * 1024) + "]"
    z = _zip(tmp_path / "x.zip", {"data/tweets.js": TWEETS, "data/deleted-tweets.js": bomb})
    posts, issues = import_archive(z, limits=Limits(max_ratio=100))
    assert [p.id for p in posts] == ["x:1700000000000000001"]
    assert any(i.code == "PC-W104" and i.file == "data/deleted-tweets.js" for i in issues)


def test_per_member_and_total_limits(tmp_path):
    z = _zip(tmp_path / "x.zip", {"data/tweets.js": TWEETS})
    posts, issues = import_archive(z, limits=Limits(max_member_bytes=50))
    assert posts == [] and any(i.code == "PC-W104" for i in issues)
    with pytest.raises(ArchiveLimitError) as exc:
        list(iter_posts(z, limits=Limits(max_total_bytes=20)))
    assert str(exc.value).startswith("PC-E115")


def test_member_count_and_declared_size_limits(tmp_path):
    z = _zip(tmp_path / "x.zip", {f"data/f{i}.txt": "x" for i in range(5)})
    with pytest.raises(ArchiveLimitError):
        open_archive(z, limits=Limits(max_members=3))
    with pytest.raises(ArchiveLimitError):
        open_archive(z, limits=Limits(max_declared_bytes=2))


def test_path_traversal_and_absolute_members_rejected(tmp_path):
    z = _zip(tmp_path / "x.zip", {"data/tweets.js": TWEETS, "../../etc/evil.js": TWEETS,
                                  "/abs/tweets.js": TWEETS, "C:/win/tweets.js": TWEETS,
                                  "data/..\\..\\x.js": TWEETS})
    posts, issues = import_archive(z)
    assert len(posts) == 1
    rejected = {i.file for i in issues if i.code == "PC-W101"}
    assert rejected == {"../../etc/evil.js", "/abs/tweets.js", "C:/win/tweets.js",
                        "data/../../x.js"}
    assert not (tmp_path.parent / "etc").exists()


def test_symlink_inside_zip_rejected(tmp_path):
    z = tmp_path / "x.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("data/tweets.js", TWEETS)
        info = zipfile.ZipInfo("data/account.js")
        info.create_system = 3
        info.external_attr = (0o120777 << 16)
        zf.writestr(info, "/etc/passwd")
    posts, issues = import_archive(z)
    assert len(posts) == 1
    assert any(i.code == "PC-W102" and i.file == "data/account.js" for i in issues)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks on this system")
def test_symlinks_in_folder_not_followed_outside(tmp_path):
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "tweets.js").write_text(TWEETS.replace("hello ward", "outside"))
    export = tmp_path / "export" / "data"
    export.mkdir(parents=True)
    (export / "tweets.js").write_text(TWEETS)
    os.symlink(secret / "tweets.js", export / "tweets-part1.js")
    os.symlink(secret, export / "linked_dir")
    os.symlink(export / "tweets.js", export / "tweet.js")  # inside the root: allowed
    posts, issues = import_archive(tmp_path / "export")
    assert all("outside" not in p.text for p in posts)
    assert {i.file for i in issues if i.code == "PC-W102"} == {"data/tweets-part1.js",
                                                               "data/linked_dir"}


def test_encrypted_zip(tmp_path):
    z = _zip(tmp_path / "x.zip", {"data/tweets.js": TWEETS}, compress=zipfile.ZIP_STORED)
    raw = bytearray(z.read_bytes())
    # set the "encrypted" flag (bit 0) in the local header and the central directory
    for sig, off in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        i = raw.find(sig)
        flags = struct.unpack_from("<H", raw, i + off)[0] | 1
        struct.pack_into("<H", raw, i + off, flags)
    z.write_bytes(bytes(raw))
    with pytest.raises(EncryptedArchiveError) as exc:
        iter_posts(z)
    assert "password-protected" in str(exc.value) and str(z) in str(exc.value)


def test_truncated_zip(tmp_path):
    z = _zip(tmp_path / "x.zip", {"data/tweets.js": TWEETS * 50})
    z.write_bytes(z.read_bytes()[: z.stat().st_size // 2])
    with pytest.raises(CorruptArchiveError) as exc:
        iter_posts(z)
    assert str(exc.value).startswith("PC-E112") and "x.zip" in str(exc.value)


def test_corrupt_member_reported_rest_read(tmp_path):
    z = _zip(tmp_path / "x.zip", {"data/tweets.js": TWEETS,
                                  "data/account.js": "window.YTD.account.part0 = " + "[]" * 500},
             compress=zipfile.ZIP_STORED)
    raw = bytearray(z.read_bytes())
    i = raw.find(b"[][][]")
    raw[i:i + 4] = b"{{{{"  # CRC no longer matches
    z.write_bytes(bytes(raw))
    posts, issues = import_archive(z)
    assert len(posts) == 1
    assert any(i.file == "data/account.js" for i in issues)


def test_wrong_platform_and_not_an_export(tmp_path, gen):
    fb = gen.facebook_export(tmp_path / "fb")
    with pytest.raises(WrongPlatformError) as exc:
        iter_posts(fb, platform="x")
    assert "looks like a Facebook export" in str(exc.value)
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "notes.md").write_text("# shopping list\n- milk\n")
    with pytest.raises(NotAnExportError) as exc2:
        iter_posts(junk)
    msg = str(exc2.value)
    assert msg.startswith("PC-E111 not a supported export") and "x, bluesky" in msg
    assert "\n" not in msg


def test_empty_inputs(tmp_path):
    z = tmp_path / "empty.zip"
    with zipfile.ZipFile(z, "w"):
        pass
    with pytest.raises(EmptyArchiveError):
        iter_posts(z)
    d = tmp_path / "dirs_only.zip"
    with zipfile.ZipFile(d, "w") as zf:
        zf.writestr("data/", "")
    with pytest.raises(EmptyArchiveError):
        iter_posts(d)
    empty_dir = tmp_path / "emptydir"
    empty_dir.mkdir()
    with pytest.raises(ArchiveError):
        iter_posts(empty_dir)
    with pytest.raises(ArchiveError) as exc:
        iter_posts(tmp_path / "missing.zip")
    assert str(exc.value).startswith("PC-E110")


def test_export_without_authored_items_is_fine(tmp_path):
    z = _zip(tmp_path / "x.zip", {"data/tweets.js": "window.YTD.tweets.part0 = []",
                                  "data/like.js": "window.YTD.like.part0 = []"})
    posts, issues = import_archive(z)
    assert posts == [] and issues == []


def test_malformed_json_in_one_file(tmp_path, gen):
    out = gen.x_archive(tmp_path / "x", dms=[gen.dm_conversation("1-2", [
        ("9", "1500000000000000001", "2020-02-06T06:26:39.683Z", "hi")])])
    (out / "data" / "direct-messages.js").write_text("window.YTD.direct_messages.part0 = [ {oops")
    posts, issues = import_archive(out)
    assert {p.kind for p in posts} == {"post", "reply", "repost"}
    assert [i.file for i in issues] == ["data/direct-messages.js"]
    assert issues[0].code == "PC-W105" and "malformed JSON" in issues[0].message


def test_malformed_csv_in_one_file(tmp_path, gen):
    out = gen.reddit_export(tmp_path / "r")
    (out / "posts.csv").write_bytes(b"id,permalink,date,ip,subreddit,gildings,title,url,body\n"
                                    b"p1,/r/x/p1/,2023-01-17 08:00:00 UTC,,x,0,T,,\"unterminated\n"
                                    + b"x" * 10)
    import csv
    old = csv.field_size_limit()
    posts, issues = import_archive(out)
    csv.field_size_limit(old)
    assert len([p for p in posts if p.kind == "comment"]) == 2
    assert any(i.file == "posts.csv" for i in issues) or any(p.kind == "post" for p in posts)


def test_invalid_utf8_replaced_and_reported(tmp_path):
    bad = TWEETS.encode().replace(b"hello ward", b"caf\xe9 \xff ward")
    z = _zip(tmp_path / "x.zip", {"data/tweets.js": bad})
    posts, issues = import_archive(z)
    assert posts[0].text == "caf\ufffd \ufffd ward"
    assert [i.code for i in issues] == ["PC-W106"]


def test_mojibake_repair_exact():
    for s in ["🎉", "é", "漢字", "Zoë 🇬🇧", "plain"]:
        assert fix_mojibake(s.encode("utf-8").decode("latin-1")) == s
        assert fix_mojibake(s) == s  # already-correct strings unchanged
    assert fix_mojibake("café") == "café"  # genuine Latin-1-range text kept


def test_duplicates_dropped(tmp_path):
    entry = json.loads(TWEETS.split("=", 1)[1])[0]
    twice = "window.YTD.tweets.part0 = " + json.dumps([entry, entry])
    z = _zip(tmp_path / "x.zip", {"data/tweets.js": twice,
                                  "data/tweets-part1.js": twice.replace("part0", "part1")})
    posts, issues = import_archive(z)
    assert len(posts) == 1
    assert any(i.code == "PC-W110" and "3 duplicate" in i.message for i in issues)


def test_multi_part_zips_and_extra_top_folder(tmp_path, gen):
    out = gen.x_archive(tmp_path / "x", media_files={"1700000000000000001-a.jpg": b"\xff\xd8"})
    part1 = tmp_path / "p1.zip"
    with zipfile.ZipFile(part1, "w") as zf:
        zf.write(out / "data" / "tweets.js", "twitter-2024/data/tweets.js")
        zf.write(out / "data" / "manifest.js", "twitter-2024/data/manifest.js")
    part2 = tmp_path / "p2.zip"
    with zipfile.ZipFile(part2, "w") as zf:
        zf.write(out / "data" / "account.js", "twitter-2024/data/account.js")
        zf.write(out / "data" / "tweets_media" / "1700000000000000001-a.jpg",
                 "twitter-2024/data/tweets_media/1700000000000000001-a.jpg")
    posts, issues = import_archive([part1, part2])
    assert not issues
    first = next(p for p in posts if p.id == "x:1700000000000000001")
    assert first.media == ("twitter-2024/data/tweets_media/1700000000000000001-a.jpg",)
    assert first.url == "https://x.com/para_sam/status/1700000000000000001"


def test_streaming_does_not_build_lists(tmp_path, gen):
    entries = [{"tweet": {"id_str": str(10**18 + i), "created_at": "Sat Sep 09 08:00:00 +0000 2023",
                          "full_text": f"post {i}"}} for i in range(20000)]
    d = tmp_path / "x" / "data"
    d.mkdir(parents=True)
    (d / "tweets.js").write_text("window.YTD.tweets.part0 = " + json.dumps(entries))
    it = iter_posts(tmp_path / "x")
    first = next(it)
    assert first.text == "post 0"
    assert sum(1 for _ in it) == 19999
