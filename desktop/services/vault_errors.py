"""The signature vault's errors (re-exported by :mod:`desktop.services.campaign`)."""

from __future__ import annotations


class CampaignError(Exception):
    """A campaign file problem a person can act on; the message says what and where."""


class WrongPassphrase(CampaignError):  # noqa: N818 - the names the design fixed
    """The passphrase does not unlock this campaign's key (the file itself looks intact)."""


class NotACampaign(CampaignError):  # noqa: N818 - the names the design fixed
    """The file is not a Protest Kit campaign (another SQLite file, a kit, a photo...)."""


class NewerVersion(CampaignError):  # noqa: N818 - the names the design fixed
    """The campaign was written by a newer Protest Kit; this version will not touch it."""


class DamagedCampaign(CampaignError):  # noqa: N818 - the names the design fixed
    """The file is truncated, corrupted or its records were tampered with."""


class Locked(CampaignError):  # noqa: N818 - the names the design fixed
    """Reading signatures needs the private key: unlock the campaign first."""


class NoPrivateKey(Locked):
    """This file carries no private key (a volunteer file, or street mode)."""


class StorageFull(CampaignError):  # noqa: N818 - the names the design fixed
    """The disk is full: the last signature was NOT stored; the file is unchanged."""
