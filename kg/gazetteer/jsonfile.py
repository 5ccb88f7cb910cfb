"""The built files' layout: one key a line, one line per item of the long list, so a rebuild's diff is small."""

from __future__ import annotations

import json
from pathlib import Path


def write_json(path: Path, comment: str, built: dict[str, object], listed: str) -> None:
    """One key a line, and one line per item of the `listed` key: small diffs, byte for byte reproducible."""
    lines = [f'  "{key}": {json.dumps(value, ensure_ascii=False)}' for key, value in built.items() if key != listed]
    items = ",\n".join(f"    {json.dumps(p, ensure_ascii=False)}" for p in built[listed])  # type: ignore[attr-defined]
    path.write_text("{\n" + f'  "_comment": {json.dumps(comment)},\n' + ''.join(f"{line},\n" for line in lines)
                    + f'  "{listed}": [\n' + items + "\n  ]\n}\n", encoding="utf-8")
