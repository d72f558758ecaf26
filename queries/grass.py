"""The Neo4j Browser stylesheet ``browser.grass``, generated from the schema.

Drag ``queries/browser.grass`` onto the Browser's ``:style`` panel (or paste
:func:`grass_one_line` after ``:style`` in the editor: a multi-line style pasted there
breaks Neo4j Browser 5.24 until ``:style reset``). Each label gets its schema colour,
darkened where white captions would not read, and shows its ``name``. After a schema
change, regenerate the file with
``python -c "from aikg.queries import write_grass_stylesheet; write_grass_stylesheet()"``
(a test says when it is stale).
"""

from __future__ import annotations

from pathlib import Path

from aikg.schema.model import LABELS, MONEY_ROLES, RELATIONSHIPS

__all__ = ["GRASS_PATH", "grass_one_line", "grass_stylesheet", "write_grass_stylesheet"]

GRASS_PATH = Path(__file__).resolve().parent / "browser.grass"


def _shade(color: str, factor: float) -> str:
    """`color` (#rrggbb) with each channel multiplied by `factor`."""
    channels = [int(color[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{min(255, round(c * factor)):02X}" for c in channels)


def _luminance(color: str) -> float:
    """WCAG relative luminance of `color` (#rrggbb)."""

    def linear(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(int(color[i : i + 2], 16)) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_with_white(color: str) -> float:
    """The WCAG contrast ratio of white text on `color` (1 to 21).

    >>> round(contrast_with_white("#000000")), round(contrast_with_white("#FFFFFF"))
    (21, 1)
    """
    return 1.05 / (_luminance(color) + 0.05)


def dark_fill(color: str, ratio: float = 4.5) -> str:
    """`color`, darkened in steps (same hue) until white captions on it reach the WCAG
    contrast `ratio` (4.5: small text); the Browser's captions are small.

    >>> dark_fill("#EDC948") != "#EDC948", contrast_with_white(dark_fill("#EDC948")) >= 4.5
    (True, True)
    """
    fill = color.upper()
    factor = 1.0
    while contrast_with_white(fill) < ratio and factor > 0:
        factor -= 0.05
        fill = _shade(color, factor)
    return fill


def grass_stylesheet() -> str:
    """The Neo4j Browser GraSS stylesheet for the schema: each label's colour, caption name.

    Captions are white on each label's colour darkened just enough to read (WCAG 4.5:1),
    so light labels (Deal, Event) keep their hue. Money-carrying relationship types
    (schema MONEY_ROLES) are drawn thicker.
    """
    blocks = [
        "node {\n  diameter: 50px;\n  color: #A5ABB6;\n  border-color: #9AA1AC;\n"
        "  border-width: 2px;\n  text-color-internal: #FFFFFF;\n  font-size: 10px;\n}",
        "relationship {\n  color: #A5ABB6;\n  shaft-width: 1px;\n  font-size: 8px;\n"
        "  padding: 3px;\n  text-color-external: #000000;\n  text-color-internal: #FFFFFF;\n"
        '  caption: "<type>";\n}',
    ]
    for label in LABELS.values():
        color = dark_fill(label.color)
        blocks.append(
            f"node.{label.name} {{\n  color: {color};\n"
            f"  border-color: {_shade(color, 0.8)};\n"
            "  text-color-internal: #FFFFFF;\n"
            '  defaultCaption: "<id>";\n  caption: "{name}";\n}'
        )
    for rel_type in RELATIONSHIPS:
        if rel_type in MONEY_ROLES:
            blocks.append(
                f'relationship.{rel_type} {{\n  shaft-width: 3px;\n  caption: "<type>";\n}}'
            )
    return "\n\n".join(blocks) + "\n"


def grass_one_line() -> str:
    """The stylesheet as one line, to type after ``:style`` in the Browser's editor
    (``python -c "from aikg.queries import grass_one_line; print(grass_one_line())"``).

    >>> "\\n" in grass_one_line(), grass_one_line().startswith(":style node {")
    (False, True)
    """
    return ":style " + " ".join(grass_stylesheet().split())


def write_grass_stylesheet(path: Path = GRASS_PATH) -> Path:
    """Write :func:`grass_stylesheet` to ``path`` (default: ``queries/browser.grass``)."""
    path.write_text(grass_stylesheet(), encoding="utf-8")
    return path
