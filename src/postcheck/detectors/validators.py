"""Checksums and date checks that turn a weak digit pattern into a confident identifier.

A validator that passes raises a match to near-certain; one that fails drops it (as
Presidio does for the NHS number), because ten random digits pass mod 11 only one time in
eleven and order numbers are common in posts.
"""

from __future__ import annotations

from datetime import date

_WEIGHTS = (10, 9, 8, 7, 6, 5, 4, 3, 2)


def mod11_ok(digits: str) -> bool:
    """The NHS / CHI / H&C check digit: weights 10..2, check = 11 - (sum mod 11); 11→0, 10 invalid."""
    if len(digits) != 10 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    total = sum(int(d) * w for d, w in zip(digits, _WEIGHTS))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def nhs_number_ok(digits: str) -> bool:
    """England and Wales NHS number (also the Isle of Man): mod 11, first digit 3-9 typical.

    H&C numbers (Northern Ireland) use 320 000 0001 – 399 999 9999; CHI numbers (Scotland)
    start with a DDMMYY date. All three share the checksum.
    """
    return mod11_ok(digits)


def hc_number_ok(digits: str) -> bool:
    return mod11_ok(digits) and 3200000000 <= int(digits) <= 3999999999


def chi_number_ok(digits: str) -> bool:
    if not mod11_ok(digits):
        return False
    day, month, year = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    for century in (1900, 2000):
        try:
            date(century + year, month, day)
            return True
        except ValueError:
            continue
    return False


def plausible_date(day: int, month: int, year: int | None) -> bool:
    if year is not None and year < 100:
        year += 1900 if year > 30 else 2000
    try:
        date(year or 2000, month, day)
    except ValueError:
        return False
    return year is None or 1880 <= year <= 2100
