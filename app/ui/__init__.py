"""Steady's Qt widgets: thin views that draw snapshots and pass on what the person asks for."""
