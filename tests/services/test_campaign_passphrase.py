"""The passphrase hint steers people to several random words."""

from __future__ import annotations

import pytest

from desktop.services.passphrase import strength


@pytest.mark.parametrize(
    ("passphrase", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("password", "common"),
        ("Qwerty123", "common"),
        ("йцукен", "common"),
        ("aaaaaaaaaaaaaa", "repeated"),
        ("abcdefgh", "sequence"),
        ("1234567890", "common"),
        ("Tr0b!", "too_short"),
        ("x q z w m k", "short_words"),
    ],
)
def test_weak_passphrases_score_low_with_a_reason(passphrase: str, reason: str) -> None:
    result = strength(passphrase)
    assert result.reason == reason
    assert result.score <= 1


@pytest.mark.parametrize(
    "passphrase",
    ["correct horse battery staple", "мама мыла раму каждый вечер", "kjsdhf8723hjks!df"],
)
def test_strong_passphrases_score_high(passphrase: str) -> None:
    result = strength(passphrase)
    assert result.score >= 3
    assert result.reason == "strong"


def test_longer_is_never_weaker() -> None:
    assert strength("horse staple").score <= strength("horse staple battery").score
    assert strength("one long lowercase word").score >= strength("onelongword").score
