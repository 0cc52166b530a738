"""Reusable widgets: PDF preview, placeholder-aware text editor, debounced live preview."""
