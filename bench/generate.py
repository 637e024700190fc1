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
DATA = ROOT / "store" / "data"

GIVEN = {
    "english": "James John Robert Michael William David Richard Joseph Thomas Charles Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Penny Lloyd Anthony Margaret Helen Andrew Peter Catherine Emily Oliver",
    "japanese": "Gen Takeshi Fumio Yoshihide Shinzo Taro Yoko Hiroshi Kenji Akira Naoki Haruka Yuki Satoshi Kazuo Minoru Emi Sanae Shigeru Koichi Tomomi Daisuke Ryota Aiko",
    "chinese": "Wei Fang Lei Jing Min Qiang Yan Jun Hui Tao Xin Ling Hong Bo Yi Chen Zhen Li Ying Kai",
    "korean": "Min-jun Seo-yeon Ji-hoon Ha-eun Joon-ho Soo-min Dong-hyun Yoon-seo Sung-min Hye-jin Jae-in Kyung-wha",
    "indian": "Rajnath Subrahmanyam Narendra Arjun Priya Anil Sunita Vikram Kavita Rahul Deepa Sanjay Nirmala Amit Pooja Ravi Lakshmi",
    "arabic": "Mohammed Ahmed Fatima Omar Layla Khalid Yousef Aisha Hassan Nour Abdullah Mariam Faisal Rania Tariq Salma",
    "spanish": "Carlos Maria Jose Lucia Javier Elena Miguel Carmen Alejandro Sofia Diego Isabel Pablo Gabriela Andres",
    "french": "Jean Marie Pierre Claire Emmanuel Sophie Laurent Camille Olivier Isabelle Nicolas Celine Sebastien Amelie",
    "german": "Olaf Annalena Boris Ursula Friedrich Katrin Jurgen Sabine Wolfgang Heike Matthias Birgit Lars Anke",
    "russian": "Sergei Dmitry Anna Vladimir Olga Alexei Tatiana Mikhail Irina Nikolai Yelena Andrei Svetlana",
    "african": "Cyril Amina Kwame Chinwe Oluwaseun Thabo Wanjiru Kofi Ngozi Sipho Abebe Fatou Jomo Adaeze",
    "indonesian": "Prabowo Retno Joko Sri Budi Dewi Agus Wulan Hendra Ayu Bambang Rina Sugiono",
}
SURNAMES = {
    "english": "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Thompson White Harris Clarke Lewis Walker Hall Allen Young Wright Austin Marles Wong Albanese Hastings Mercer Pemberton",
    "japanese": "Nakatani Iwaya Kishida Suga Abe Kono Kamikawa Hayashi Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Matsumoto Inoue Kimura Shimizu Ishiba Motegi",
    "chinese": "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Dong",
    "korean": "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Seo Kwon Hwang",
    "indian": "Singh Sharma Jaishankar Modi Patel Gupta Reddy Iyer Nair Rao Mehta Chopra Desai Kapoor Sitharaman Menon Bose",
    "arabic": "Al-Saud Haddad Nasser Khalil Mansour Farouk Saleh Hamdan Aziz Rahman Qureshi Bakr Othman",
    "spanish": "Garcia Rodriguez Martinez Lopez Gonzalez Hernandez Perez Sanchez Ramirez Torres Flores Rivera Morales Ortega",
    "french": "Dubois Lefebvre Moreau Laurent Simon Michel Leroy Roux Fournier Girard Bonnet Dupont Lambert Barrot",
    "german": "Muller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Scholz Baerbock Pistorius Koch",
    "russian": "Ivanov Smirnov Kuznetsov Popov Lavrov Shoigu Volkov Sokolov Morozov Petrov Belousov Orlov",
    "african": "Ramaphosa Okonkwo Mensah Adeyemi Kenyatta Mbeki Diallo Tshabalala Ochieng Abiodun Haile Ndlovu",
    "indonesian": "Subianto Marsudi Widodo Sugiarto Wibowo Santoso Hartono Pratama Kusuma Setiawan Gunawan",
}
ROLES = [
    "Defence Minister",
    "Foreign Minister",
    "Prime Minister",
    "President",
    "Trade Minister",
    "Defense Secretary",
    "Secretary of State",
    "Ambassador",
    "Finance Minister",
    "Deputy Prime Minister",
    "Chief of Defence Staff",
    "Energy Minister",
    "National Security Adviser",
    "Vice President",
    "Commerce Secretary",
    "Industry Minister",
    "Navy chief",
    "Chancellor",
    "Home Minister",
]
FALLBACK_COUNTRIES = [
    ("Japan", "Japanese", "Tokyo"),
    ("Australia", "Australian", "Canberra"),
    ("United States", "American", "Washington"),
    ("China", "Chinese", "Beijing"),
    ("India", "Indian", "New Delhi"),
    ("France", "French", "Paris"),
    ("Germany", "German", "Berlin"),
    ("United Kingdom", "British", "London"),
    ("Philippines", "Philippine", "Manila"),
    ("Indonesia", "Indonesian", "Jakarta"),
    ("South Korea", "South Korean", "Seoul"),
    ("Brazil", "Brazilian", "Brasilia"),
]
FALLBACK_ORGS = [
    "NATO",
    "ASEAN",
    "Quad",
    "European Union",
    "United Nations",
    "World Trade Organization",
    "G7",
    "IMF",
]
ADJECTIVES = [
    "Reciprocal Access",
    "Defence Cooperation",
    "Free Trade",
    "Comprehensive Strategic",
    "Maritime Security",
    "Nuclear Cooperation",
    "Critical Minerals",
    "Digital Economy",
    "Investment Protection",
    "Status of Forces",
    "Extradition",
    "Visa Waiver",
    "Fisheries",
    "Space Cooperation",
    "Climate Partnership",
    "Energy Security",
    "Semiconductor Supply",
    "Intelligence Sharing",
    "Economic Partnership",
    "Mutual Defence",
    "Customs Union",
    "Open Skies",
    "Science and Technology",
    "Cyber Security",
    "Information Security",
    "Health Cooperation",
]
HEADS = [
    "Agreement",
    "Treaty",
    "Pact",
    "Accord",
    "Framework",
    "Partnership",
    "Memorandum of Understanding",
    "Arrangement",
]
KNOWN_AGREEMENTS = [
    "AUKUS",
    "Reciprocal Access Agreement",
    "Paris Agreement",
    "New START",
    "Camp David Accords",
    "Quad Vaccine Partnership",
]
STATUSES = [
    "signed",
    "ratified",
    "announced",
    "proposed",
    "under negotiation",
    "entered into force",
    "under review",
]
TOPICS = [
    "maritime security",
    "supply chains",
    "critical minerals",
    "semiconductors",
    "climate finance",
    "cyber defence",
    "joint exercises",
    "arms exports",
    "port access",
    "undersea cables",
    "space surveillance",
    "food security",
    "energy transition",
    "rare earths",
    "shipbuilding",
    "missile defence",
    "disaster relief",
    "public health",
]
DEALS = [
    "defence contract",
    "arms deal",
    "naval contract",
    "infrastructure loan",
    "gas supply deal",
    "submarine contract",
    "trade package",
    "investment pledge",
]
OUTLETS = [
    "Cnews Live",
    "The Daily Ledger",
    "Pacific Wire",
    "Global Times Review",
    "Harbour Post",
    "Meridian News",
    "The Observer Desk",
]
MONTHS = (
    "January February March April May June July August September October November December".split()
)

