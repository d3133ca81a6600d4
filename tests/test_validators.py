import pytest

from postcheck.detectors.validators import chi_number_ok, hc_number_ok, mod11_ok, nhs_number_ok, plausible_date


@pytest.mark.parametrize("digits,ok", [
    ("9434765919", True), ("9434765918", False), ("4505577104", True), ("1234567890", False),
    ("0000000000", False), ("123", False), ("94347659191", False),
])
def test_nhs_checksum(digits, ok):
    assert nhs_number_ok(digits) is ok


def test_chi_needs_a_real_date_and_checksum():
    assert chi_number_ok("1904851231")
    assert not chi_number_ok("3213851234")  # 32nd day
    assert mod11_ok("1503724565") and chi_number_ok("1503724565")


def test_hc_number_range():
    assert hc_number_ok("3200000104")
    assert not hc_number_ok("9434765919")  # valid checksum, outside the H&C range


def test_plausible_dates():
    assert plausible_date(29, 2, 2024) and not plausible_date(29, 2, 2023)
    assert plausible_date(3, 4, 41) and not plausible_date(3, 13, 1941)
