"""Every platform on synthetic exports built by tests/fixtures/archives/generate.py, in each
layout generation, as a folder and as a zip."""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime, timezone

import pytest

from postcheck.importers import ImportOptions, detect_platform, import_archive, open_archive
from postcheck.model.post import Post

UID = "1500000000000000001"


def _by_kind(posts):
    return Counter(p.kind for p in posts)


def _check_common(posts):
    for p in posts:
        assert p.id.startswith(p.platform + ":")
        assert p.created_at is None or p.created_at.utcoffset().total_seconds() == 0
        assert p.url or p.locator, p
        assert p.audience in ("public", "friends", "group", "direct")
        json.dumps(p.to_dict())
        assert Post.from_dict(p.to_dict()) == p


# --------------------------------------------------------------------------- X


@pytest.mark.parametrize("generation", ["2022", "2020", "2019"])
def test_x_generations(tmp_path, gen, generation):
    out = gen.x_archive(tmp_path / "x", generation=generation)
    z = gen.zip_dir(out, tmp_path / "twitter.zip", top="twitter-2024-11-16")
    for src in (out, z):
        assert detect_platform(open_archive(src)) == "x"
        posts, issues = import_archive(src)
        assert not issues
        _check_common(posts)
        assert _by_kind(posts) == {"post": 1, "reply": 1, "repost": 1}
        post = next(p for p in posts if p.kind == "post")
        assert post.text == "Night shift done & the crew was brilliant 🚑"  # unescaped
        assert post.url == "https://x.com/para_sam/status/1700000000000000001"
        assert post.created_at == datetime(2023, 9, 9, 8, 0, tzinfo=timezone.utc)
        rt = next(p for p in posts if p.kind == "repost")
        assert rt.text == "" and rt.shared_text.startswith("Flu jabs") and \
            rt.shared_author == "@nhsengland"
        reply = next(p for p in posts if p.kind == "reply")
        assert reply.in_reply_to == "1699999999999999999" and "<3" in reply.text


def test_x_id_precision_and_link_without_account(tmp_path, gen):
    out = gen.x_archive(tmp_path / "x")
    (out / "data" / "account.js").unlink()
    (out / "data" / "manifest.js").unlink()
    posts, _ = import_archive(out)
    assert {p.native_id for p in posts} >= {"1700000000000000001"}  # > 2**53, exact
    assert posts[0].url == "https://x.com/i/web/status/1700000000000000001"


def test_x_note_merge_edit_chain_dm_side_media_tco(tmp_path, gen):
    long_text = "A long post about handover. " * 12
    tweets = [
        gen.tweet("1", "2024-01-01 10:00:00", long_text[:270] + "… https://t.co/abc"),
        gen.tweet("2", "2024-01-02 10:00:00", "first version", edit_ids=["2", "3"]),
        gen.tweet("3", "2024-01-02 10:05:00", "second version", edit_ids=["2", "3"],
                  edit_of="2"),
        gen.tweet("4", "2024-01-03 10:00:00", "See https://t.co/x1 and photo https://t.co/m1",
                  urls=[("https://t.co/x1", "https://example.org/guide")],
                  media=[("https://t.co/m1", "Pic.jpg")]),
        gen.tweet("5", "2024-01-04 10:00:00", "Quote https://t.co/q",
                  urls=[("https://t.co/q", "https://twitter.com/other/status/99")]),
    ]
    notes = [gen.note("777", "2024-01-01T10:00:00.000Z", long_text.strip())]
    dms = [gen.dm_conversation(f"{UID}-42", [("m1", UID, "2020-02-06T06:26:39.683Z", "mine"),
                                             ("m2", "42", "2020-02-06T06:27:00.000Z", "theirs")])]
    out = gen.x_archive(tmp_path / "x", tweets=tweets, notes=notes, dms=dms,
                        media_files={"4-Pic.jpg": b"\xff\xd8"}, bio="Paramedic")
    posts, issues = import_archive(out)
    assert not issues
    by_id = {p.id: p for p in posts}
    assert by_id["x:1"].text == long_text.strip()  # note merged, not added
    assert "x:2" not in by_id and by_id["x:3"].text == "second version"
    assert dict(by_id["x:3"].extra)["earlier_versions"] == "2"
    assert by_id["x:4"].text == "See https://example.org/guide and photo"
    assert by_id["x:4"].media == ("data/tweets_media/4-Pic.jpg",)
    assert by_id["x:5"].kind == "quote"
    dm = [p for p in posts if p.kind == "dm"]
    assert [p.text for p in dm] == ["mine"] and dm[0].url == f"https://x.com/messages/{UID}-42"
    assert [p.text for p in posts if p.kind == "bio"] == ["Paramedic"]
    assert len(posts) == 6


