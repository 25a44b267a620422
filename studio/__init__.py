"""Qalam Studio: draft, review and rate articles offline, in Arabic and English."""

__version__ = "0.1.0"
