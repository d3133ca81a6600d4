"""The main journeys in a real headless Chromium (Debian's), driven by Playwright.

Each test refuses and records any request that is not to the local server (see conftest's
``offline_page``), and fails on script errors or Content-Security-Policy violations.
Screenshots of each page are saved for review (build/screenshots/, not committed).
"""

from __future__ import annotations

import re

import pytest

from .conftest import RISKY, SAMPLE_ARCHIVE

pytest.importorskip("playwright")
from playwright.sync_api import expect  # noqa: E402

pytestmark = pytest.mark.browser


def open_page(page, url, hash_=""):
    page.goto(url + "/" + hash_)
    expect(page.locator("body[data-ready='1']")).to_have_count(1)


def test_type_a_risky_draft_see_highlights_apply_fix_and_redacted(offline_page, live_url, shot, browser):
    page = offline_page
    print("browser version:", browser.version)
    open_page(page, live_url)
    draft = page.locator("#draft")
    draft.click()
    draft.press_sequentially(RISKY, delay=5)
    verdict = page.locator("#verdict")
    expect(verdict).to_contain_text("Do not post this as it is")
    marks = page.locator("#hl mark")
    expect(marks.first).to_be_visible()
    assert "Mrs Jones" in marks.all_text_contents()
    card = page.locator(".finding[data-code='C110']")
    expect(card).to_contain_text("5.1")
    shot(page, "check-risky-draft")

    # The cursor on a highlight explains it.
    text = draft.input_value()
    page.evaluate("i => { const t = document.querySelector('#draft'); t.focus(); t.setSelectionRange(i, i); "
                  "t.dispatchEvent(new KeyboardEvent('keyup')); }", text.index("Jones"))
    expect(page.locator("#at-cursor")).to_contain_text("Mrs Jones")

    # One-click fix on the name.
    card.locator("button.apply-fix").click()
    expect(draft).not_to_have_value(re.compile("Mrs Jones"))
    expect(page.locator(".finding[data-code='C110']")).to_have_count(0)

    # The redacted version, used as the draft.
    expect(page.locator("#redacted-box")).to_be_visible()
    redacted = page.locator("#redacted").input_value()
    page.locator("#use-redacted").click()
    expect(draft).to_have_value(redacted)
    expect(verdict).not_to_contain_text("Do not post")
    shot(page, "check-after-fix")


def test_changing_the_context_changes_the_verdict(offline_page, live_url):
    page = offline_page
    open_page(page, live_url)
    page.locator("#draft").fill(RISKY)
    verdict = page.locator("#verdict")
    expect(verdict).to_have_attribute("data-verdict", "problem")
    page.select_option("#ctx-consent", "written")
    expect(verdict).to_have_attribute("data-verdict", "review")
    page.select_option("#ctx-consent", "none")
    expect(verdict).to_have_attribute("data-verdict", "problem")


def test_nothing_found_is_honest(offline_page, live_url):
    page = offline_page
    open_page(page, live_url)
    page.locator("#draft").fill("Great run along the river this morning before my shift.")
    expect(page.locator("#verdict")).to_contain_text("Nothing found: still use your judgement")
    expect(page.locator("#redacted-box")).to_be_hidden()


def test_upload_the_sample_archive_watch_progress_decide_and_reload(offline_page, live_url, shot):
    page = offline_page
    open_page(page, live_url, "#audit")
    page.set_input_files("#archive-file", str(SAMPLE_ARCHIVE))
    page.get_by_role("button", name="Upload and audit").click()
    expect(page.locator("#audit-progress")).to_be_visible()
    expect(page.locator("#audit-result")).to_contain_text("Audit finished", timeout=60_000)
    expect(page.locator("#audit-bar")).to_have_js_property("value", 1)
    expect(page.locator("#audit-result a", has_text="HTML report")).to_have_count(1)
    items = page.locator("#review-list > li")
    expect(items.first).to_be_visible()
    count_text = page.locator("#review-count").inner_text()
    total = int(re.search(r"of (\d+) findings", count_text).group(1))
    first = items.first
    fingerprint = first.get_attribute("data-fingerprint")
    assert first.locator("a", has_text="Open the post").get_attribute("href").startswith("https://x.com/")
    shot(page, "audit-review")
    first.get_by_role("button", name="Not a problem").click()
    expect(first.locator(".decision-status")).to_contain_text("Saved")

    page.reload()
    expect(page.locator("body[data-ready='1']")).to_have_count(1)
    expect(page.locator("#review-count")).to_contain_text(f"of {total - 1} findings")
    page.select_option("#f-status", "closed")
    kept = page.locator(f"#review-list > li[data-fingerprint='{fingerprint}']")
    expect(kept).to_have_count(1)
    expect(kept.get_by_role("button", name="Not a problem")).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#runs li")).to_have_count(1)
    page.set_viewport_size({"width": 390, "height": 844})
    overflow = page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the audit page scrolls sideways on a phone by {overflow}px"
    shot(page, "audit-phone")


