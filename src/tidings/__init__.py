"""Tidings: news in, calibrated and explained probabilities out."""

from __future__ import annotations

__version__ = "0.1.0"
