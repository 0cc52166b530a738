"""Protest Kit: an offline desktop app for solidarity campaigns."""

__version__ = "0.1.0"
APP_NAME = "Protest Kit"
APP_ID = "protest-kit"
ORG_NAME = "Protest Kit"
ORG_DOMAIN = "protestkit.invalid"