def test_x_dms_without_account_keep_every_sender(tmp_path, gen):
    dms = [gen.dm_conversation("1-2", [("m1", "1", "2020-02-06T06:26:39.683Z", "a"),
                                       ("m2", "2", "2020-02-06T06:27:00.000Z", "b")])]
    out = gen.x_archive(tmp_path / "x", dms=dms)
    (out / "data" / "account.js").unlink()
    (out / "data" / "manifest.js").unlink()
    dm = [p for p in import_archive(out)[0] if p.kind == "dm"]
    assert sorted((p.author, p.text) for p in dm) == [("1", "a"), ("2", "b")]


@pytest.mark.parametrize("as_js", [False, True])
def test_x_grailbird(tmp_path, gen, as_js):
    out = gen.grailbird(tmp_path / "g", as_js=as_js)
    posts, issues = import_archive(out)
    assert not issues and _by_kind(posts) == {"post": 1, "reply": 1, "repost": 1}
    assert next(p for p in posts if p.kind == "post").text == \
        'First day on the road, "blue lights" & all'
    assert "\n" in next(p for p in posts if p.kind == "reply").text


def test_x_example_bundle():
    from importer_paths import REPO
    posts, issues = import_archive(REPO / "examples" / "archives" /
                                   "twitter-2024-11-16-paramedic-example.zip")
    assert not issues
    assert _by_kind(posts) == {"post": 7, "reply": 1, "repost": 1, "dm": 1, "bio": 1}
    assert any("Ward 7" in p.text for p in posts)


# --------------------------------------------------------------------------- Meta


@pytest.mark.parametrize("generation", ["2019", "2021", "2022", "2024"])
def test_facebook_generations(tmp_path, gen, generation):
    msgs = {"alexfriend_123": [
        {"sender_name": "Sam Example", "timestamp_ms": 1546300000000,
         "content": "see you 🎉"},  # the generator writes Meta's mojibake
        {"sender_name": "Alex Friend", "timestamp_ms": 1546300001000, "content": "ok"}]}
    out = gen.facebook_export(tmp_path / "fb", generation=generation, messages=msgs)
    z = gen.zip_dir(out, tmp_path / "facebook-sam-01_01_2024-abc.zip")
    for src in (out, z):
        assert detect_platform(open_archive(src)) == "facebook"
        posts, issues = import_archive(src)
        assert not issues
        _check_common(posts)
        texts = {p.text for p in posts}
        assert "Long shift. Proud of the team 🚑" in texts  # mojibake repaired
        assert "Café crème à Zoë after work" in texts
        assert "Well done شكرا للفريق" in texts
        photo = next(p for p in posts if p.text.startswith("Café"))
        assert ("caption", "Sunset from the station") in photo.parts
        assert photo.media and photo.media[0].endswith("photos/1_n.jpg")
        share = next(p for p in posts if p.kind == "repost")
        assert share.links == ("https://example.org/article",)
        assert "allactivity" in share.locator and share.url is None
        dms = [p for p in posts if p.kind == "dm"]
        assert [p.text for p in dms] == ["see you 🎉"]  # owner's side only


