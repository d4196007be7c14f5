"""Contrast computed from the theme (issue 12, item 8): every text colour on what it is
shown on, every control outline on what surrounds it, for both palettes.

The pairs come from the rendered style sheet (resources/theme.qss with a palette of
kiosk/ui/theme.py filled in): each rule's colour, background and border colours, after
the cascade of the rules that apply to the same widget (``QPushButton`` under
``QPushButton#secondary:pressed``), and states combined (``#secondary`` + ``:pressed``).
A rule without a background of its own sits on the page or on a card (the overlay
panels, the consent): both are checked. The pairs painted in code are declared next to
the palettes (``theme.PAINTED_PAIRS``).

WCAG 2.2: text 4.5:1 (1.4.3; 7:1, 1.4.6, in high contrast), outlines and graphics 3:1
(1.4.11), the focus indicator 3:1 against what is next to it (2.4.13). Disabled controls
are exempt from 1.4.3, but the kiosk keeps their words readable anyway: 4.5:1 here.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kiosk.ui import theme
from kiosk.ui.setup import resources_dir

PALETTES = tuple(theme.PALETTES)

# Widgets whose words are text to check (the others are containers or decoration).
TEXT_TYPES = {"QLabel", "QPushButton", "QLineEdit", "QCheckBox", "QRadioButton", "QListWidget"}
# Controls whose outline identifies them (WCAG 1.4.11).
CONTROL_TYPES = {"QPushButton", "QLineEdit", "QCheckBox", "QRadioButton", "QListView",
                 "QListWidget", "CheckRow"}
# Text shown on a background given by another rule, not on the page or a card.
SITS_ON = {
    "#resultTitle": "QWidget#checkinResult",
    "#resultDetail": "QWidget#checkinResult",
    "#resultExtra": "QWidget#checkinResult",
    "#resultHint": "QWidget#checkinResult",
    "#scanButtonText": "QPushButton#scanButton",
}
# Buttons whose words are a label inside them, checked as that label.
WORDLESS = {"#scanButton": "its words are QLabel#scanButtonText, on its background"}
# Lines that only decorate (WCAG 1.4.11 asks nothing of them), with the reason.
DECORATIVE = {
    "QListWidget#searchHits::item": "the line between two search hits; each hit is a row",
}


@dataclass(frozen=True)
class Compound:
    """One compound selector: ``QPushButton#primary[align="left"]:checked::item``."""

    type: str
    qualifiers: frozenset[str]
    sub: str = ""

    @property
    def specificity(self) -> tuple[int, int, int]:
        ids = sum(1 for q in self.qualifiers if q.startswith("#"))
        return ids, len(self.qualifiers) - ids, 0 if self.type == "*" else 1

    def covers(self, other: Compound) -> bool:
        """This compound applies to the widget ``other`` describes."""
        return (self.type in ("*", other.type) and self.qualifiers <= other.qualifiers
                and self.sub == other.sub)

    def __str__(self) -> str:
        return self.type + "".join(sorted(self.qualifiers)) + (f"::{self.sub}" if self.sub else "")


_COMPOUND = re.compile(r"^([\w*]*)((?:#[\w-]+|\[[^\]]*\]|:(?!:)[\w-]+)*)(?:::([\w-]+))?$")
_QUALIFIER = re.compile(r"#[\w-]+|\[[^\]]*\]|:(?!:)[\w-]+")
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def compound(text: str) -> Compound | None:
    match = _COMPOUND.match(text.strip())
    if match is None:
        return None
    kind, qualifiers, sub = match.groups()
    return Compound(kind or "*", frozenset(_QUALIFIER.findall(qualifiers)), sub or "")


@dataclass
class Rule:
    selector: str
    chain: tuple[Compound, ...]  # ancestors first
    declarations: dict[str, str]
    order: int


@dataclass
class Look:
    """What a widget looks like after the cascade."""

    colour: str | None = None
    background: str | None = None
    border_colour: str | None = None
    border_width: float = 0.0
    sources: list[str] = field(default_factory=list)


def parse(sheet: str) -> list[Rule]:
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    rules: list[Rule] = []
    for order, (selectors, body) in enumerate(re.findall(r"([^{}]+)\{([^}]*)\}", sheet)):
        declarations: dict[str, str] = {}
        for part in body.split(";"):
            if ":" in part:
                name, value = part.split(":", 1)
                declarations[name.strip()] = value.strip()
        for selector in selectors.split(","):
            parts = [p for p in re.split(r"\s*>\s*|\s+", selector.strip()) if p]
            chain = tuple(compound(p) for p in parts)
            if parts and all(c is not None for c in chain):
                rules.append(Rule(selector.strip(), chain, declarations, order))  # type: ignore[arg-type]
    return rules


