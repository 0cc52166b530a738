"""Everything PySide6: windows, pages, dialogs, widgets, item models, background tasks."""

from desktop.ui import _refcount_guard  # noqa: F401  (before any Qt call: PySide6 6.12 bug)
