"""Text fit for a terminal: what kg prints carries file names, titles and article text, which anyone can write.

A control character reaching a terminal raw is a command to it: ESC sequences retitle the window, clear the
screen, move the cursor or hide text; a carriage return overwrites the line; bidirectional overrides reorder
what is shown. So every control character kg prints (C0 but newline and tab, DEL, C1, and the invisible
direction marks and overrides) becomes a visible escape, `\\u001b`: the same form JSON, Turtle and N-Triples
read back as the character, so a query's JSON answer and an export stay valid and lossless.
"""

from __future__ import annotations

import re

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_CONTROL_OR_NEWLINE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\x85]")


def _escape(found: re.Match[str]) -> str:
    return f"\\u{ord(found.group()):04x}"


def printable(text: str, *, one_line: bool = False) -> str:
    """`text` with its control characters escaped; `one_line` escapes newlines and tabs too (an error, a file name)."""
    return (_CONTROL_OR_NEWLINE if one_line else _CONTROL).sub(_escape, text)
