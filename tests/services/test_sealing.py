"""Seals, codes and key wrapping: the pieces the vault's promises rest on."""

from __future__ import annotations

import random

import pytest
from nacl.public import PrivateKey

from desktop.domain.signature import Signature
from desktop.services import sealing
from desktop.services.campaign import CampaignError, DamagedCampaign, WrongPassphrase
from tests.services.vault_helpers import sig


def test_canonical_form_is_stable_and_round_trips() -> None:
    one = sig("Анна Ли", rng=random.Random(4))
    again = Signature.model_validate_json(sealing.canonical_signature(one))
    assert again == one
    assert sealing.canonical_signature(again) == sealing.canonical_signature(one)


def test_seal_opens_only_with_the_campaign_key() -> None:
    private, public = sealing.generate_key_pair()
    one = sig("Anna", rng=random.Random(1))
    blob = sealing.seal_signature(one, public)
    assert b"Anna" not in blob
    assert len(blob) % sealing.PAD_BLOCK == 48 % sealing.PAD_BLOCK  # padded, plus seal overhead
    assert sealing.Unsealer(private).open_signature(blob) == one
    with pytest.raises(DamagedCampaign):
        sealing.Unsealer(bytes(PrivateKey.generate())).open_signature(blob)
    with pytest.raises(DamagedCampaign):
        sealing.Unsealer(private).open_signature(blob[:-1] + bytes([blob[-1] ^ 1]))


def test_two_seals_of_the_same_signature_differ() -> None:
    _, public = sealing.generate_key_pair()
    one = sig("Anna")
    assert sealing.seal_signature(one, public) != sealing.seal_signature(one, public)


def test_name_length_is_blurred_by_padding() -> None:
    _, public = sealing.generate_key_pair()
    short = sealing.seal_signature(sig("Al"), public)
    longer = sealing.seal_signature(sig("Alexandra"), public)
    assert len(short) == len(longer)


def test_key_code_reads_aloud() -> None:
    _, public = sealing.generate_key_pair()
    code = sealing.key_code(public)
    groups = code.split("-")
    assert [len(g) for g in groups] == [4] * 5
    assert all(g.isdigit() for g in groups)
    assert sealing.key_code(public) == code
    _, other = sealing.generate_key_pair()
    assert sealing.key_code(other) != code


def test_recovery_code_round_trip_and_typos() -> None:
    private, _ = sealing.generate_key_pair()
    code = sealing.recovery_code(private)
    assert sealing.parse_recovery_code(code) == private
    # People type O for 0 and l for 1, and in lower case.
    assert sealing.parse_recovery_code(code.lower().replace("0", "o")) == private
    chars = list(code)
    index = next(i for i, c in enumerate(chars) if c not in "-0")
    chars[index] = "0"
    with pytest.raises(CampaignError, match="mistyped"):
        sealing.parse_recovery_code("".join(chars))
    with pytest.raises(CampaignError, match="characters"):
        sealing.parse_recovery_code(code[:-2])


def test_wrapped_key_needs_the_passphrase() -> None:
    private, public = sealing.generate_key_pair()
    wrapped = sealing.wrap_private_key(private, "pass phrase", sealing.TEST_KDF)
    assert private not in wrapped.box
    assert bytes(sealing.unwrap_private_key(wrapped, "pass phrase", public)) == private
    with pytest.raises(WrongPassphrase):
        sealing.unwrap_private_key(wrapped, "pass phrasE", public)
    restored = sealing.WrappedKey.from_json(wrapped.to_json())
    assert restored == wrapped
    with pytest.raises(DamagedCampaign):
        sealing.WrappedKey.from_json({"salt": "!!"})


def test_hostile_kdf_parameters_are_refused() -> None:
    private, public = sealing.generate_key_pair()
    wrapped = sealing.wrap_private_key(private, "p", sealing.TEST_KDF)
    huge = sealing.WrappedKey(wrapped.salt, sealing.KdfParams(10**6, 2**40), wrapped.box)
    with pytest.raises(DamagedCampaign, match="implausible"):
        sealing.unwrap_private_key(huge, "p", public)


def test_calibration_never_goes_below_the_minimums() -> None:
    params = sealing.calibrate_kdf(target_seconds=0.0)
    assert params.ops >= 3
    assert params.mem >= 64 * 1024 * 1024
