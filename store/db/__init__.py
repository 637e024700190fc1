"""Storage layer: the store on disk and its API (``store.Store``, reads in ``ReadStore``).

Holds the stored schema and its version (``schema``), the catalog (``catalog``,
``json_storage``), the body segment (``bodies``), the writer lock (``lock``), the store's
files and what killed writers left (``files``, ``leftovers``), damage checks (``integrity``),
loading and reading (``read_store``), writing (``store``), folding an article's resolved
extraction into records (``linking``), relations read off the links (``actor_links``), an
agreement's story across articles (``story``, ``amounts``) and the exports (``export``,
``export_csv``, ``export_graph``, ``export_formats``). May import ``store.records``,
``store.text``, ``store.errors``, ``store.paths``, ``store.resolve`` and ``store.extract``
(the money rule a stored value is read back with); never search or the UI.
"""
