"""The pack is data: every rule is complete, codes are unique, every cited standard exists,
lexicons carry provenance, and a broken file is reported with its file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from postcheck.api import Checker
from postcheck.errors import PackError
from postcheck.pack.loader import default_pack, default_pack_path, load_pack

MINI = Path(__file__).resolve().parent.parent / "fixtures" / "packs" / "mini"

QUOTED = ["1.6", "1.9", "1.10", "1.11", "1.12", "2.10", "2.11", "2.12", "5.1", "9.1", "9.3"]

# Golden list: removing or renaming a rule must be a deliberate change to this list.
GOLDEN_CODES = ["C101", "C102", "C103", "C104", "C105", "C106", "C107", "C108", "C109", "C110", "C111", "C290",
                "C201", "C202", "C203", "C204", "C205", "C206", "C207", "C208", "C299"]


def test_pack_holds_the_eleven_quoted_standards_with_guidance():
    pack = default_pack()
    for number in QUOTED:
        std = pack.standards[number]
        assert std.quoted and std.text and std.guidance, number
    assert {"1.8", "5.2", "9.2", "9.4"} <= set(pack.standards)
    assert pack.crosswalk and pack.tips and pack.signposting["professions"]
    assert len(pack.signposting["professions"]) == 15


def test_golden_rule_codes():
    assert all(code in default_pack().rules for code in GOLDEN_CODES)


def test_every_rule_is_complete():
    for rule in default_pack().rules.values():
        assert rule.summary and rule.message and rule.explanation, rule.code
        assert len(rule.flag_examples) >= 2 and len(rule.ok_examples) >= 2, rule.code
        assert rule.standards and rule.since and rule.status, rule.code


def test_every_lexicon_has_provenance():
    for name, lex in default_pack().lexicons.items():
        assert lex.source and lex.licence, name
        assert lex.entries, name


def _copy_pack(tmp_path: Path) -> Path:
    dest = tmp_path / "pack"
    shutil.copytree(default_pack_path(), dest)
    return dest


def test_duplicate_code_is_rejected(tmp_path):
    root = _copy_pack(tmp_path)
    src = root / "rules" / "C101-nhs-number.yaml"
    (root / "rules" / "C999-copy.yaml").write_text(src.read_text().replace("name: nhs-number", "name: nhs-number-copy"))
    with pytest.raises(PackError, match="duplicate rule code C101") as err:
        load_pack(root)
    assert "C999-copy.yaml" in str(err.value)


def test_rule_without_examples_is_rejected(tmp_path):
    root = _copy_pack(tmp_path)
    path = root / "rules" / "C101-nhs-number.yaml"
    text = path.read_text()
    path.write_text(text[: text.index("examples:")] + "examples:\n  flag: []\n  ok: []\n")
    with pytest.raises(PackError, match="at least two"):
        load_pack(root)


def test_rule_citing_unknown_standard_is_rejected(tmp_path):
    root = _copy_pack(tmp_path)
    path = root / "rules" / "C101-nhs-number.yaml"
    path.write_text(path.read_text().replace('standards: ["5.1", "2.12"]', 'standards: ["5.1", "42.7"]'))
    with pytest.raises(PackError, match="42.7"):
        load_pack(root)


def test_broken_yaml_names_file_and_line(tmp_path):
    root = _copy_pack(tmp_path)
    path = root / "rules" / "C101-nhs-number.yaml"
    lines = path.read_text().splitlines()
    lines[5] = "severity: [high"
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(PackError) as err:
        load_pack(root)
    message = str(err.value)
    assert message.startswith("PC-E201") and "C101-nhs-number.yaml:" in message
    assert "\n" not in message


def test_unknown_key_is_a_typo_error_with_line(tmp_path):
    root = _copy_pack(tmp_path)
    path = root / "rules" / "C101-nhs-number.yaml"
    path.write_text(path.read_text().replace("severity: high", "severity: high\nseverty: low"))
    with pytest.raises(PackError, match=r"unknown key 'severty'.*C101-nhs-number.yaml:6"):
        load_pack(root)


def test_lexicon_without_provenance_is_rejected(tmp_path):
    root = _copy_pack(tmp_path)
    (root / "lexicons" / "bad.txt").write_text("# name: bad\nfoo\n")
    with pytest.raises(PackError, match="provenance.*bad.txt:1"):
        load_pack(root)


def test_second_pack_loads_and_runs_without_code_change():
    pack = load_pack(MINI)
    assert pack.id == "mini" and list(pack.rules) == ["X101"]
    result = Checker(pack).check("staff door code is 4512 if anyone forgets")
    assert [(f.code, f.text) for f in result.findings] == [("X101", "4512")]
    assert result.redacted == "staff door code is [code removed] if anyone forgets"
    assert result.verdict == "problem"


def test_bad_regex_and_unknown_kind_are_pack_errors(tmp_path):
    root = tmp_path / "mini"
    shutil.copytree(MINI, root)
    path = root / "rules" / "X101-door-code.yaml"
    path.write_text(path.read_text().replace(r"(\d{4})\b", r"(\d{4}\b"))
    with pytest.raises(PackError, match="not a valid regex.*X101-door-code.yaml"):
        Checker(load_pack(root))
    path.write_text(path.read_text().replace("kind: pattern", "kind: telepathy"))
    with pytest.raises(PackError, match="unknown detect kind 'telepathy'"):
        Checker(load_pack(root))
