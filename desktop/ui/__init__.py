"""Everything PySide6: windows, pages, dialogs, widgets, item models, background tasks."""
