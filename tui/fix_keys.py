"""The correction keys, and what a list or view that owns them provides (``Fixable``).

A list or view of actors or agreements mixes in ``Fixable``, adds the bindings of
``actor_bindings`` / ``agreement_bindings`` to its own, says which record its keys act on
(``fix_record``: the highlighted or viewed one) and which are marked (``fix_marked``), and
asks ``check_fix`` from its ``check_action``. Every key runs the action ``fix(op)``; the
palette reaches the same action through the app (``fix_owner`` finds the owner on the
screen: the focused one first). The conversations are in ``tui.fix_flows``.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual.binding import Binding
from textual.dom import DOMNode
from textual.widget import Widget

ACTOR_OPS: tuple[str, ...] = ("merge", "split", "rename", "kind", "delete")
AGREEMENT_OPS: tuple[str, ...] = (
    "merge", "split", "rename", "delete", "add_party", "remove_party", "set"
)
MARK_KEY = "space"


def _binding(key: str, op: str, description: str, show: bool = False) -> Binding:
    return Binding(key, f"fix('{op}')", description, show=show)


def mark_binding() -> Binding:
    return _binding(MARK_KEY, "mark", "Mark")  # help and palette; the footer has no room for it


def actor_bindings() -> list[Binding]:
    """The keys that correct an actor (lists and the actor view)."""
    return [
        _binding("M", "merge", "Merge", show=True),
        _binding("X", "split", "Split", show=True),
        _binding("R", "rename", "Rename", show=True),
        _binding("K", "kind", "Change kind", show=True),
        _binding("delete", "delete", "Delete"),
    ]


def view_bindings() -> list[Binding]:
    """The correction keys of the actor and agreement views: each view's ``check_fix``
    hides and refuses those of the other table (K for an agreement, S + - for an actor)."""
    keys = {b.key: b for b in [*actor_bindings(), *agreement_bindings()]}
    return list(keys.values())


def agreement_bindings() -> list[Binding]:
    """The keys that correct an agreement (the agreements pane and the agreement view)."""
    return [
        _binding("M", "merge", "Merge", show=True),
        _binding("X", "split", "Split", show=True),
        _binding("R", "rename", "Rename", show=True),
        _binding("S", "set", "Set status/year/value", show=True),
        _binding("plus", "add_party", "Add party"),
        _binding("minus", "remove_party", "Remove party"),
        _binding("delete", "delete", "Delete"),
    ]


class Fixable:
    """A node whose keys correct records of one table (``fix_table``)."""

    fix_table: str = "actor"
    fix_marks: ClassVar[bool] = False
    """Whether space marks records here (lists), for merging the marked ones."""

    def fix_record(self) -> str | None:
        """The record the keys act on now (None: none)."""
        raise NotImplementedError

    def fix_marked(self) -> list[str]:
        """The records marked for a merge, in the order marked."""
        return []

    def toggle_mark(self, id: str) -> None:
        """Mark or unmark a record (lists only)."""

    def clear_marks(self) -> None:
        """Forget the marks (after a merge)."""

    def fix_ops(self) -> tuple[str, ...]:
        ops = ACTOR_OPS if self.fix_table == "actor" else AGREEMENT_OPS
        return (*ops, "mark") if self.fix_marks else ops

    def check_fix(self, op: str) -> bool | None:
        """Whether ``op`` can run now (None hides its key: nothing to act on)."""
        return True if op in self.fix_ops() and self.fix_record() is not None else None

    def action_fix(self, op: str) -> None:
        node: Any = self
        record = self.fix_record()
        if record is None or op not in self.fix_ops():
            return
        from tui import fix_flows  # the dialogs load with the first correction, not at start

        if op == "mark":
            self.toggle_mark(record)
            node.refresh_bindings()
            return
        if op == "merge":  # the marked ones, or this one and the one marked, or a pick
            marked = self.fix_marked()
            ids = marked if len(marked) >= 2 else [record, *(m for m in marked if m != record)]
            # the marks go once the merge is made, not on Escape in its dialog (nothing changed)
            flow = fix_flows.merge(node, self.fix_table, ids[0], ids[1:], made=self.clear_marks)
            fix_flows.start(node, flow)
            return
        if op == "delete":
            fix_flows.start(node, fix_flows.delete(node, self.fix_table, record, self.after_delete))
            return
        if op in ("split", "rename"):
            flow = fix_flows.FLOWS[op](node, self.fix_table, record)
        else:
            flow = fix_flows.FLOWS[op](node, record)
        fix_flows.start(node, flow)

    def after_delete(self, result: Any) -> None:
        """What follows a delete made here (a view of the deleted record closes)."""


def fix_owner(screen: DOMNode, op: str) -> Fixable | None:
    """The node on ``screen`` whose keys would run ``op``: the focused one or its nearest
    owning ancestor, else the first owner on the screen that can run it now."""
    node: DOMNode | None = getattr(screen, "focused", None)
    while node is not None:
        if isinstance(node, Fixable) and node.check_fix(op):
            return node
        node = node.parent
    if isinstance(screen, Fixable) and screen.check_fix(op):
        return screen
    for widget in screen.query(Widget):
        if isinstance(widget, Fixable) and widget.check_fix(op):
            return widget
    return None