def _apply(look: Look, declarations: dict[str, str]) -> None:
    for name, value in declarations.items():
        if name == "color":
            look.colour = value
        elif name in ("background", "background-color"):
            look.background = value
        elif name in ("border", "border-bottom"):
            if value in ("none", "0"):
                look.border_width, look.border_colour = 0.0, None
                continue
            width = re.search(r"(\d+(?:\.\d+)?)px", value)
            look.border_width = float(width.group(1)) if width else 1.0
            colour = _HEX.search(value)
            look.border_colour = colour.group(0) if colour else (
                "transparent" if "transparent" in value else look.border_colour)
        elif name == "border-color":
            look.border_colour = value


def look_of(rules: list[Rule], widget: Compound, ancestors: tuple[Compound, ...] = ()) -> Look:
    """The cascade for ``widget`` (inside ``ancestors``): rules by specificity, then order."""
    applying = [
        rule for rule in rules
        if rule.chain[-1].covers(widget) and all(
            any(a.covers(b) for b in ancestors) for a in rule.chain[:-1])
    ]
    applying.sort(key=lambda r: (r.chain[-1].specificity, r.order))
    look = Look()
    for rule in applying:
        _apply(look, rule.declarations)
        look.sources.append(rule.selector)
    return look


def widgets_of(rules: list[Rule]) -> set[tuple[tuple[Compound, ...], Compound]]:
    """Every widget a rule styles, and every two rules of a type combined (a state rule
    such as ``:pressed`` with a kind such as ``#secondary``; never two ids)."""
    found: set[tuple[tuple[Compound, ...], Compound]] = set()
    for rule in rules:
        found.add((rule.chain[:-1], rule.chain[-1]))
    plain = [r for r in rules if len(r.chain) == 1 and r.chain[0].type != "*"]
    for first, second in itertools.combinations(plain, 2):
        a, b = first.chain[0], second.chain[0]
        if a.type != b.type or a.sub != b.sub:
            continue
        union = a.qualifiers | b.qualifiers
        if sum(1 for q in union if q.startswith("#")) > 1:
            continue
        if ":disabled" in union and len(union) > 2:
            continue  # disabled has rules of its own for each kind
        found.add(((), Compound(a.type, union, a.sub)))
    return found


def focus_rule(widget: Compound) -> bool:
    """A focus outline: ``:focus`` (a text field), or the keyboard's own (``kiosk.ui.focus``
    sets ``keyFocus`` while keys are in use)."""
    return ":focus" in widget.qualifiers or '[keyFocus="true"]' in widget.qualifiers


def _is_colour(value: str | None) -> bool:
    return bool(value) and _HEX.fullmatch(value or "") is not None


def contrast(first: str, second: str) -> float:
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    low, high = sorted((luminance(first), luminance(second)))
    return (high + 0.05) / (low + 0.05)


def problems_in(sheet: str, palette: theme.Palette, text_ratio: float) -> list[str]:
    """Every pair under its bar in ``sheet`` (rendered), described for a human."""
    rules = parse(sheet)
    grounds = {palette["page"]: "the page", palette["surface"]: "a card"}
    problems: list[str] = []

    def check(fg: str, bg: str, ratio: float, what: str) -> None:
        if _is_colour(fg) and _is_colour(bg) and contrast(fg, bg) < ratio - 1e-9:
            problems.append(f"{what}: {fg} on {bg} is {contrast(fg, bg):.2f}:1, needs {ratio}:1")

    for ancestors, widget in sorted(widgets_of(rules), key=lambda w: str(w[1])):
        look = look_of(rules, widget, ancestors)
        name = " ".join(str(a) for a in (*ancestors, widget))
        own = look.background if _is_colour(look.background) else None
        # What it sits on: its own background, its container's, the page or a card.
        backgrounds: dict[str, str] = {}
        if own:
            backgrounds[own] = "its background"
        else:
            container = next((v for k, v in SITS_ON.items() if k in str(widget)), None)
            if container is not None:
                for other_ancestors, other in widgets_of(rules):
                    if str(other).startswith(container) and not other_ancestors:
                        bg = look_of(rules, other).background
                        if _is_colour(bg):
                            backgrounds[bg] = str(other)  # type: ignore[index]
            elif ancestors:
                bg = look_of(rules, ancestors[-1], ancestors[:-1]).background
                backgrounds = {bg: str(ancestors[-1])} if _is_colour(bg) else dict(grounds)  # type: ignore[dict-item]
            else:
                backgrounds = dict(grounds)
        disabled = ":disabled" in widget.qualifiers
        wordless = any(k in widget.qualifiers for k in WORDLESS)
        shows_text = (widget.type in TEXT_TYPES or ancestors) and not widget.sub
        if (shows_text or widget.sub == "item") and not wordless:
            for bg, where in backgrounds.items():
                check(look.colour or palette["text"], bg, 4.5 if disabled else text_ratio,
                      f"text of {name} on {where}")
        if widget.sub in ("handle", "chunk"):
            for bg in grounds:
                check(own or "", bg, 3, f"{name} (a graphic)")
        if str(widget) in DECORATIVE or disabled or look.border_width <= 0:
            continue
        if not _is_colour(look.border_colour):
            continue
        if widget.type in CONTROL_TYPES or widget.type == "QLabel":
            for bg, where in grounds.items():
                # The outline, or the control's own fill when it is as dark as its outline.
                fill_identifies = own is not None and contrast(own, bg) >= 3
                if not fill_identifies or focus_rule(widget):
                    check(look.border_colour or "", bg, 3, f"outline of {name} on {where}")
            if focus_rule(widget):
                check(look.border_colour or "", own or palette["page"], 3,
                      f"focus outline of {name} on the control")
    return problems