@pytest.mark.parametrize("layout", ["2023", "2021", "2019"])
def test_instagram_layouts(tmp_path, gen, layout):
    out = gen.instagram_export(tmp_path / "ig", layout=layout)
    assert detect_platform(open_archive(out)) == "instagram"
    posts, issues = import_archive(out)
    assert not issues
    _check_common(posts)
    kinds = _by_kind(posts)
    if layout == "2019":
        assert kinds == {"post": 1, "comment": 1}
        return
    assert kinds == {"post": 3, "comment": 1, "dm": 1, "bio": 1}
    captions = [p.text for p in posts if p.kind == "post"]
    assert captions == ["Single photo caption 🚑", "Carousel caption Café crème à Zoë", ""]
    assert [p.text for p in posts if p.kind == "dm"] == ["See you on shift 🚑"]
    assert "instagram.com/sam.para/" in next(p for p in posts if p.kind == "post").locator


# --------------------------------------------------------------------------- LinkedIn, TikTok


def test_linkedin(tmp_path, gen):
    out = gen.linkedin_export(tmp_path / "li")
    posts, issues = import_archive(out)
    assert not issues and detect_platform(open_archive(out)) == "linkedin"
    _check_common(posts)
    post = next(p for p in posts if p.kind == "post")
    assert post.text == 'Proud of the team on Ward 7 today.\n\nSecond line, with "quotes".'
    assert post.url.startswith("https://www.linkedin.com/feed/update/")
    rep = next(p for p in posts if p.kind == "repost")
    assert rep.audience == "friends" and rep.links == ("https://example.org/report",)
    comments = [p.text for p in posts if p.kind == "comment"]
    assert comments == ['Alex Thanks, she said "brilliant" today', "Thanks Seun\nI'm humbled"]
    assert [p.text for p in posts if p.kind == "dm"] == ["Hi Alex"]
    assert [p.parts for p in posts if p.kind == "bio"] == [(("headline", "Paramedic"),)]


def test_linkedin_2018_utf16_tabs(tmp_path, gen):
    posts, issues = import_archive(gen.linkedin_export(tmp_path / "li", legacy_2018=True))
    assert not issues
    assert [(p.kind, p.text, p.audience) for p in posts] == [
        ("post", "Great CPD day", "public"), ("repost", "", "friends")]


@pytest.mark.parametrize("old", [False, True])
def test_tiktok(tmp_path, gen, old):
    posts, issues = import_archive(gen.tiktok_export(tmp_path / "tt", old=old))
    assert not issues
    _check_common(posts)
    if old:
        assert _by_kind(posts) == {"comment": 1, "post": 1}
        return
    assert _by_kind(posts) == {"bio": 1, "post": 1, "comment": 1, "dm": 1}
    video = next(p for p in posts if p.kind == "post")
    assert video.url == "https://www.tiktok.com/@sam.para/video/7340000000000000000"
    assert video.audience == "friends" and video.text == "Day in the life 🚑"


# --------------------------------------------------------------------------- others


def test_mastodon(tmp_path, gen):
    out = gen.mastodon_export(tmp_path / "m")
    posts, issues = import_archive(out)
    assert not issues and detect_platform(open_archive(out)) == "mastodon"
    _check_common(posts)
    by = {p.text.split("\n")[0]: p for p in posts if p.kind != "bio"}
    assert by["Public post & more example.org/a"].parts == (("alt_text", "A stretcher"),)
    assert by["Public post & more example.org/a"].media == (
        "media_attachments/files/109/001/original/1.jpeg",)
    assert by["Unlisted"].audience == "public" and "unlisted" in by["Unlisted"].audience_note
    assert by["Followers only"].audience == "friends"
    assert ("content_warning", "work talk") in by["Followers only"].parts
    assert by["@alex private"].kind == "dm" and by["@alex private"].audience == "direct"
    assert by["A reply"].kind == "reply"
    assert ("poll_option", "Nights") in by["Which shift?"].parts
    boost = next(p for p in posts if p.kind == "repost")
    assert boost.url == "https://other.social/users/alex/statuses/99"
    assert next(p for p in posts if p.kind == "bio").text == "Paramedic. Views my own."


