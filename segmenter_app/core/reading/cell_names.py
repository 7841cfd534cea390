"""How spreadsheets name columns: 0 ↔ 'A', 25 ↔ 'Z', 27 ↔ 'AB' — for the reader of
the workbook's XML, the headers of empty header cells and ``--map ROLE=C``."""

from __future__ import annotations


def column_letter(index: int) -> str:
    """0 → 'A', 27 → 'AB' (how Excel names columns)."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def column_number(letters: str) -> int:
    """'A' → 0, 'AB' → 27 (upper-case letters, as a cell reference writes them)."""
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number - 1
