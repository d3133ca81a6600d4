"""Counts on real platform exports (``../shared/eval/real-archives``) against the independent
counts in its ``expected.json``.

Each export folder is imported as a whole (as a user would give it). For every file listed in
expected.json, each of its ``items`` keys is mapped below to a count over the importer's
output for that file. Two runs are compared:

- record level (``dedupe=False``): what the importer read from the file, one item per
  authored record, must equal expected.json exactly;
- after de-duplication (the normal stream): the same except where the export itself repeats
  a record (LinkedIn lists some shares several times; Facebook repeats some link shares),
  which are dropped — those differences are pinned in ``DUPLICATES``.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable

import pytest
from importer_paths import REAL, need, need_libipld

from postcheck.importers import iter_posts

Counts = dict[str, int]


def _earlier(posts):
    return sum(len(dict(p.extra).get("earlier_versions", "").split(",")) for p in posts
               if dict(p.extra).get("earlier_versions"))


def _kinds(posts, *kinds, text_only=False):
    return sum(1 for p in posts if p.kind in kinds and (p.text.strip() or not text_only))


# expected.json key → count over the importer's posts of that file
MAPPERS: dict[str, Callable[[list], Counts]] = {
    "x_tweets": lambda ps: {
        # every tweets.js entry is one item; edit versions are folded into their latest
        # version, which names them in extra["earlier_versions"]
        "entries": len(ps) + _earlier(ps),
        "edit_versions": _earlier(ps),
        "retweets": _kinds(ps, "repost"),
        "replies": _kinds(ps, "reply"),
        "original": _kinds(ps, "post", "quote") + _earlier(ps),
        "entries_minus_edit_versions": len(ps),
    },
    "x_csv": lambda ps: {
        "entries": len(ps),
        "retweets": _kinds(ps, "repost"),
        "replies": _kinds(ps, "reply"),
        "original": _kinds(ps, "post", "quote"),
        "manual_rt_text": sum(1 for p in ps if p.kind != "repost" and p.text.startswith("RT @")),
    },
    "fb_posts": lambda ps: {
        "with_text": _kinds(ps, "post", text_only=True),
    },
    "ig_posts": lambda ps: {
        "posts": _kinds(ps, "post"),
        "posts_with_caption": _kinds(ps, "post", text_only=True),
        "media_items": sum(len(p.media) for p in ps if p.kind == "post"),
    },
    "ig_comments": lambda ps: {"comments": _kinds(ps, "comment")},
    "li_shares": lambda ps: {
        "shares": _kinds(ps, "post", "repost"),
        "with_commentary": _kinds(ps, "post", text_only=True),
        "without_commentary": _kinds(ps, "repost"),
    },
    "li_comments": lambda ps: {"comments": _kinds(ps, "comment")},
    "tiktok": lambda ps: {"comments": _kinds(ps, "comment"), "videos": _kinds(ps, "post")},
    "mastodon": lambda ps: {
        "create_note": _kinds(ps, "post", "reply", "dm"),
        "replies": _kinds(ps, "reply"),
        "announce": _kinds(ps, "repost"),
        "visibility_public": sum(1 for p in ps if p.kind != "repost" and p.audience == "public"
                                 and not (p.audience_note or "").startswith("unlisted")),
        "visibility_unlisted": sum(1 for p in ps if (p.audience_note or "").startswith(
            "unlisted")),
        "orderedItems": _kinds(ps, "post", "reply", "dm", "repost"),
    },
    "reddit_comments": lambda ps: {
        "comments": _kinds(ps, "comment"),
        "comments_deleted_or_removed_body": sum(1 for p in ps if p.already_deleted),
    },
    "reddit_posts": lambda ps: {"posts": _kinds(ps, "post")},
    "yt_csv": lambda ps: {
        "comments": _kinds(ps, "comment", "reply"),
        "on_community_posts": sum(1 for p in ps if dict(p.extra).get("on") == "community post"),
    },
    "yt_html": lambda ps: {
        "comments": _kinds(ps, "comment", "reply"),
        "top_level": _kinds(ps, "comment"),
        "replies": _kinds(ps, "reply"),
        "empty_text": sum(1 for p in ps if not p.text.strip()),
    },
    "whatsapp": lambda ps: {
        "messages": len(ps),
        "messages_by_sender": dict(sorted(Counter(p.author for p in ps).items())),
        "attachment_messages": sum(1 for p in ps if p.media),
    },
    "bluesky": lambda ps: {
        "posts": _kinds(ps, "post", "reply", "quote"),
        "posts_replies": _kinds(ps, "reply"),
        "posts_top_level": _kinds(ps, "post", "quote"),
        "reposts": _kinds(ps, "repost"),
    },
}

# expected.json keys that do not count authored items, per mapper — listed so that every key
# is accounted for (test_every_expected_key_is_mapped).
NOT_AUTHORED = {
    # Facebook: raw records, incl. bare timestamps and link shares without words (those are
    # emitted as kind "repost" or not at all), and byte-identical records (de-duplicated)
    "fb_posts": {"entries", "without_text", "duplicate_entries"},
    # Bluesky: likes and follows are context, not authored
    "bluesky": {"records_total", "likes", "follows"},
    # WhatsApp: system and continuation lines are not messages
    "whatsapp": {"system_lines", "continuation_lines"},
    # note-tweet.js: merged into their tweets (test_x_note_tweets_merged)
    None: {"note_tweets"},
}


def _mapper_for(path: str) -> str | None:
    name = path.rsplit("/", 1)[-1]
    plat = path.split("/", 1)[0]
    return {
        ("x", "tweets.js"): "x_tweets", ("x", "tweet.js"): "x_tweets", ("x", "tweets.csv"): "x_csv",
        ("instagram", "posts_1.json"): "ig_posts",
        ("instagram", "post_comments_1.json"): "ig_comments",
        ("linkedin", "Shares.csv"): "li_shares", ("linkedin", "Comments.csv"): "li_comments",
        ("tiktok", "user_data_tiktok.json"): "tiktok", ("mastodon", "outbox.json"): "mastodon",
        ("reddit", "comments.csv"): "reddit_comments", ("reddit", "posts.csv"): "reddit_posts",
        ("youtube", "comments.csv"): "yt_csv", ("youtube", "my-comments.html"): "yt_html",
    }.get((plat, name)) or {"facebook": "fb_posts", "whatsapp": "whatsapp",
                            "bluesky": "bluesky"}.get(plat)


def _entries() -> list[dict]:
    if not (REAL / "expected.json").exists():
        return []
    return json.loads((REAL / "expected.json").read_text(encoding="utf-8"))


def _folders() -> list[str]:
    return sorted({"/".join(e["path"].split("/")[:2]) for e in _entries()})


_CACHE: dict[tuple[str, bool], dict[str, list]] = {}


def _posts_by_file(folder: str, dedupe: bool) -> dict[str, list]:
    key = (folder, dedupe)
    if key not in _CACHE:
        by_file: dict[str, list] = defaultdict(list)
        issues: list = []
        for p in iter_posts(REAL / folder, dedupe=dedupe, issues=issues):
            by_file[p.source_file].append(p)
        assert not [str(i) for i in issues if i.code != "PC-W110"]  # only "duplicates dropped"
        _CACHE[key] = by_file
    return _CACHE[key]


def _check(entry: dict, dedupe: bool) -> tuple[Counts, Counts]:
    folder = "/".join(entry["path"].split("/")[:2])
    member = entry["path"][len(folder) + 1:]
    mapper = _mapper_for(entry["path"])
    want = {k: v for k, v in entry["items"].items() if k not in NOT_AUTHORED.get(mapper, ())}
    if mapper is None:  # metadata files (manifest.js, actor.json, note-tweet.js)
        return {}, {}
    posts = [p for p in _posts_by_file(folder, dedupe).get(member, []) if p.kind != "bio"]
    got = MAPPERS[mapper](posts)
    got = {k: v for k, v in got.items() if k in want}
    return got, want


def test_every_expected_key_is_mapped():
    entries = _entries() or pytest.skip(f"{REAL} is absent (../shared is not next to the repo)")
    for e in entries:
        mapper = _mapper_for(e["path"])
        keys = set(e["items"]) - NOT_AUTHORED.get(mapper, set())
        if mapper is None:
            assert not keys, e["path"]
            continue
        sample = MAPPERS[mapper]([])
        assert keys <= set(sample), (e["path"], keys - set(sample))


@pytest.mark.parametrize("folder", _folders() or ["(absent)"])
def test_record_counts_match_expected(folder):
    need(REAL / "expected.json")
    if folder.startswith("bluesky/"):
        need_libipld()
    for e in _entries():
        if e["path"].startswith(folder + "/"):
            got, want = _check(e, dedupe=False)
            assert got == want, e["path"]


# After de-duplication: records the export itself repeats are dropped. Pinned per file:
# (expected.json key, number of repeated records dropped).
DUPLICATES = {
    "linkedin/femi10/Shares.csv": {"shares": 88, "with_commentary": 86, "without_commentary": 2},
    "linkedin/sanand0/Shares.csv": {"shares": 4, "with_commentary": 4},
}


@pytest.mark.parametrize("folder", _folders() or ["(absent)"])
def test_deduplicated_counts(folder):
    need(REAL / "expected.json")
    if folder.startswith("bluesky/"):
        need_libipld()
    for e in _entries():
        if e["path"].startswith(folder + "/"):
            got, want = _check(e, dedupe=True)
            drop = DUPLICATES.get(e["path"], {})
            assert got == {k: v - drop.get(k, 0) if isinstance(v, int) else v
                           for k, v in want.items()}, e["path"]


def test_x_note_tweets_merged():
    folder = need(REAL / "x" / "alrocar")
    posts = list(iter_posts(folder))
    assert not [p for p in posts if p.source_file.endswith("note-tweet.js")]
    long = [p for p in posts if len(p.text) > 280]
    assert len(long) >= 10
    assert all(p.url.startswith("https://x.com/alrocar/status/") for p in posts)
    assert not any(p.text.endswith("…") and p.kind != "repost" and len(p.text) > 270
                   for p in posts)


def test_facebook_mojibake_repaired():
    posts = list(iter_posts(need(REAL / "facebook" / "nhule0502")))
    text = " ".join(p.text for p in posts)
    assert "Ã" not in text and "á»" not in text
    assert any("ố" in p.text or "ạ" in p.text or "ư" in p.text for p in posts)


def test_linkedin_per_line_quotes_removed():
    posts = [p for p in iter_posts(need(REAL / "linkedin" / "sanand0")) if p.kind == "post"]
    multi = [p for p in posts if "\n" in p.text]
    assert multi
    assert not any(line in ('"', '""') for p in multi for line in p.text.split("\n"))
    trip = next(p for p in multi if p.text.startswith("I'm off for a 10-day"))
    assert trip.text.split("\n")[:3] == [
        "I'm off for a 10-day Vipassana meditation program.", "",
        "𝗪𝗛𝗔𝗧? A 10-day residential meditation. No phone, laptop, or speaking. "
        "https://www.dhamma.org/"]


def test_bluesky_links_and_dates():
    need_libipld()
    posts = list(iter_posts(need(REAL / "bluesky" / "paul-staging")))
    did = "did:plc:cmpvykrzb2l22kj4ojlv3ox4"
    for p in posts:
        if p.kind in ("post", "reply", "quote"):
            assert p.url.startswith(f"https://bsky.app/profile/{did}/post/")
            assert p.created_at is not None and p.created_at.utcoffset().total_seconds() == 0