def test_reddit(tmp_path, gen):
    posts, issues = import_archive(gen.reddit_export(tmp_path / "r"))
    assert not issues
    _check_common(posts)
    c1 = next(p for p in posts if p.id == "reddit:t1_abc1")
    assert c1.text == "Quoted > text\nline two" and c1.url.endswith("/abc1/")
    gone = next(p for p in posts if p.id == "reddit:t1_abc2")
    assert gone.already_deleted and gone.text == "" and gone.url is None
    post = next(p for p in posts if p.kind == "post")
    assert post.text == "Night shift tips\n\nSleep well"
    assert post.url == "https://www.reddit.com/r/ems/comments/p1/t/"


@pytest.mark.parametrize("german", [False, True])
def test_youtube_csv(tmp_path, gen, german):
    posts, issues = import_archive(gen.youtube_takeout(tmp_path / "y", german=german))
    assert not issues
    assert [(p.kind, p.text, p.url) for p in posts] == [
        ("comment", "Hello world", "https://www.youtube.com/watch?v=vid1&lc=c1"),
        ("reply", "reply", "https://www.youtube.com/watch?v=vid1&lc=c1.r1")]


def test_youtube_html(tmp_path, gen):
    posts, _ = import_archive(gen.youtube_takeout(tmp_path / "y", html_comments=True))
    assert [(p.kind, p.text, p.url) for p in posts] == [
        ("comment", "Great video & thanks", "https://www.youtube.com/watch?v=v1&lc=c1")]


def test_whatsapp_android_uk_quirks(tmp_path, gen):
    out = gen.whatsapp_chat(tmp_path / "w", style="android_uk")
    posts, issues = import_archive(out, options=ImportOptions(timezone="Europe/London"))
    assert not issues
    _check_common(posts)
    got = [(p.author, p.text, p.media) for p in posts]
    assert got == [
        ("Sam", "Running late 🚑", ()),
        ("Alex", "", ("IMG-20190120-WA0001.jpg",)),
        ("Sam", "", ("(media omitted from the export)",)),
        ("Sam", "second thought\nand a continuation", ()),
    ]
    assert posts[0].thread == "Alex" and posts[0].audience == "direct"
    assert posts[0].created_at == datetime(2019, 1, 20, 11, 24, tzinfo=timezone.utc)


@pytest.mark.parametrize("style,first", [
    ("android_us", datetime(2019, 1, 20, 11, 23, tzinfo=timezone.utc)),
    ("ios_uk", datetime(2019, 1, 20, 11, 23, 45, tzinfo=timezone.utc)),
    ("ios_us", datetime(2019, 1, 20, 11, 23, 45, tzinfo=timezone.utc)),
])
def test_whatsapp_locales(tmp_path, gen, style, first):
    out = gen.whatsapp_chat(tmp_path / "w", style=style)
    opts = ImportOptions(timezone="UTC", date_order="mdy" if style.endswith("us") else None)
    posts, issues = import_archive(out, options=opts)
    assert not issues and len(posts) == 2
    assert posts[0].created_at == first
    if style == "ios_uk":
        assert posts[1].media == ("00000012-PHOTO-2019-01-20-11-24-00.jpg",)
    if style == "android_us":
        assert posts[1].created_at.hour == 13


def test_whatsapp_me_filter(tmp_path, gen):
    out = gen.whatsapp_chat(tmp_path / "w")
    posts, _ = import_archive(out, options=ImportOptions(me=("Sam",), timezone="UTC"))
    assert {p.author for p in posts} == {"Sam"}
