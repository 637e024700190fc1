"""pactscope's data core, one subpackage per layer, data flowing one way.

``parse`` (files -> ``Article``) -> ``extract`` (``Article`` -> ``Extraction``) -> ``resolve``
(hits -> store-wide ids) -> ``db`` (the store on disk) -> ``search`` (the index). ``ingest``
runs the pipeline; ``doctor`` checks and repairs a store. ``records``, ``text``, ``errors``
and ``paths`` are shared by every layer. Nothing in this package imports Textual.
"""

__version__ = "0.1.0"
