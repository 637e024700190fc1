"""Seeded synthetic news corpus for the benchmarks: realistic articles about agreements.

Each article (~600 words) has a headline, sometimes a byline, a date line and a dateline,
and paragraphs of news prose from templates naming persons (with offices and countries),
countries (all states, from ``store/extract/data/countries.json`` when present), organisations and
agreements (named "<Country>-<Country> <Adjective> <Noun>", well-known ones, and unnamed
deals "worth $X billion"). Names come from large pools (thousands of people from given-name
and surname lists of several cultures) so extraction, resolution and search do real work.

    python bench/generate.py --n 10000 --seed 7 --out bench/corpora/10k
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "store" / "extract" / "data"

from wordlists import (  # noqa: E402  (bench/ is on the path when run as a script)
    ADJECTIVES,
    COMPANY_KINDS,
    DEALS,
    ENDINGS,
    FALLBACK_COUNTRIES,
    FALLBACK_ORGS,
    GIVEN,
    HEADLINES,
    HEADS,
    KNOWN_AGREEMENTS,
    MONTHS,
    OUTLETS,
    ROLES,
    SENTENCES,
    STATUSES,
    SURNAMES,
    SYLLABLES,
    TOPICS,
    WEEKDAYS,
)


def _load_countries() -> list[tuple[str, str, str]]:
    try:
        data = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))
        out = []
        for c in data["countries"]:
            dem = (c.get("demonyms") or [c["name"]])[0]
            cap = (c.get("capitals") or [c["name"]])[0]
            out.append((c["name"], dem, cap))
        return out or FALLBACK_COUNTRIES
    except (OSError, KeyError, ValueError, TypeError):
        return FALLBACK_COUNTRIES


def _load_orgs() -> list[str]:
    try:
        data = json.loads((DATA / "organizations.json").read_text(encoding="utf-8"))
        names = [o["name"] for o in data["known"] if o.get("type") != "outlet"]
        return names or FALLBACK_ORGS
    except (OSError, KeyError, ValueError, TypeError):
        return FALLBACK_ORGS


def _load_agreements() -> list[str]:
    try:
        data = json.loads((DATA / "agreements.json").read_text(encoding="utf-8"))
        names = [a["name"] if isinstance(a, dict) else str(a) for a in data["known"]]
        return names or KNOWN_AGREEMENTS
    except (OSError, KeyError, ValueError, TypeError):
        return KNOWN_AGREEMENTS


class Pools:
    """The names articles draw from, with a skewed popularity so some recur a lot."""

    def __init__(self, rng: random.Random, n_people: int) -> None:
        self.countries = _load_countries()
        self.orgs = _load_orgs()
        people: dict[str, tuple[str, str, int]] = {}
        cultures = list(GIVEN)
        fixed = [
            ("Gen Nakatani", "Defence Minister", "Japan"),
            ("Penny Wong", "Foreign Minister", "Australia"),
            ("Richard Marles", "Defence Minister", "Australia"),
            ("Lloyd Austin", "Defense Secretary", "United States"),
            ("Takeshi Iwaya", "Foreign Minister", "Japan"),
            ("Fumio Kishida", "Prime Minister", "Japan"),
        ]
        names = {c[0] for c in self.countries}
        self.people = [
            (n, r, c if c in names else rng.choice(self.countries)[0]) for n, r, c in fixed
        ]
        seen = {p[0] for p in self.people}
        coined = sorted({_coin(rng) for _ in range(max(2000, n_people // 3))})
        while len(self.people) < n_people:
            culture = rng.choice(cultures)
            family = SURNAMES[culture].split() if rng.random() < 0.5 else coined
            name = f"{rng.choice(GIVEN[culture].split())} {rng.choice(family)}"
            if rng.random() < 0.08:
                name = f"{rng.choice(GIVEN[culture].split())} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {name.split(' ', 1)[1]}"
            if name in seen:
                continue
            seen.add(name)
            self.people.append((name, rng.choice(ROLES), rng.choice(self.countries)[0]))
        del people
        self.towns = sorted({_coin(rng) for _ in range(max(300, n_people // 2))})
        self.companies = sorted(
            {f"{_coin(rng)} {rng.choice(COMPANY_KINDS)}" for _ in range(max(300, n_people // 3))}
        )
        self.agreements = list(dict.fromkeys(_load_agreements() + KNOWN_AGREEMENTS))
        for _ in range(max(200, n_people // 4)):
            a, b = rng.sample(self.countries, 2)
            self.agreements.append(f"{a[0]}-{b[0]} {rng.choice(ADJECTIVES)} {rng.choice(HEADS)}")
        self.agreements = list(dict.fromkeys(self.agreements))

    def pick(self, rng: random.Random, items: list, skew: float = 1.6):
        """A popular item more often than a rare one (a power law over the list)."""
        return items[min(len(items) - 1, int(len(items) * rng.random() ** (skew * 2)))]


def _coin(rng: random.Random) -> str:
    """A made-up proper name ("Korisberg"), so the vocabulary grows with the corpus."""
    word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3))) + rng.choice(ENDINGS)
    return word.capitalize()


def _money(rng: random.Random) -> str:
    cur = rng.choice(["$", "A$", "\u20ac", "\u00a3", "\u00a5"])
    if rng.random() < 0.7:
        return f"{cur}{rng.randint(1, 40)}.{rng.randint(0, 9)} billion"
    return f"{cur}{rng.randint(50, 950)} million"


def article(rng: random.Random, pools: Pools, words: int = 600) -> str:
    """One article as file text."""
    c, c2, c3 = rng.sample(pools.countries, 3)
    person = pools.pick(rng, pools.people)
    person2 = pools.pick(rng, pools.people)
    ag = pools.pick(rng, pools.agreements, 1.2)
    ag2 = pools.pick(rng, pools.agreements, 1.2)
    org = pools.pick(rng, pools.orgs, 1.3)
    year = rng.randint(1995, 2025)
    topic, topic2 = rng.sample(TOPICS, 2)
    deal = rng.choice(DEALS)

    def full(p: tuple[str, str, str]) -> str:
        name, role, country = p
        form = rng.random()
        if form < 0.5:
            return f"{country}'s {role} {name}"
        if form < 0.8:
            return f"{role} {name}"
        return name

    def surname(p: tuple[str, str, str]) -> str:
        return p[0].split()[-1]

    slots = {
        "C": c[0],
        "C2": c2[0],
        "C3": c3[0],
        "dem": c[1],
        "cap": c[2],
        "cap2": c2[2],
        "A": ag,
        "A2": ag2,
        "org": org,
        "year": year,
        "year2": year + rng.randint(1, 5),
        "topic": topic,
        "topic2": topic2,
        "Topic": topic.title(),
        "deal": f"{_money(rng)} {deal}",
        "status": rng.choice(STATUSES),
        "status2": rng.choice(STATUSES),
    }
    title = rng.choice(HEADLINES).format(S=surname(person), **slots)
    lines = [title, ""]
    if rng.random() < 0.4:
        lines += [f"By {pools.pick(rng, pools.people)[0]}", ""]
    if rng.random() < 0.5:
        lines += [f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2019, 2025)}", ""]
    paragraphs: list[str] = []
    count = 0
    first = True
    while count < words:
        sentences = []
        for _ in range(rng.randint(2, 4)):
            who = rng.random()
            p_text = full(person) if who < 0.6 else full(pools.pick(rng, pools.people))
            p2_text = full(person2) if first or rng.random() < 0.5 else surname(person2)
            slots_now = dict(slots)
            slots_now.update(
                P=p_text,
                P2=p2_text,
                S=surname(person),
                n=rng.randint(2, 12),
                deal_phrase=f"a {deal} worth {_money(rng)}"
                if rng.random() < 0.7
                else f"a memorandum of understanding on {rng.choice(TOPICS)}",
                topic=rng.choice(TOPICS) if rng.random() < 0.3 else topic,
                town=pools.pick(rng, pools.towns, 1.0),
                company=pools.pick(rng, pools.companies, 1.0),
                company2=pools.pick(rng, pools.companies, 1.0),
                weekday=rng.choice(WEEKDAYS),
                num=f"{rng.randint(1, 30) * 100:,}",
            )
            s = rng.choice(SENTENCES).format(**slots_now)
            sentences.append(s)
            first = False
        para = " ".join(sentences)
        if not paragraphs and rng.random() < 0.6:
            para = (f"{c[2].upper()} \u2014 " if rng.random() < 0.5 else f"{c[2]}: ") + para
        paragraphs.append(para)
        count += len(para.split())
    lines.append("\n\n".join(paragraphs))
    if rng.random() < 0.3:
        lines += ["", f"Follow {rng.choice(OUTLETS)} for more updates."]
    return "\n".join(lines) + "\n"


def generate(n: int, seed: int, out: Path, words: int = 600) -> float:
    """Write ``n`` articles into ``out``; return the seconds it took."""
    start = time.perf_counter()
    rng = random.Random(seed)
    pools = Pools(rng, n_people=max(500, min(30_000, n // 2)))
    out.mkdir(parents=True, exist_ok=True)
    width = max(6, len(str(n)))
    for i in range(n):
        text = article(rng, pools, words)
        (out / f"{i:0{width}d}.txt").write_text(text, encoding="utf-8")
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="articles to write")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--words", type=int, default=600, help="words per article (about)")
    args = ap.parse_args(argv)
    seconds = generate(args.n, args.seed, args.out, args.words)
    print(f"wrote {args.n} articles to {args.out} in {seconds:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
