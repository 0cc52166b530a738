"""The station's look: big type and big targets for fingers, high contrast for daylight."""

from __future__ import annotations

STATION_STYLE = """
QWidget#station, QWidget#form_holder { background: #f4f3ee; }
QScrollArea#form_scroll { background: #f4f3ee; }
QWidget#station QLabel { font-size: 17px; color: #212121; }
QWidget#station QLabel#heading { font-size: 30px; font-weight: bold; }
QWidget#station QLabel#statement_title { font-size: 15px; color: #5d4037; font-weight: bold; }
QScrollArea#statement_scroll { background: white; border: 1px solid #d7ccc8; border-radius: 8px; }
QWidget#station QLabel#statement { font-size: 20px; background: white; padding: 10px 16px; }
QLineEdit {
    min-height: 40px; font-size: 20px; padding: 2px 10px;
    border: 2px solid #9e9e9e; border-radius: 6px; background: white; color: #212121;
}
QLineEdit:focus { border-color: #1565c0; }
QLineEdit[invalid="true"] { border-color: #c62828; background: #fff5f5; }
QWidget#station QLabel[role="field"] { padding: 8px 0 0 0; margin: 0; }
QWidget#station QLabel[role="error"] { color: #c62828; font-size: 16px; font-weight: bold; }
QCheckBox::indicator { width: 30px; height: 30px; }
QPushButton {
    min-height: 46px; font-size: 19px; padding: 2px 24px; border-radius: 8px;
    border: 2px solid #8d8d8d; background: #fafafa; color: #212121;
}
QPushButton:pressed { background: #e0e0e0; }
QPushButton[role="primary"] {
    background: #2e7d32; border-color: #1b5e20; color: white; font-weight: bold;
    min-width: 170px;
}
QPushButton[role="primary"]:pressed { background: #1b5e20; }
QPushButton[role="primary"]:disabled { background: #a5d6a7; border-color: #a5d6a7; }
QPushButton[role="language"] { min-height: 40px; font-size: 17px; padding: 2px 16px; }
QPushButton[role="language"]:checked {
    background: #37474f; border-color: #37474f; color: white;
}
QWidget#station QLabel[role="thanks"] { font-size: 56px; font-weight: bold; color: #2e7d32; }
QWidget#station QLabel[role="count"] { font-size: 34px; }
QWidget#station QLabel[role="hint"] { font-size: 18px; color: #616161; }
QWidget#station QLabel[role="failed"] { font-size: 36px; font-weight: bold; color: #b71c1c; }
"""