def rendered(contrast_name: str, template: str | None = None) -> str:
    from kiosk.ui.setup import theme_template

    template = template if template is not None else theme_template()
    assert template is not None
    return theme.render(template, 1.0, 1.0, theme.tokens(contrast_name))


def text_ratio(contrast_name: str) -> float:
    return 7.0 if contrast_name == "high" else 4.5


# --------------------------------------------------------------------------- the tests


@pytest.mark.parametrize("palette", PALETTES)
def test_every_text_and_outline_in_the_style_sheet_has_enough_contrast(palette: str) -> None:
    problems = problems_in(rendered(palette), theme.PALETTES[palette], text_ratio(palette))
    assert not problems, f"{len(problems)} pairs too faint:\n" + "\n".join(problems)


@pytest.mark.parametrize("palette", PALETTES)
def test_every_pair_painted_in_code_has_enough_contrast(palette: str) -> None:
    colours = theme.PALETTES[palette]
    problems = []
    for fg, bg, kind in theme.PAINTED_PAIRS:
        ratio = text_ratio(palette) if kind == "text" else 3.0
        if contrast(colours[fg], colours[bg]) < ratio:
            problems.append(f"{fg} on {bg} ({kind}): "
                            f"{contrast(colours[fg], colours[bg]):.2f}:1, needs {ratio}:1")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("palette", PALETTES)
def test_check_boxes_and_radio_buttons_are_outlined_at_3_to_1(palette: str) -> None:
    colours = theme.PALETTES[palette]
    icons: Path = resources_dir() / "icons"
    for name in ("check-off", "radio-off", "check-on", "radio-on"):
        svg = (icons / f"{name}.svg").read_text()
        stroke = re.search(r'stroke="(#[0-9a-fA-F]{6})"', svg)
        assert stroke, name
        for ground in ("page", "surface"):
            assert contrast(stroke.group(1), colours[ground]) >= 3, (name, ground)


def test_both_palettes_name_the_same_colours_and_the_template_uses_only_tokens() -> None:
    assert set(theme.HIGH_CONTRAST) == set(theme.STANDARD)
    template = (resources_dir() / "theme.qss").read_text(encoding="utf-8")
    template = re.sub(r"/\*.*?\*/", "", template, flags=re.S)
    assert not _HEX.findall(template), "write a palette token (@name@), not a colour"
    used = set(re.findall(r"@([a-z][a-z0-9-]*)@", template)) - {"fonts", "icons"}
    assert used <= set(theme.tokens("standard")), used - set(theme.tokens("standard"))
    for palette in PALETTES:
        assert "@" not in re.sub(r"@(fonts|icons)@", "", rendered(palette))


@pytest.mark.parametrize("palette", PALETTES)
def test_a_light_grey_border_or_pale_text_written_into_the_theme_fails(palette: str) -> None:
    """The check above catches what it is for (tried on purpose)."""
    base = (resources_dir() / "theme.qss").read_text(encoding="utf-8")
    for added in ("QPushButton#ghost { border: 2u solid #d0d4dc; }",
                  "QLineEdit#pale { border-color: #c9ced8; }",
                  "QLabel#faint { color: #9aa1ae; }",
                  "QPushButton#quiet:focus { border: 4u solid #c9ced8; }",
                  'QPushButton#quiet[keyFocus="true"] { border: 4u solid #c9ced8; }',
                  'QCheckBox[keyFocus="true"] { border-color: #eeeeee; }'):
        problems = problems_in(rendered(palette, base + added), theme.PALETTES[palette],
                               text_ratio(palette))
        assert problems, added


def test_the_focus_outline_is_thicker_than_an_outline_in_both_palettes() -> None:
    for palette in PALETTES:
        outline, focus = theme.OUTLINE_WIDTHS[palette]
        assert focus >= outline + 2
