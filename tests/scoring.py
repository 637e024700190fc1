"""Our port of the gold scorer: how close an export is to hand-made answers.

``score(gold_dir, export)`` pairs each exported article with its gold file (by the base name
of ``file``), matches predicted to gold records by name (greedy, score >= 90 on a normalised,
order-insensitive comparison; unnamed agreements also by parties plus one keyword), and
returns per-kind precision/recall/F1, header-field accuracy, role and affiliation accuracy,
agreement party F1, boilerplate leak, body coverage and cross-article resolution. The summary
figure ``entity_f1`` is the mean F1 of persons, countries, organisations and agreements.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

try:
    from rapidfuzz import fuzz

    def _sort_ratio(a: str, b: str) -> float:
        return fuzz.token_sort_ratio(a, b)

    def _set_ratio(a: str, b: str) -> float:
        return fuzz.token_set_ratio(a, b)
except ImportError:  # stdlib fallback, close enough for scoring
    from difflib import SequenceMatcher

    def _sort_ratio(a: str, b: str) -> float:
        return 100 * SequenceMatcher(None, " ".join(sorted(a.split())), " ".join(sorted(b.split()))).ratio()

    def _set_ratio(a: str, b: str) -> float:
        sa, sb = set(a.split()), set(b.split())
        if sa <= sb or sb <= sa:
            return 100.0
        return _sort_ratio(a, b)


KINDS = ("persons", "countries", "organizations", "agreements")
EXPORT_KIND = {"persons": "person", "countries": "country", "organizations": "organization"}
SPELLING = {"defence": "defense", "programme": "program", "organisation": "organization"}


def norm(text: str | None) -> str:
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    words = [SPELLING.get(w, w) for w in text.split()]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def names_of(record: dict) -> set[str]:
    out = {norm(record.get("name"))}
    out.update(norm(a) for a in record.get("aliases") or [])
    out.discard("")
    return out


def name_score(pred: set[str], gold: set[str]) -> float:
    if pred & gold:
        return 100.0
    best = 0.0
    for p in pred:
        for g in gold:
            s = _sort_ratio(p, g)
            if min(len(p.split()), len(g.split())) >= 2:
                s = max(s, _set_ratio(p, g) - 5)  # subset match, e.g. "X-Y Reciprocal Access Agreement"
            best = max(best, s)
    return best


def match(preds: list[dict], golds: list[dict], kind: str, party_names) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing of predicted to gold records by name score."""
    scored = []
    for i, p in enumerate(preds):
        pn = names_of(p)
        for j, g in enumerate(golds):
            s = name_score(pn, names_of(g))
            if kind == "agreements" and s < 90 and g.get("unnamed"):
                s = max(s, unnamed_score(p, g, party_names))
            if s >= 90:
                scored.append((s, i, j))
    scored.sort(reverse=True)
    used_p, used_g, pairs = set(), set(), []
    for _s, i, j in scored:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def unnamed_score(pred: dict, gold: dict, party_names) -> float:
    """An unnamed gold agreement matches a prediction with its parties and one of its keywords."""
    gold_parties = {norm(x) for x in gold.get("parties") or []}
    pred_parties = set()
    for party in pred.get("parties") or []:
        pred_parties |= party_names(party)
    if not gold_parties or not all(any(name_score({gp}, {pp}) >= 90 for pp in pred_parties) for gp in gold_parties):
        return 0.0
    text = " ".join(names_of(pred))
    if any(norm(k) and norm(k) in text for k in gold.get("keywords") or []):
        return 90.0
    return 0.0


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def field_ok(pred, gold, fuzzy: bool) -> bool:
    if gold in (None, ""):
        return pred in (None, "")
    if pred in (None, ""):
        return False
    if not fuzzy:
        return norm(str(pred)) == norm(str(gold))
    return _sort_ratio(norm(str(pred)), norm(str(gold))) >= 85 or norm(str(gold)) in norm(str(pred))


