"""Steady: a calm companion for the moment someone is crying or overwhelmed."""

__version__ = "0.1.0"
