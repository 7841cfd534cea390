"""Segmenter: customers by share of wallet and satisfaction, prioritised per manager."""

__version__ = "0.1.0"
