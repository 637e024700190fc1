"""The query engine: what the search box finds among names, titles and sentences, per keystroke.

Query words are matched against the vocabulary first (exact, near spellings of a similar
length, and completions of the word being typed), never by scanning every sentence. Name
entries (small) are then scored in full with dense arrays; sentences are found by walking
the rarest word's posting lists and checking the other words' lists, stopping as soon as
no further sentence can beat the ones already kept. Entity hits rank above sentence hits
of the same quality; ties break by kind, then weight (mentions), then name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from store.records import Actor, Agreement, ArticleMeta, Body
from store.search.columns import Joined
from store.search.postings import (
    ENTITY_KINDS,
    KIND_RANK,
    IndexData,
    SentenceText,
    build_data,
    clean_label,
)
from store.search.saved import load_data, save_data
from store.search.sentence_words import TermFeed
from store.search.tail import counts, has_tail, name_counts
from store.search.terms import MAX_QUERY_CHARS, label_terms, query_words
from store.search.vocabulary import Vocabulary, WordMatch
from store.text import fold

PREFIXES: dict[str, frozenset[str]] = {
    "p": frozenset({"person"}),
    "c": frozenset({"country"}),
    "o": frozenset({"organization"}),
    "a": frozenset({"agreement"}),
    "t": frozenset({"article", "sentence"}),
}
_PREFIX = re.compile(r"\s{0,64}([pcoatPCOAT]):")
SENTENCE_WEIGHT = 0.8  # a sentence hit scores below a name matched as well
COVERAGE_WEIGHT = 0.2  # a name scores up to this much more when the query covers all its words
CHUNKS = (1024, 4096, 16384)  # postings of the rarest word checked at a time (then the last)
EPSILON = 1e-4  # float32 sums against the float64 bound
MAX_SCAN = 1_000_000  # postings of the rarest word looked at per query, at most


@dataclass(frozen=True)
class Hit:
    kind: str  # person | country | organization | agreement | article | sentence
    id: str  # actor/agreement/article id
    label: str  # what to show (cleaned of control characters)
    score: float  # higher is better
    spans: tuple[tuple[int, int], ...]  # matched character ranges within label
    article: str | None = None  # for sentence hits
    sentence: int | None = None
    detail: str = ""  # the article title of a sentence hit; role or aliases of an actor


def parse_query(query: str) -> tuple[frozenset[str] | None, str]:
    """The kinds a prefix ("p:", "c:", "o:", "a:", "t:") narrows to, and the text to look for."""
    if not isinstance(query, str):
        return None, ""
    query = query[:MAX_QUERY_CHARS]
    m = _PREFIX.match(query)
    if m:
        return PREFIXES[m.group(1).lower()], query[m.end() :].strip()
    return None, query.strip()


class SearchIndex:
    """A loaded or freshly built index and the queries over it."""

    def __init__(self, data: IndexData) -> None:
        # plain ndarray views of the memory maps: same pages, without memmap's per-slice cost
        data.arrays = {
            name: arr if isinstance(arr, Joined) else np.asarray(arr)
            for name, arr in data.arrays.items()
        }
        self._data = data
        a = data.arrays
        self.generation = data.generation
        self._tail = has_tail(a)  # postings of sentences added since the base (``tail``)
        self._sent_counts = counts(a)
        self._vocab = Vocabulary(data.terms, self._sent_counts, name_counts(a))
        self._checked = np.zeros(len(data.terms), bool)  # sentence lists found in bounds
        # owner rows by slot; ``order`` the live slots in tie-break order (a grown index
        # leaves the old slots of rewritten records behind: their names are not found)
        slot_kind = np.asarray(data.owners.kinds, np.int8)
        order = np.asarray(a["owner_order"], np.int64)
        self._order = order
        self._rank = np.full(len(slot_kind), -1, np.int64)
        self._rank[order] = np.arange(len(order))
        entry_owner = np.asarray(a["name_owner"], np.int64)
        ranks = self._rank[entry_owner] if len(entry_owner) else entry_owner
        self._entry_owner = ranks.astype(np.int32)  # as narrow as the saved column: quicker sorts
        self._entry_live = self._entry_owner >= 0
        self._all_live = bool(self._entry_live.all())
        self._entry_kind = slot_kind[entry_owner] if len(entry_owner) else slot_kind[:0]
        self._owner_kind = slot_kind[order]
        self._name_tail = "name_tail_postings" in a and len(a["name_tail_postings"]) > 0

    # --- making one ------------------------------------------------------------------------

    @classmethod
    def build(
        cls,
        actors: Iterable[Actor],
        agreements: Iterable[Agreement],
        articles: Iterable[ArticleMeta],
        bodies: Iterable[Body],
        generation: int,
        sentence_text: SentenceText | None = None,
        prepared: TermFeed | None = None,
    ) -> SearchIndex:
        """Index plain records; see ``index.build_data``."""
        return cls(
            build_data(actors, agreements, articles, bodies, generation, sentence_text, prepared)
        )

    @property
    def reads_store(self) -> bool:
        """Whether sentences are read back from the store it was built from (an index built
        where it could not be saved keeps no texts): it is of no use once that store closes."""
        return self._data.sentence_text is not None

    def save(self, directory: Path) -> None:
        """Write to ``directory`` atomically (a temp folder beside it, then a rename)."""
        save_data(self._data, Path(directory))

    @classmethod
    def load(cls, directory: Path, generation: int | None = None) -> SearchIndex | None:
        """The index in ``directory``; None when missing, damaged, or of another generation."""
        data = load_data(Path(directory))
        if data is None or (generation is not None and data.generation != generation):
            return None
        return cls.from_data(data)

    @classmethod
    def from_data(cls, data: IndexData) -> SearchIndex | None:
        """Queries over loaded data; None when it does not hold together."""
        try:
            return cls(data)
        except Exception:  # noqa: BLE001 - a damaged index is rebuilt, never a crash
            return None

    def _postings(self, t: int) -> np.ndarray:
        """The sentence ids holding term ``t``. Each list is checked against the index's bounds
        the first time it is read (not at load, which would read every page of the largest
        file): a damaged list reads as empty, so a query can be wrong but never fails."""
        a = self._data.arrays
        plist = a["sentence_postings"][a["sentence_offsets"][t] : a["sentence_offsets"][t + 1]]
        if self._tail:
            off = a["sentence_tail_offsets"]
            if off[t + 1] > off[t]:
                plist = np.concatenate((plist, a["sentence_tail_postings"][off[t] : off[t + 1]]))
        if not self._checked[t]:
            if len(plist) and (int(plist.min()) < 0 or int(plist.max()) >= self._data.sentences):
                return plist[:0]
            self._checked[t] = True
        return plist

    # --- queries ---------------------------------------------------------------------------

    def search(self, query: str, limit: int = 50) -> list[Hit]:
        """The best hits for ``query``, at most ``limit``, best first, always the same order."""
        if limit <= 0:
            return []
        kinds, text = parse_query(query)
        words, typing = query_words(text)
        if not words:
            return self._listing(kinds, limit) if kinds and not text else []
        matches = [
            self._vocab.match(w, prefix=typing and i == len(words) - 1) for i, w in enumerate(words)
        ]
        found: list[tuple[float, int, int, int]] = []  # score, kind rank, owner/sentence, entry
        if kinds is None or kinds & ENTITY_KINDS:
            found += self._names(matches, kinds, limit)
        if kinds is None or "sentence" in kinds:
            found += self._sentences(matches, limit)
        found.sort(key=lambda f: (-f[0], f[1], f[2]))
        how = self._how(matches)
        return [hit for f in found[:limit] if (hit := self._hit(f, how)) is not None]

    def _listing(self, kinds: frozenset[str], limit: int) -> list[Hit]:
        """Every entity of the prefix's kinds (most mentioned first), for a bare "p:"."""
        ranks = [KIND_RANK[k] for k in kinds if k in ENTITY_KINDS]
        owners = np.flatnonzero(np.isin(self._owner_kind, ranks))[:limit]
        return [self._entity_hit(0.0, int(o), -1, {}) for o in owners]

    def _names(
        self, matches: list[WordMatch], kinds: frozenset[str] | None, limit: int
    ) -> list[tuple[float, int, int, int]]:
        a = self._data.arrays
        off, post = a["name_offsets"], a["name_postings"]
        t_off = a["name_tail_offsets"] if self._name_tail else off
        t_post = a["name_tail_postings"] if self._name_tail else post[:0]
        n = len(self._data.entries)
        if n == 0:
            return []
        total = np.zeros(n, np.float32)
        count = np.zeros(n, np.int16)
        for m in matches:
            sims = np.zeros(n, np.float32)
            for t, sim in zip(m.name_terms[::-1].tolist(), m.name_sims[::-1].tolist(), strict=True):
                sims[post[off[t] : off[t + 1]]] = sim  # ascending: the best sim is written last
                if self._name_tail:
                    sims[t_post[t_off[t] : t_off[t + 1]]] = sim
            total += sims
            count += sims > 0
        ok = count == len(matches)
        if not self._all_live:
            ok &= self._entry_live
        if kinds is not None:
            ok &= np.isin(self._entry_kind, [KIND_RANK[k] for k in kinds if k in ENTITY_KINDS])
        entries = np.flatnonzero(ok)
        if not len(entries):
            return []
        words = np.asarray(a["name_words"])[entries]
        cover = np.minimum(1.0, len(matches) / np.maximum(words, 1))
        score = total[entries] / len(matches) * ((1.0 - COVERAGE_WEIGHT) + COVERAGE_WEIGHT * cover)
        owner = self._entry_owner[entries]  # the owner's rank
        order = np.lexsort((entries, -score, owner))  # per owner: its best entry first
        first = np.ones(len(order), bool)
        first[1:] = owner[order][1:] != owner[order][:-1]
        best = order[first]
        best = best[np.lexsort((owner[best], -score[best]))][:limit]
        return [
            (
                round(float(score[i]), 4),
                int(self._owner_kind[owner[i]]),
                int(owner[i]),
                int(entries[i]),
            )
            for i in best
        ]

    def _sentences(self, matches: list[WordMatch], limit: int) -> list[tuple[float, int, int, int]]:
        n_sent = self._data.sentences
        if n_sent == 0 or any(len(m.sentence_terms) == 0 for m in matches):
            return []
        costs = [int(self._sent_counts[m.sentence_terms].sum()) for m in matches]
        order = sorted(range(len(matches)), key=lambda i: (costs[i], i))
        first, others = matches[order[0]], [(matches[i], costs[i]) for i in order[1:]]
        nq = len(matches)
        best_rest = sum(float(m.sentence_sims[0]) for m, _ in others)
        chunks = 0
        dense: dict[int, np.ndarray] = {}
        seen = np.zeros(n_sent, bool)
        kept_ids = np.zeros(0, np.int32)  # the best so far: scores at or above the k-th
        kept_scores = np.zeros(0, np.float32)
        kept = 0
        kth = -1.0
        scanned = 0
        for t, sim in zip(first.sentence_terms.tolist(), first.sentence_sims.tolist(), strict=True):
            bound = (sim + best_rest) / nq  # the best score a sentence from here can reach
            plist = self._postings(t)
            if kept >= limit and kth > bound + EPSILON:
                break  # no sentence of this term or the next can enter the top ``limit``
            lo = 0
            while lo < len(plist):
                # within one term later postings have higher ids, so a tie with the k-th
                # best loses too: stop as soon as the bound is reached
                if (kept >= limit and kth >= bound - EPSILON) or scanned >= MAX_SCAN:
                    break
                size = CHUNKS[min(chunks, len(CHUNKS) - 1)]
                chunks += 1
                cand = np.asarray(plist[lo : lo + size])
                lo += size
                scanned += len(cand)
                cand = cand[~seen[cand]]
                total = np.full(len(cand), sim, np.float32)
                for j, (m, cost) in enumerate(others):
                    if not len(cand):
                        break
                    s = self._member(m, cost, cand, dense, j, n_sent)
                    keep = s > 0
                    cand, total = cand[keep], total[keep] + s[keep]
                if len(cand):
                    seen[cand] = True
                    kept_ids = np.concatenate((kept_ids, cand))
                    kept_scores = np.concatenate((kept_scores, total / nq))
                    if len(kept_ids) >= limit:
                        cut = len(kept_scores) - limit
                        kth = float(np.partition(kept_scores, cut)[cut])
                        keep = kept_scores >= kth  # ties stay: the id breaks them at the end
                        kept_ids, kept_scores = kept_ids[keep], kept_scores[keep]
                    kept = len(kept_ids)
            if scanned >= MAX_SCAN:
                break
        if not kept:
            return []
        ids, scores = kept_ids, kept_scores * SENTENCE_WEIGHT
        best = np.lexsort((ids, -scores))[:limit]
        rank = KIND_RANK["sentence"]
        return [(round(float(scores[i]), 4), rank, int(ids[i]), -1) for i in best]

    def _member(
        self,
        m: WordMatch,
        cost: int,
        cand: np.ndarray,
        dense: dict[int, np.ndarray],
        j: int,
        n_sent: int,
    ) -> np.ndarray:
        """For each candidate sentence, the best sim of a term of ``m`` it holds (0: none)."""
        if j in dense:
            return dense[j][cand]
        if cost + n_sent // 4 < len(m.sentence_terms) * len(cand) * 8:
            arr = np.zeros(n_sent, np.float32)
            for t, sim in zip(
                m.sentence_terms[::-1].tolist(), m.sentence_sims[::-1].tolist(), strict=True
            ):
                arr[self._postings(t)] = sim
            dense[j] = arr
            return arr[cand]
        out = np.zeros(len(cand), np.float32)
        for t, sim in zip(m.sentence_terms.tolist(), m.sentence_sims.tolist(), strict=True):
            plist = self._postings(t)
            if not len(plist):
                continue
            at = np.minimum(np.searchsorted(plist, cand), len(plist) - 1)
            out = np.where((out == 0) & (plist[at] == cand), np.float32(sim), out)
        return out

    # --- hits ------------------------------------------------------------------------------

    def _how(self, matches: list[WordMatch]) -> dict[str, int]:
        """Matched term -> characters to mark (0: the whole word, n: a typed prefix of n)."""
        how: dict[str, int] = {}
        terms = self._data.terms
        for m in matches:
            for tid, length in m.how.items():
                word = terms[tid]
                if how.get(word, -1) != 0:
                    how[word] = length
        return how

    @staticmethod
    def _spans(label: str, how: dict[str, int]) -> tuple[tuple[int, int], ...]:
        spans = []
        for start, end, term in label_terms(label):
            length = how.get(term)
            if length is None:
                continue
            spans.append((start, end if length == 0 else min(end, start + length)))
        return tuple(spans)

    def _entity_hit(self, score: float, owner: int, entry: int, how: dict[str, int]) -> Hit:
        kind, id_, label, detail, _ = self._data.owners[int(self._order[owner])]
        if entry >= 0:
            form = self._data.entries[entry]
            if fold(form) not in fold(label) and form not in detail:
                detail = f"aka {form} · {detail}" if detail else f"aka {form}"
        spans = self._spans(label, how) if how else ()
        return Hit(kind, id_, label, score, spans, detail=detail)

    def _hit(self, found: tuple[float, int, int, int], how: dict[str, int]) -> Hit | None:
        score, rank, ref, entry = found
        if rank != KIND_RANK["sentence"]:
            return self._entity_hit(score, ref, entry, how)
        data = self._data
        article = int(data.arrays["sentence_article"][ref])
        if not 0 <= article < len(data.articles):  # a damaged index: drop the hit, not a crash
            return None
        article_id, title = data.articles[article]
        label = clean_label(data.sentence_label(ref))
        number = int(data.arrays["sentence_number"][ref])
        return Hit(
            "sentence",
            article_id,
            label,
            score,
            self._spans(label, how),
            article_id,
            number,
            title,
        )


__all__ = ["Hit", "SearchIndex", "parse_query"]