def load_export(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    for key in ("articles", "actors", "agreements"):
        if not isinstance(data.get(key), list):
            raise ValueError(f"export has no list '{key}'")
    return data


def score(gold_dir: Path, export: dict, verbose: bool = False) -> dict:
    golds = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))}
    if not golds:
        raise ValueError(f"no gold files in {gold_dir}")
    actors = {a["id"]: a for a in export["actors"]}
    by_article: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for a in export["actors"]:
        kind = {v: k for k, v in EXPORT_KIND.items()}.get(a.get("kind"))
        if kind:
            for art in a.get("articles") or []:
                by_article[art][kind].append(a)
    for ag in export["agreements"]:
        for art in ag.get("articles") or []:
            by_article[art]["agreements"].append(ag)

    def party_names(party) -> set[str]:
        if isinstance(party, str) and party in actors:
            return names_of(actors[party])
        if isinstance(party, dict):
            return names_of(party)
        return {norm(str(party))}

    articles = {}
    for art in export["articles"]:
        stem = Path(str(art.get("file") or "")).stem
        articles[stem] = art

    counts = {k: [0, 0, 0] for k in KINDS}
    fields = defaultdict(lambda: [0, 0])
    roles = [0, 0]
    affiliations = [0, 0]
    parties = [0.0, 0]
    leaks = [0, 0]
    coverage = [0, 0]
    seen: dict[tuple[str, str], list] = defaultdict(list)  # (kind, gold name) -> [pred id or None per article]
    problems: list[str] = []

    for stem, gold in golds.items():
        art = articles.get(stem)
        if art is None:
            problems.append(f"{stem}: no exported article")
            for kind in KINDS:
                counts[kind][2] += len(gold.get(kind) or [])
                for g in gold.get(kind) or []:
                    seen[(kind, g["name"])].append(None)
            continue
        for name, fuzzy in (("title", False), ("dateline", True), ("byline", True), ("published", False), ("source", True)):
            if name in gold:
                ok = field_ok(art.get(name), gold[name], fuzzy)
                fields[name][0] += ok
                fields[name][1] += 1
                if not ok and verbose:
                    problems.append(f"{stem}: {name} {art.get(name)!r} != gold {gold[name]!r}")
        body = norm(" ".join(art.get("paragraphs") or []))
        for line in gold.get("boilerplate") or []:
            if norm(line):
                leaks[1] += 1
                if norm(line) in body:
                    leaks[0] += 1
                    if verbose:
                        problems.append(f"{stem}: boilerplate in body: {line[:60]!r}")
        for sent in gold.get("body_must_contain") or []:
            coverage[1] += 1
            if norm(sent) in body:
                coverage[0] += 1
            elif verbose:
                problems.append(f"{stem}: body lacks: {sent[:60]!r}")

        preds = by_article.get(art["id"], {})
        for kind in KINDS:
            p_list = preds.get(kind, [])
            g_list = gold.get(kind) or []
            pairs = match(p_list, g_list, kind, party_names)
            tp = len(pairs)
            counts[kind][0] += tp
            counts[kind][1] += len(p_list) - tp
            counts[kind][2] += len(g_list) - tp
            matched_g = {j: i for i, j in pairs}
            for j, g in enumerate(g_list):
                seen[(kind, g["name"])].append(p_list[matched_g[j]]["id"] if j in matched_g else None)
            if verbose:
                matched_p = {i for i, _ in pairs}
                for i, p in enumerate(p_list):
                    if i not in matched_p:
                        problems.append(f"{stem}: extra {kind[:-1]}: {p.get('name')!r}")
                for j, g in enumerate(g_list):
                    if j not in matched_g:
                        problems.append(f"{stem}: missed {kind[:-1]}: {g['name']!r}")
            for i, j in pairs:
                p, g = p_list[i], g_list[j]
                if kind == "persons" and g.get("role"):
                    roles[1] += 1
                    titles = [norm(r.get("title")) for r in p.get("roles") or [] if isinstance(r, dict)]
                    if any(_sort_ratio(t, norm(g["role"])) >= 85 or norm(g["role"]) in t for t in titles if t):
                        roles[0] += 1
                    elif verbose:
                        problems.append(f"{stem}: role of {g['name']!r}: {titles} != {g['role']!r}")
                if kind == "persons" and g.get("affiliation"):
                    affiliations[1] += 1
                    affs = [r.get("affiliation") for r in p.get("roles") or [] if isinstance(r, dict)]
                    affs_names = set()
                    for aff in affs:
                        if aff:
                            affs_names |= party_names(aff)
                    if affs_names and name_score(affs_names, {norm(g["affiliation"])}) >= 90:
                        affiliations[0] += 1
                if kind == "agreements" and g.get("parties"):
                    gp = [norm(x) for x in g["parties"]]
                    pp = [party_names(x) for x in p.get("parties") or []]
                    hit = sum(1 for x in gp if any(name_score(n, {x}) >= 90 for n in pp))
                    prec_hit = sum(1 for n in pp if any(name_score(n, {x}) >= 90 for x in gp))
                    pr = prec_hit / len(pp) if pp else 0.0
                    rc = hit / len(gp)
                    parties[0] += 2 * pr * rc / (pr + rc) if pr + rc else 0.0
                    parties[1] += 1

    resolved = [0, 0]
    for (kind, name), ids in seen.items():
        if len(ids) >= 2:
            resolved[1] += 1
            if None not in ids and len(set(ids)) == 1:
                resolved[0] += 1
            elif verbose:
                problems.append(f"not one record across articles: {kind[:-1]} {name!r}: {ids}")

    result = {"articles": len(golds), "kinds": {}, "fields": {}, "problems": problems}
    for kind in KINDS:
        tp, fp, fn = counts[kind]
        p, r, f = prf(tp, fp, fn)
        result["kinds"][kind] = {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f}
    for name, (ok, n) in fields.items():
        result["fields"][name] = ok / n if n else None
    ratio = lambda pair: pair[0] / pair[1] if pair[1] else None  # noqa: E731
    result["role_accuracy"] = ratio(roles)
    result["affiliation_accuracy"] = ratio(affiliations)
    result["party_f1"] = ratio(parties)
    result["boilerplate_leak"] = ratio(leaks)
    result["body_coverage"] = ratio(coverage)
    result["cross_article_resolution"] = ratio(resolved)
    result["entity_f1"] = sum(result["kinds"][k]["f1"] for k in KINDS) / len(KINDS)
    return result