def test_guidance_and_rules_pages(offline_page, live_url, shot):
    page = offline_page
    open_page(page, live_url, "#guidance")
    expect(page.locator("#tips li")).to_have_count(13)
    page.select_option("#g-profession", "paramedic")
    expect(page.locator("#g-bodies")).to_contain_text("College of Paramedics")
    expect(page.locator("#g-regulator")).to_contain_text("Health and Care Professions Council")
    expect(page.locator("#g-legal")).to_contain_text("legal advice")
    page.locator("#tips input").first.check()
    shot(page, "guidance")
    page.reload()
    expect(page.locator("#tips input").first).to_be_checked()       # the checklist is remembered
    page.get_by_role("link", name="Rules").click()
    expect(page.locator("#rule-list details").first).to_be_visible()
    page.locator("#rule-filter").fill("C110")
    expect(page.locator("#rule-list details")).to_have_count(1)
    page.locator("#rule-list summary").first.click()
    expect(page.locator("#rule-list")).to_contain_text("Leaves alone")
    shot(page, "rules")
    page.goto(live_url + "/docs")
    expect(page.locator("#ops .op").first).to_be_visible()
    shot(page, "api-docs")


def test_keyboard_only_and_phone_sized(offline_page, live_url, shot):
    page = offline_page
    page.set_viewport_size({"width": 390, "height": 844})
    open_page(page, live_url)
    # The skip link comes first, then the tabs; the draft is reachable with Tab alone.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "draft":
            break
    assert page.evaluate("document.activeElement.id") == "draft"
    page.keyboard.type(RISKY)
    expect(page.locator("#verdict")).to_have_attribute("data-verdict", "problem")
    assert page.locator("#verdict").get_attribute("aria-live") == "polite"
    overflow = page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the page scrolls sideways on a phone by {overflow}px"
    shot(page, "check-phone")
    # Every form control has an accessible name.
    unnamed = page.evaluate("""() => [...document.querySelectorAll('input, select, textarea, button')]
        .filter(e => e.offsetParent !== null)
        .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')
                     && !e.getAttribute('aria-labelledby') && !(e.textContent || '').trim())
        .map(e => e.id || e.outerHTML.slice(0, 60))""")
    assert unnamed == []


def test_add_a_photo_see_what_it_gives_away_and_download_a_clean_copy(offline_page, live_url, shot, tmp_path):
    import importlib.util
    import io
    import sys
    from pathlib import Path

    from PIL import Image

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "images"))
    import imagegen as g

    page = offline_page
    open_page(page, live_url)
    page.locator("#draft").fill("Home visit to Mrs Jones today, her leg ulcer is healing")
    im = g.label(g.scene(), ["Jane Smith  DOB 03/04/1941", "NHS 943 476 5919"])
    page.locator("#photo-input").set_input_files(
        {"name": "visit.jpg", "mimeType": "image/jpeg", "buffer": g.jpeg_bytes(im, exif=g.exif(gps=(51.5246, -0.134)))})
    photo = page.locator(".photo")
    expect(photo).to_have_count(1)
    expect(photo).to_contain_text("visit.jpg")
    gps = page.locator(".finding[data-code='I101']")
    expect(gps).to_contain_text("In the photo visit.jpg")
    expect(gps).to_contain_text("51.52460")
    expect(page.locator("#verdict")).to_have_attribute("data-verdict", "problem")
    if all(importlib.util.find_spec(m) for m in ("cv2", "rapidocr", "onnxruntime")):
        expect(page.locator(".finding[data-code='C101']")).to_contain_text("In the photo")
        expect(page.locator(".photo-mark").first).to_be_visible()     # the NHS number is boxed on the preview
    shot(page, "check-photo")
    with page.expect_download() as dl:
        gps.locator("button.photo-copy").click()
    saved = tmp_path / dl.value.suggested_filename
    dl.value.save_as(saved)
    assert saved.name == "visit.clean.jpg" and len(Image.open(io.BytesIO(saved.read_bytes())).getexif()) == 0
    # Removing the photo leaves the text check alone.
    page.get_by_role("button", name="Remove visit.jpg").click()
    expect(page.locator(".photo")).to_have_count(0)
    expect(page.locator(".finding[data-code='I101']")).to_have_count(0)
