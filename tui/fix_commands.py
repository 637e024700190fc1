"""The commands that correct the store: undo, redo, the suggestions and history screens, and
one command per correction of a record (``FixCommand``), whose key lives on the list or view
that holds the record (``tui.fix_keys``) while the palette runs it through the app.
"""

from __future__ import annotations

from typing import ClassVar

from textual.dom import DOMNode

from tui.command_base import PaletteCommand
from tui.fix_keys import fix_owner


class Undo(PaletteCommand):
    title = "Undo correction"
    words = "undo take back revert fix"
    help = "Take back the newest correction still in force (the store as if it had never been made)"
    key = "u"
    action = "app.undo"
    scope = "screen"  # dialogs and search give "u" a meaning of their own (it is typed)
    footer = "Undo"
    show = False  # the history screen shows it; help and palette list it


class Redo(Undo):
    title = "Redo correction"
    words = "redo again fix"
    help = "Make the correction taken back last again"
    key = "ctrl+r"
    action = "app.redo"
    footer = "Redo"


class Suggestions(PaletteCommand):
    title = "Suggestions"
    words = "duplicates same merge dedupe cluster"
    help = "Likely duplicate actors and agreements, best first: merge or keep apart"
    key = "D"
    action = "app.suggestions"
    scope = "screen"
    footer = "Dupes"
    show = False  # the footer has no room at 80 columns; help and palette list it


class Corrections(PaletteCommand):
    title = "Corrections history"
    words = "history log undo redo fixes"
    help = "Every correction made to the store, with its time, note and state"
    key = "H"
    action = "app.corrections"
    scope = "screen"
    footer = "History"
    show = False


class FixCommand(PaletteCommand):
    """A correction of the record a list or view holds: the key lives on that list or view
    (``tui.fix_keys``); the palette runs it through the app on the one that can."""

    op: ClassVar[str] = ""
    scope = "palette"
    where = "Actors and agreements"

    @classmethod
    def available(cls, screen: DOMNode) -> bool:
        """Whether a list or view of ``screen`` (the one under the palette) can run it now."""
        return fix_owner(screen, cls.op) is not None


class MarkRecord(FixCommand):
    title = "Mark for merging"
    words = "select tag merge"
    help = "Mark the highlighted actor or agreement of a list; M then merges the marked ones"
    key = "space"
    action = "app.fix('mark')"
    op = "mark"


class MergeRecords(FixCommand):
    title = "Merge"
    words = "join same duplicate combine"
    help = "Merge the marked records, or this one with one picked by name"
    key = "M"
    action = "app.fix('merge')"
    op = "merge"


class SplitRecord(FixCommand):
    title = "Split"
    words = "separate two different"
    help = "Move the mentions of chosen articles to a new record"
    key = "X"
    action = "app.fix('split')"
    op = "split"


class RenameRecord(FixCommand):
    title = "Rename"
    words = "name call"
    help = "Give the record another name (the old one stays an alias)"
    key = "R"
    action = "app.fix('rename')"
    op = "rename"


class ChangeKind(FixCommand):
    title = "Change kind"
    words = "person country organisation organization type"
    help = "Make an actor a person, a country or an organisation"
    key = "K"
    action = "app.fix('kind')"
    op = "kind"


class DeleteRecord(FixCommand):
    title = "Delete record"
    words = "remove false wrong"
    help = "Delete a false actor or agreement (its mentions are unmarked)"
    key = "delete"
    action = "app.fix('delete')"
    op = "delete"


class AddParty(FixCommand):
    title = "Add party"
    words = "signatory member join"
    help = "Add an actor, picked by name, to the agreement's parties"
    key = "plus"
    action = "app.fix('add_party')"
    op = "add_party"


class RemoveParty(FixCommand):
    title = "Remove party"
    words = "signatory member drop"
    help = "Take an actor off the agreement's parties"
    key = "minus"
    action = "app.fix('remove_party')"
    op = "remove_party"


class SetField(FixCommand):
    title = "Set status, year or value"
    words = "status year value field correct"
    help = "Set an agreement's status, year or value, with a note saying why"
    key = "S"
    action = "app.fix('set')"
    op = "set"


FIX_COMMANDS: list[type[PaletteCommand]] = [
    MarkRecord,
    MergeRecords,
    SplitRecord,
    RenameRecord,
    ChangeKind,
    DeleteRecord,
    AddParty,
    RemoveParty,
    SetField,
]
