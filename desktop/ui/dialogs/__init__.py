"""Dialogs: each returns its answer through an ``ask(...)`` classmethod tests can replace.

Dialogs never write files or settings; the window does that with the answer.
"""
