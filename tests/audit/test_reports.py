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


def test_progress_bar_draws_on_a_stream_and_clears():
    import io

    from postcheck.report.audit_text import ProgressBar

    buf = io.StringIO()
    bar = ProgressBar(buf, enabled=True, width=10)
    bar.start("x.zip")
    bar.update("x.zip", 500, 50, 100, force=True)
    assert "█████░░░░░" in buf.getvalue() and " 50%" in buf.getvalue() and "500 items" in buf.getvalue()
    bar.message("postcheck: a warning")
    assert buf.getvalue().endswith("\r\033[Kpostcheck: a warning\n")
    quiet = io.StringIO()
    ProgressBar(quiet).update("x", 1, 1, 2, force=True)  # not a terminal: silent
    assert quiet.getvalue() == ""


def test_html_lists_each_rule_explanation_once(tmp_path):
    from postcheck.pack.loader import default_pack
    from postcheck.report.html import iter_html

    f = {"code": "C110", "name": "patient-name", "standards": ["5.1"], "severity": "high",
         "confidence": 0.9, "start": 0, "end": 3, "text": "Ann", "message": "m",
         "explanation": "Names identify <people>.", "fix": None}
    rec = {"id": "x:1", "verdict": "problem", "findings": [f, dict(f, start=4, end=7)],
           "redacted": None, "platform": "x", "kind": "post", "created_at": "2020-01-01T00:00:00+00:00",
           "url": "javascript:alert(1)", "locator": None, "audience": "public", "author": None,
           "source_file": "data/tweets.js", "text": "Ann Ann"}
    html = "".join(iter_html([rec, dict(rec, id="x:2")], pack=default_pack(), meta={}))
    assert html.count("Names identify &lt;people&gt;.") == 1 and 'id="why-C110"' in html
    assert html.count('href="#why-C110"') == 4
    assert 'href="javascript:' not in html and "Link: javascript:alert(1)" in html


def test_html_header_lists_the_runs_not_a_placeholder():
    from postcheck.pack.loader import default_pack
    from postcheck.report.html import iter_html

    meta = {"runs": [{"display": "twitter-export.zip", "platform": "x", "posts_read": 3, "checked": 3,
                      "run_id": "r1"}], "by_severity": {}, "generated": "today"}
    html = "".join(iter_html([], pack=default_pack(), meta=meta))
    assert "{runs}" not in html and "twitter-export.zip" in html and "3 items read" in html
