"""Dialogs over the window: help, settings, memories, keyboard shortcuts."""
