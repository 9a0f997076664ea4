#!/usr/bin/env python3
"""Generate england-and-wales.csv: England and Wales bank holidays 2008-2030.

Statutory pattern (Banking and Financial Dealings Act 1971, Sch. 1, plus the
standing royal proclamations for New Year's Day and the early May holiday) with
substitute days, then the one-off proclamations listed in ONE_OFFS.
Run: python3 generate.py  (rewrites the CSV beside this script; prints checks).
"""
import csv
import datetime as dt
import os

FIRST, LAST = 2008, 2030
D = dt.date

def easter_sunday(y):
    # Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    a = y % 19; b, c = divmod(y, 100); d, e = divmod(b, 4)
    f = (b + 8) // 25; g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return D(y, month, day)

def first_monday(y, m):
    d = D(y, m, 1)
    return d + dt.timedelta(days=(7 - d.weekday()) % 7)

def last_monday(y, m):
    nxt = D(y + (m == 12), m % 12 + 1, 1)
    d = nxt - dt.timedelta(days=1)
    return d - dt.timedelta(days=d.weekday())

def pattern(y):
    days = []
    ny = D(y, 1, 1)
    # New Year's Day on a weekend: the next Monday is the substitute.
    days.append((ny if ny.weekday() < 5 else ny + dt.timedelta(days=7 - ny.weekday()),
                 "New Year's Day" + ("" if ny.weekday() < 5 else " (substitute day)")))
    e = easter_sunday(y)
    days.append((e - dt.timedelta(days=2), "Good Friday"))
    days.append((e + dt.timedelta(days=1), "Easter Monday"))
    days.append((first_monday(y, 5), "Early May bank holiday"))
    days.append((last_monday(y, 5), "Spring bank holiday"))
    days.append((last_monday(y, 8), "Summer bank holiday"))
    xmas, boxing = D(y, 12, 25), D(y, 12, 26)
    wd = xmas.weekday()
    if wd == 5:    # Sat: Christmas -> Mon 27, Boxing -> Tue 28
        days += [(D(y, 12, 27), "Christmas Day (substitute day)"), (D(y, 12, 28), "Boxing Day (substitute day)")]
    elif wd == 6:  # Sun: Boxing Mon 26 stays, Christmas -> Tue 27
        days += [(boxing, "Boxing Day"), (D(y, 12, 27), "Christmas Day (substitute day)")]
    elif wd == 4:  # Fri: Boxing on Sat -> Mon 28
        days += [(xmas, "Christmas Day"), (D(y, 12, 28), "Boxing Day (substitute day)")]
    else:
        days += [(xmas, "Christmas Day"), (boxing, "Boxing Day")]
    return days

# One-off proclamations: (date removed from the pattern or None, date added, name).
ONE_OFFS = [
    (None, D(2011, 4, 29), "Royal wedding"),
    (D(2012, 5, 28), D(2012, 6, 4), "Spring bank holiday"),
    (None, D(2012, 6, 5), "Queen's Diamond Jubilee"),
    (D(2020, 5, 4), D(2020, 5, 8), "Early May bank holiday (VE day)"),
    (D(2022, 5, 30), D(2022, 6, 2), "Spring bank holiday"),
    (None, D(2022, 6, 3), "Platinum Jubilee bank holiday"),
    (None, D(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II"),
    (None, D(2023, 5, 8), "Bank holiday for the coronation of King Charles III"),
]

def build():
    days = dict()
    for y in range(FIRST, LAST + 1):
        for d, name in pattern(y):
            days[d] = name
    for removed, added, name in ONE_OFFS:
        if removed is not None:
            assert removed in days, removed
            del days[removed]
        assert added not in days, added
        days[added] = name
    return sorted(days.items())

def check(rows):
    # Easter Sundays from the Church of England tables, spot-checked.
    known = {2008: D(2008, 3, 23), 2011: D(2011, 4, 24), 2016: D(2016, 3, 27), 2019: D(2019, 4, 21),
             2024: D(2024, 3, 31), 2025: D(2025, 4, 20), 2026: D(2026, 4, 5), 2030: D(2030, 4, 21)}
    for y, e in known.items():
        assert easter_sunday(y) == e, (y, easter_sunday(y), e)
    for d, _ in rows:
        assert d.weekday() < 5, f"{d} falls on a weekend"
    per_year = {}
    for d, _ in rows:
        per_year[d.year] = per_year.get(d.year, 0) + 1
    for y, n in per_year.items():
        expected = 8 + (y in (2011, 2012, 2022, 2023)) + (y == 2022)
        assert n == expected, (y, n, expected)

if __name__ == "__main__":
    rows = build()
    check(rows)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "england-and-wales.csv")
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["date", "name"])
        for d, name in rows:
            w.writerow([d.isoformat(), name])
    print(f"wrote {len(rows)} bank holidays {FIRST}-{LAST} to {out}")
