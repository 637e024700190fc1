"""The network export: actors and agreements as a graph, as GraphML or GEXF (Gephi, networkx).

Nodes are actors (person, country, organisation) and agreements, with their name, kind,
ISO code, status, year and article count as attributes. Edges, undirected, each with a
``relation`` and a ``weight``:

- ``party_of``: an actor and an agreement it is a party to (weight 1);
- ``holds_role_in``: a person and the country or body they hold office for (weight: how many
  roles say so; ``titles`` lists them);
- ``appears_with``: two actors named in the same articles (weight: how many articles);
- ``part_of``: an agreement and the larger one it was made under (weight 1).

A pair linked in more than one way gets one edge per relation. Written atomically like
every export; XML is escaped and characters XML cannot hold are dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from store.db.export import write_file
from store.db.schema import ACTORS, AGREEMENTS, ARTICLES
from store.db.store import Store

FORMATS = ("graphml", "gexf")
# Characters XML 1.0 cannot carry at all.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

NODE_KEYS: tuple[tuple[str, str], ...] = (
    ("label", "string"), ("kind", "string"), ("code", "string"), ("status", "string"),
    ("year", "int"), ("articles", "int"),
)  # fmt: skip
EDGE_KEYS: tuple[tuple[str, str], ...] = (("relation", "string"), ("weight", "double"), ("titles", "string"))


@dataclass(slots=True)
class Network:
    """The graph as plain data: node id -> attributes, and (relation, a, b) -> attributes."""

    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    edges: dict[tuple[str, str, str], dict[str, Any]] = field(default_factory=dict)


def network(store: Store) -> Network:
    """The actors-and-agreements network of a store (see the module docstring)."""
    net = Network()
    for a in store.in_order(ACTORS):
        net.nodes[a.id] = {"label": a.name, "kind": a.kind, "code": a.code, "articles": len(a.articles)}
    for g in store.in_order(AGREEMENTS):
        net.nodes[g.id] = {"label": g.name, "kind": "agreement", "status": g.status,
                           "year": g.year, "articles": len(g.articles)}  # fmt: skip
        for party in dict.fromkeys(g.parties):
            if party in net.nodes:
                net.edges[("party_of", party, g.id)] = {"weight": 1.0}
    for g in store.in_order(AGREEMENTS):
        if g.part_of and g.part_of in net.nodes and g.part_of != g.id:
            net.edges[("part_of", g.id, g.part_of)] = {"weight": 1.0}
    for a in store.in_order(ACTORS):
        titles: dict[str, list[str]] = {}
        for r in a.roles:
            if r.affiliation and r.affiliation in net.nodes and r.affiliation != a.id:
                titles.setdefault(r.affiliation, []).append(r.title)
        for place, said in titles.items():
            net.edges[("holds_role_in", a.id, place)] = {
                "weight": float(len(said)),
                "titles": "; ".join(dict.fromkeys(said)),
            }
    shared: Counter[tuple[str, str]] = Counter()
    for meta in store.in_order(ARTICLES):
        present = sorted({x for x in meta.actors if x in net.nodes})
        shared.update(combinations(present, 2))
    for (a, b), n in shared.items():
        net.edges[("appears_with", a, b)] = {"weight": float(n)}
    return net


def _text(value: Any) -> str:
    return _NOT_XML.sub("", str(value))


def _attr(value: Any) -> str:
    return quoteattr(_text(value))


def graphml_chunks(net: Network) -> Iterator[bytes]:
    """The network as GraphML (undirected), one element a line."""
    yield (
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        b'<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        b'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        b'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        b'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
    )
    for name, kind in NODE_KEYS:
        yield f'  <key id="{name}" for="node" attr.name="{name}" attr.type="{kind}"/>\n'.encode()
    for name, kind in EDGE_KEYS:
        yield f'  <key id="e_{name}" for="edge" attr.name="{name}" attr.type="{kind}"/>\n'.encode()
    yield b'  <graph id="pactscope" edgedefault="undirected">\n'
    for node, attrs in net.nodes.items():
        data = "".join(
            f'<data key="{k}">{_escaped(v)}</data>' for k, _ in NODE_KEYS if (v := attrs.get(k)) is not None
        )
        yield f"    <node id={_attr(node)}>{data}</node>\n".encode()
    for i, ((relation, a, b), attrs) in enumerate(net.edges.items()):
        data = f'<data key="e_relation">{relation}</data>' + "".join(
            f'<data key="e_{k}">{_escaped(v)}</data>'
            for k, _ in EDGE_KEYS[1:]
            if (v := attrs.get(k)) is not None
        )
        yield f'    <edge id="e{i}" source={_attr(a)} target={_attr(b)}>{data}</edge>\n'.encode()
    yield b"  </graph>\n</graphml>\n"


def gexf_chunks(net: Network) -> Iterator[bytes]:
    """The network as GEXF 1.2 (undirected), with node and edge attributes declared."""
    yield (
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        b'<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">\n'
        b'  <meta><creator>pactscope</creator></meta>\n'
        b'  <graph mode="static" defaultedgetype="undirected">\n'
        b'    <attributes class="node">\n'
    )
    node_keys = NODE_KEYS[1:]  # the label is the node's own label
    types = {"int": "integer", "double": "double", "string": "string"}
    for i, (name, kind) in enumerate(node_keys):
        yield f'      <attribute id="{i}" title="{name}" type="{types[kind]}"/>\n'.encode()
    yield b'    </attributes>\n    <attributes class="edge">\n'
    yield b'      <attribute id="0" title="relation" type="string"/>\n'
    yield b'      <attribute id="1" title="titles" type="string"/>\n'
    yield b"    </attributes>\n    <nodes>\n"
    for node, attrs in net.nodes.items():
        values = "".join(
            f'<attvalue for="{i}" value={_attr(v)}/>'
            for i, (k, _) in enumerate(node_keys)
            if (v := attrs.get(k)) is not None
        )
        yield f"      <node id={_attr(node)} label={_attr(attrs['label'])}><attvalues>{values}</attvalues></node>\n".encode()
    yield b"    </nodes>\n    <edges>\n"
    for i, ((relation, a, b), attrs) in enumerate(net.edges.items()):
        values = f'<attvalue for="0" value="{relation}"/>'
        if attrs.get("titles"):
            values += f'<attvalue for="1" value={_attr(attrs["titles"])}/>'
        yield (
            f'      <edge id="{i}" source={_attr(a)} target={_attr(b)} label="{relation}" '
            f'weight="{attrs["weight"]}"><attvalues>{values}</attvalues></edge>\n'
        ).encode()
    yield b"    </edges>\n  </graph>\n</gexf>\n"


def _escaped(value: Any) -> str:
    return _text(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def graph_chunks(store: Store, fmt: str) -> Iterator[bytes]:
    """The network of ``store`` as ``fmt`` (graphml or gexf), in pieces."""
    net = network(store)
    return graphml_chunks(net) if fmt == "graphml" else gexf_chunks(net)


def write_graph(store: Store, out: Path, fmt: str, *, force: bool = False) -> None:
    """The network of ``store`` to ``out`` as ``fmt`` (graphml or gexf), atomically."""
    write_file(store, Path(out), graph_chunks(store, fmt), force=force)
