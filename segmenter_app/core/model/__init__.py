"""Segmentation, the CustomerDocument with its change events, commands."""
