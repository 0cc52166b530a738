"""Pull the plug: SIGKILL a process mid-signing, many times; nothing acknowledged is lost."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.services.campaign import Campaign
from tests.services.vault_helpers import PASSPHRASE, new_campaign

CHILD = """
import random, sys
from desktop.services.campaign import Campaign
from tests.services.vault_helpers import sig
rng = random.Random(int(sys.argv[2]))
with Campaign.open(sys.argv[1]) as campaign:
    n = 0
    while True:
        s = sig(f"Crash signer {sys.argv[2]}-{n}", rng=rng)
        campaign.add_signature(s)
        sys.stdout.write(s.id + "\\n")
        sys.stdout.flush()
        n += 1
"""

ROUNDS = 32


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_at_random_moments_loses_nothing_acknowledged(tmp_path: Path) -> None:
    path = tmp_path / "crash.protestkit"
    new_campaign(path).close()
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    rng = random.Random(2026)
    acknowledged: set[str] = set()
    for round_no in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), str(round_no)],
            stdout=subprocess.PIPE,
            env=env,
            cwd=root,
        )
        assert child.stdout is not None
        first = b""
        if round_no % 6 == 5:
            # Now and then, kill while it is still starting or opening the file.
            time.sleep(rng.uniform(0.0, 0.6))
        else:
            # Mostly, kill during rapid writes: after its first acknowledgement.
            first = child.stdout.readline()
            assert first.endswith(b"\n"), "the writer died before its first signature"
            time.sleep(rng.uniform(0.0, 0.5))
        os.kill(child.pid, signal.SIGKILL)
        rest, _ = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL
        lines = (first + rest).decode().split("\n")
        acknowledged.update(line for line in lines[:-1] if line)  # the last may be cut short
        # The file opens after every crash and counts at least what was acknowledged.
        with Campaign.open(path) as campaign:
            assert campaign.count() >= len(acknowledged)
    assert len(acknowledged) > ROUNDS
    with Campaign.open(path) as campaign:
        campaign.unlock(PASSPHRASE)
        stored = {s.id for s in campaign.signatures()}
        assert acknowledged <= stored
        assert campaign.count() == len(stored)
        assert campaign.verify() == []
