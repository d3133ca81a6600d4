"""Report pieces: HTML marking and escaping, safe links, CSV defusing, delete instructions."""

from __future__ import annotations

from postcheck.report.audit_files import defuse, delete_help, safe_link
from postcheck.report.html import esc, marked


def test_marked_escapes_everything_and_marks_spans():
    text = "<b>Mrs Jones</b> & co"
    out = marked(text, [{"start": 3, "end": 12, "severity": "high"}])
    assert out == '&lt;b&gt;<mark class="high">Mrs Jones</mark>&lt;/b&gt; &amp; co'
    # overlapping or out-of-range spans never break the escaping
    out = marked("abc<", [{"start": 0, "end": 2, "severity": "low"}, {"start": 1, "end": 3, "severity": "low"},
                          {"start": 2, "end": 99, "severity": "low"}])
    assert out == '<mark class="low">ab</mark>c&lt;'
    assert esc('"\'') == "&quot;&#x27;"


def test_only_web_links_are_links():
    assert safe_link("https://x.com/a/status/1") == "https://x.com/a/status/1"
    assert safe_link("javascript:alert(1)") is None
    assert safe_link("data:text/html,hi") is None
    assert safe_link(None) is None


def test_defuse_prefixes_formula_cells():
    for v in ("=1+1", "+44 7700", "-2", "@SUM(A1)", "\tx", "＝1"):
        assert defuse(v) == "'" + v
    assert defuse("fine") == "fine" and defuse(3) == 3


def test_delete_help_depends_on_platform_and_kind():
    assert "Activity log" in delete_help("facebook", "post")
    assert "undo the share" in delete_help("x", "repost")
    assert "the other person keeps theirs" in delete_help("whatsapp", "dm")
    assert "Edit your profile" in delete_help("x", "bio")
    assert "Open the item" in delete_help("somewhere", "post")
