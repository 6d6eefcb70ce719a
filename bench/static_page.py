#!/usr/bin/env python3
"""Writes the baseline for the benchmark: a plain HTML page with the app's first screen of
/internships (header, heading, the first 20 open internships, soonest deadline first) as
server-rendered cards with the app's own markup and stylesheet, and no script at all.

    python3 bench/static_page.py DATA_DIR CSS_HREF [--today YYYY-MM-DD] > page.html

It is what the app's first screen costs without wasm and without the data download, so the
ratio app/static says how much of the first-visible time the app architecture adds.
Standard library only.
"""

import argparse
import datetime as dt
import html
import json
import os

PAGE_SIZE = 20  # the app's PAGE_SIZE in src/domain/paging.rs
CLOSING_SOON_DAYS = 7  # src/domain/deadline.rs
# English names the app shows (src/i18n/en.rs), for the countries the generator uses.
COUNTRIES = {"KZ": "Kazakhstan", "KG": "Kyrgyzstan", "UZ": "Uzbekistan", "RU": "Russia", "CN": "China",
             "US": "United States", "DE": "Germany", "AZ": "Azerbaijan", "TR": "Türkiye", "KR": "South Korea"}
MODES = {"onsite": "On site", "remote": "Remote", "hybrid": "Hybrid"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def shown(value, lang="en"):
    """A Text in the reader's language, else the first of en, ru, kk (as the app does)."""
    if isinstance(value, str):
        return value
    for code in (lang, "en", "ru", "kk"):
        if code in value:
            return value[code]
    return next(iter(value.values()))


def badge(days):
    if days == 0:
        return "badge badge-soon", "closes today"
    if days == 1:
        return "badge badge-soon", "closes tomorrow"
    return ("badge badge-soon" if days <= CLOSING_SOON_DAYS else "badge badge-open"), f"closes in {days} days"


def card(item, partners, today):
    e = html.escape
    deadline = dt.date.fromisoformat(item["deadline"])
    days = (deadline - today).days
    badge_class, badge_text = badge(days)
    host = partners.get(item["host"])
    host_name = shown(host["name"]) if host else item["host"]
    paid = " · Paid" if item["paid"] else ""
    soon = " closing-soon" if days <= CLOSING_SOON_DAYS else ""
    return (
        f'<li class="card{soon}"><div class="card-head"><h3><a href="/internships/{e(item["id"])}"><span>{e(shown(item["title"]))}</span></a></h3>'
        f'<button class="save-button" type="button" aria-pressed="false"><span aria-hidden="true">☆ </span>Save</button></div>'
        f'<p class="meta"><a href="/partners/{e(item["host"])}"><span>{e(host_name)}</span></a> · <span>{e(shown(item["city"]))}</span>, '
        f'{e(COUNTRIES.get(item["country"], item["country"]))} · {MODES[item["mode"]]}{paid}</p>'
        f'<p class="deadline">Apply by <time datetime="{deadline}">{deadline.day} {MONTHS[deadline.month - 1]} {deadline.year}</time> '
        f'<span class="{badge_class}">{badge_text}</span></p></li>'
    )


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data")
    ap.add_argument("css_href")
    ap.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today())
    args = ap.parse_args()
    load = lambda name: json.load(open(os.path.join(args.data, name), encoding="utf-8"))["items"]
    partners = {p["id"]: p for p in load("partners.json")}
    internships = load("internships.json")
    today = args.today.isoformat()
    # The app's default view: open ones (today <= deadline), soonest deadline first, file order on ties.
    order = sorted((i for i in enumerate(internships) if i[1]["deadline"] >= today), key=lambda p: (p[1]["deadline"], p[0]))
    first = [card(item, partners, args.today) for _, item in order[:PAGE_SIZE]]
    nl = "\n"
    print(f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Internships — static baseline</title>
<link rel="stylesheet" href="{html.escape(args.css_href)}">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header"><a href="/" class="brand"><span class="brand-mark" aria-hidden="true">◆</span><span>Social Partnership</span></a>
<nav aria-label="Sections"><ul><li><a href="/partners">Partners</a></li><li><a href="/internships" aria-current="page">Internships</a></li><li><a href="/programs">Programs</a></li><li><a href="/news">News</a></li><li><a href="/network">The network</a></li><li><a href="/saved"><span aria-hidden="true">★ </span>Saved<span class="saved-count"> (0)</span></a></li></ul></nav></header>
<main id="main" tabindex="-1">
<h1>Internships</h1>
<p class="lede">Internships that partners open to students. Open ones come first, the soonest deadline at the top.</p>
<ul class="cards">
{nl.join(first)}
</ul>
</main>
</body>
</html>""")


if __name__ == "__main__":
    main()