SENTENCES = [
    "{P} said {C} and {C2} would deepen cooperation on {topic} under the {A}.",
    "Speaking in {cap}, {P} described the {A} as a milestone for regional stability.",
    "The {A}, {status} in {year}, commits both governments to regular consultations on {topic}.",
    "{C} also agreed to {deal_phrase}, officials said.",
    "Analysts noted that {dem} officials had pushed for stronger language on {topic} for months.",
    "{P2} met {P} on the sidelines of the {org} summit, where {topic} dominated the agenda.",
    "Critics in {cap} warned that the {A} could strain ties with {C3}.",
    "According to a joint statement, {C} and {C2} will hold talks on {topic} every {n} months.",
    "The agreement follows {n} rounds of negotiations that began in {year}.",
    "{S} told reporters that the deal was \u201cthe most significant step in a generation.\u201d",
    "{org} welcomed the announcement and urged other members to follow.",
    "Under the terms, {C2} will gain access to {dem} ports and airfields for {topic}.",
    "Officials from {org} said the {A} would be reviewed in {year2}.",
    "The two sides also discussed {topic}, {topic2} and closer coordination within {org}.",
    "{S} added that {C} remained open to talks with {C3} on {topic}.",
    "Markets in {cap} reacted calmly to the news, with shares of defence firms up {n} percent.",
    "Opposition lawmakers in {C} demanded that the {A} be put to a parliamentary vote.",
    "A spokesperson for {P} declined to comment on the value of the deal.",
    "The {A} builds on the {A2}, which was {status2} in {year2}.",
    "{P} and {P2} are expected to meet again in {cap2} later this year.",
    "The agreement was {status} after talks between {P} and {P2} in {cap}.",
    "Separately, {C3} and {C} announced {deal_phrase}.",
    "Diplomats said the pact reflects growing concern over {topic} across the region.",
    "{dem} media described the talks as frank and constructive.",
    "Neither government disclosed how the costs of {topic} would be shared.",
]
SENTENCES += [
    "The work will be carried out by {company}, which has a plant near {town}.",
    "{town}, a port city in {C}, is expected to host the new facility.",
    "Executives at {company} said production at {town} could begin within {n} years.",
    "Residents of {town} protested outside the offices of {company} on {weekday}.",
    "{company} and {company2} are competing for the first orders under the {A}.",
    "Local officials in {town} said the project would create {num} jobs.",
]
SYLLABLES = (
    "ka ri to ma ne so lu vi ber gen an el or is um ta ko ra mi sa do ve la tor mon "
    "bar cal der fal gar hol ken lin mar nor pal quin ros sal tam val wes yar zen"
).split()
ENDINGS = "son sen berg stein ova ez ani ato ira uro ski ville burg port ford ham dale mont".split()
COMPANY_KINDS = [
    "Holdings",
    "Industries",
    "Shipbuilding",
    "Defence Systems",
    "Energy",
    "Aerospace",
    "Logistics",
    "Minerals",
]
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
HEADLINES = [
    "{C} and {C2} sign {A} amid concerns over {topic}",
    "{C} and {C2} Cement Closer Ties on {Topic}",
    "{S} hails {A} as talks with {C2} conclude",
    "{C} announces {deal} with {C2}",
    "{org} members weigh {A} after {cap} meeting",
    "Why the {A} matters for {topic}",
]


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
