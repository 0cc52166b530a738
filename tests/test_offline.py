"""The app makes no network connection: a whole command-line campaign runs with the network cut."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main, vault_commands
from desktop.services.sealing import TEST_KDF

PASSPHRASE = "correct horse battery staple"
_NETWORK_EVENTS = {
    "socket.connect",
    "socket.bind",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.sendto",
    "urllib.Request",
}
_watching: list[list[str]] = []


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if not _watching or event not in _NETWORK_EVENTS:
        return
    if event in {"socket.connect", "socket.bind", "socket.sendto"}:
        sock = args[0]
        if getattr(sock, "family", None) == socket.AF_UNIX:
            return  # a local pipe (multiprocessing's forkserver), not the network
    _watching[-1].append(f"{event} {args[1:]!r}")
    msg = f"network use: {event}"
    raise OSError(msg)


sys.addaudithook(_audit)  # audit hooks cannot be removed; it only acts inside `network_cut`


class _NoNetworkSocket(socket.socket):
    def __init__(self, family: int = -1, *args: Any, **kwargs: Any) -> None:
        if family not in (-1, socket.AF_UNIX):
            _watching[-1].append(f"socket.socket({family})")
            msg = "network use: socket.socket"
            raise OSError(msg)
        super().__init__(family, *args, **kwargs)


@pytest.fixture
def network_cut(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Any attempt to reach the network raises and is recorded in the yielded list."""
    attempts: list[str] = []
    monkeypatch.setattr(socket, "socket", _NoNetworkSocket)
    _watching.append(attempts)
    try:
        yield attempts
    finally:
        _watching.pop()


def test_the_cut_catches_a_connection(network_cut: list[str]) -> None:
    with pytest.raises(OSError, match="network use"):
        socket.create_connection(("192.0.2.1", 80), timeout=0.1)
    assert network_cut


def test_a_whole_campaign_runs_offline(
    network_cut: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    sample_kit_path: Path,
) -> None:
    monkeypatch.setattr(vault_commands, "KDF", TEST_KDF)
    monkeypatch.setenv("PROTEST_KIT_PASSPHRASE", PASSPHRASE)
    kit = str(sample_kit_path)
    camp = str(tmp_path / "a.protestkit")
    vol = str(tmp_path / "v.protestkit")
    packs = tmp_path / "packs"
    sheets = str(tmp_path / "sheets.pdf")
    steps = [
        ["kit", "validate", kit],
        ["letter", "--kit", kit, "--case", "kurmanov", "--recipient", "osce", "--lang", "kk"],
        ["campaign", "new", camp, "--kit", kit],
        ["sign", camp, "--case", "kurmanov", "--name", "Әсел Қожахметова", "--town", "Алматы"],
        ["share", camp, "--out", vol],
        ["sign", vol, "--case", "kurmanov", "--name", "Anna Lee", "--town", "Oslo"],
        ["merge", camp, vol],
        ["campaign", "info", camp],
        ["verify", camp],
        [
            "export",
            camp,
            "--case",
            "kurmanov",
            "--recipient",
            "all",
            "--out",
            str(packs),
            "--force",
        ],
        ["export-csv", camp, "--out", str(tmp_path / "s.csv")],
        ["sheets", "--kit", kit, "--case", "kurmanov", "--pages", "2", "--out", sheets],
    ]
    for argv in steps:
        assert main(argv) == 0, (argv, capsys.readouterr())
    pdfs = sorted(packs.glob("*.pdf"))
    assert pdfs
    assert main(["verify-pdf", str(pdfs[0]), camp]) == 0, capsys.readouterr()
    assert network_cut == []


def test_no_network_library_is_ever_imported() -> None:
    """Qt's own networking would bypass Python's sockets: no module of the app loads it."""
    script = (
        "import importlib, pkgutil, sys, desktop\n"
        "for m in pkgutil.walk_packages(desktop.__path__, 'desktop.'):\n"
        "    importlib.import_module(m.name)\n"
        "net = ('PySide6.QtNetwork', 'PySide6.QtWebEngineCore', 'http.client', 'urllib.request',\n"
        "       'ftplib', 'smtplib', 'xmlrpc.client', 'requests', 'urllib3', 'httpx')\n"
        "print(sorted(n for n in sys.modules if n in net))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.strip() == "[]"
