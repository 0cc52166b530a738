"""Letter edits reach the campaign file once typing pauses, and always before it closes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.services.campaign import Campaign
from desktop.ui.session import CampaignSession


def _retitled(kit: Any, title: str) -> Any:
    return kit.model_copy(update={"title": {**kit.title, "en": title}})


def test_typing_is_saved_once_after_a_pause(qtbot: Any, sample_campaign: Path) -> None:
    session = CampaignSession()
    campaign = Campaign.open(sample_campaign)
    writes: list[Any] = []
    real_save = campaign.save_kit
    campaign.save_kit = lambda kit: (writes.append(kit), real_save(kit))  # type: ignore[method-assign]
    session.open(campaign, sample_campaign)
    kit = session.kit
    for letters in ("A", "Ab", "Abc", "Abcd"):
        session.set_kit(_retitled(kit, letters))
    assert writes == []  # no fsync per key press
    assert session.kit is not None
    assert session.kit.title["en"] == "Abcd"
    qtbot.waitUntil(lambda: len(writes) == 1, timeout=3000)
    assert writes[0].title["en"] == "Abcd"
    session.close()


def test_an_edit_is_on_disk_after_close_even_without_a_pause(sample_campaign: Path) -> None:
    session = CampaignSession()
    session.open(Campaign.open(sample_campaign), sample_campaign)
    assert session.kit is not None
    session.set_kit(_retitled(session.kit, "Written on close"))
    session.close()
    with Campaign.open(sample_campaign) as reopened:
        assert reopened.kit.title["en"] == "Written on close"


def test_whoever_reaches_the_file_sees_every_edit(sample_campaign: Path) -> None:
    session = CampaignSession()
    session.open(Campaign.open(sample_campaign), sample_campaign)
    assert session.kit is not None
    session.set_kit(_retitled(session.kit, "Shared after edit"))
    assert session.campaign.kit.title["en"] == "Shared after edit"
    session.close()
