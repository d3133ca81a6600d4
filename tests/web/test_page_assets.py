"""Static checks of the page's assets: WCAG AA contrast of the colour pairs the CSS uses, and
that every asset is local."""

from __future__ import annotations

import re
from importlib import resources

import pytest

CSS = resources.files("postcheck.web").joinpath("static", "app.css").read_text()
VARS = dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{6})", CSS))

# (foreground, background) pairs of text the page shows.
PAIRS = [("ink", "bg"), ("muted", "bg"), ("muted", "panel"), ("ink", "panel"), ("brand", "bg"),
         ("brand", "panel"), ("brand-ink", "brand"), ("high", "high-bg"), ("medium", "medium-bg"),
         ("ok", "ok-bg"), ("ink", "high-bg"), ("ink", "medium-bg"), ("ink", "low-bg"), ("ink", "info-bg"),
         ("#ffffff", "high"), ("#ffffff", "medium"), ("#ffffff", "low"), ("#ffffff", "info"),
         ("#ffffff", "ink")]


def luminance(hex_: str) -> float:
    rgb = [int(hex_[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def colour(name: str) -> str:
    return name if name.startswith("#") else VARS[name]


@pytest.mark.parametrize("fg, bg", PAIRS)
def test_text_colours_meet_wcag_aa(fg, bg):
    a, b = sorted((luminance(colour(fg)), luminance(colour(bg))), reverse=True)
    ratio = (a + 0.05) / (b + 0.05)
    assert ratio >= 4.5, f"{fg} on {bg}: contrast {ratio:.2f} is below 4.5"


def test_focus_is_always_visible():
    assert re.search(r":focus-visible[^{]*\{[^}]*outline: 3px solid", CSS)


@pytest.mark.parametrize("name", ["index.html", "docs.html", "app.js", "docs.js", "app.css"])
def test_assets_reference_nothing_outside(name):
    text = resources.files("postcheck.web").joinpath("static", name).read_text()
    for url in re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)""", text):
        assert url.startswith(("/", "#")), f"{name} loads {url}"
    assert "@import" not in text and "url(http" not in text
    assert not re.search(r"fetch\(\s*['\"]https?:", text)
