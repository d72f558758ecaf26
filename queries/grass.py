"""The Neo4j Browser stylesheet ``browser.grass``, generated from the schema.

Drag ``queries/browser.grass`` onto the Browser's ``:style`` panel: each label gets its
schema colour and shows its ``name``. After a schema change, regenerate the file with
``python -c "from aikg.queries import write_grass_stylesheet; write_grass_stylesheet()"``
(a test says when it is stale).
"""

from __future__ import annotations

from pathlib import Path

from aikg.schema.model import LABELS, MONEY_ROLES, RELATIONSHIPS

__all__ = ["GRASS_PATH", "grass_stylesheet", "write_grass_stylesheet"]

GRASS_PATH = Path(__file__).resolve().parent / "browser.grass"


def _shade(color: str, factor: float) -> str:
    """`color` (#rrggbb) with each channel multiplied by `factor`."""
    channels = [int(color[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{min(255, round(c * factor)):02X}" for c in channels)


def _text_color(color: str) -> str:
    """Black or white, whichever reads better on `color` (WCAG relative luminance)."""

    def linear(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(int(color[i : i + 2], 16)) for i in (1, 3, 5))
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "#000000" if luminance > 0.179 else "#FFFFFF"


def grass_stylesheet() -> str:
    """The Neo4j Browser GraSS stylesheet for the schema: each label's colour, caption name.

    Money-carrying relationship types (schema MONEY_ROLES) are drawn thicker.
    """
    blocks = [
        "node {\n  diameter: 50px;\n  color: #A5ABB6;\n  border-color: #9AA1AC;\n"
        "  border-width: 2px;\n  text-color-internal: #FFFFFF;\n  font-size: 10px;\n}",
        "relationship {\n  color: #A5ABB6;\n  shaft-width: 1px;\n  font-size: 8px;\n"
        "  padding: 3px;\n  text-color-external: #000000;\n  text-color-internal: #FFFFFF;\n"
        '  caption: "<type>";\n}',
    ]
    for label in LABELS.values():
        color = label.color.upper()
        blocks.append(
            f"node.{label.name} {{\n  color: {color};\n"
            f"  border-color: {_shade(color, 0.8)};\n"
            f"  text-color-internal: {_text_color(color)};\n"
            '  defaultCaption: "<id>";\n  caption: "{name}";\n}'
        )
    for rel_type in RELATIONSHIPS:
        if rel_type in MONEY_ROLES:
            blocks.append(
                f'relationship.{rel_type} {{\n  shaft-width: 3px;\n  caption: "<type>";\n}}'
            )
    return "\n\n".join(blocks) + "\n"


def write_grass_stylesheet(path: Path = GRASS_PATH) -> Path:
    """Write :func:`grass_stylesheet` to ``path`` (default: ``queries/browser.grass``)."""
    path.write_text(grass_stylesheet(), encoding="utf-8")
    return path
