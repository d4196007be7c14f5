"""Badges as QPainter draws them: every template on every paper, with the names that are
hard to set (50 characters, Arabic, CJK, emoji), keeps a scannable QR code of at least
18 mm, draws nothing in its margins and never lets a name run out of its block."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtGui import QImage

from kiosk.services.badges import (
    PAPERS,
    QR_MIN_MM,
    BadgeData,
    BadgeTemplate,
    Block,
    Paper,
    TemplateError,
    load_template,
    template_names,
)
from kiosk.ui.badges import MM_PER_INCH, page_pixels, render_badge_image, render_badge_pdf

RESOURCES = Path(__file__).parents[2] / "resources" / "badges"
DPI = 300
CODE = "7KQ4M2ZP"
LONG_FIRST = "Maximiliana-Alexandrina Konstantinopoulou-Vanderbi"
LONG_LAST = "Featherstonehaugh-Wolfeschlegelsteinhausenbergerdo"
NAMES = {
    "fifty": (LONG_FIRST, LONG_LAST, "Contoso Pharmaceuticals International Holdings"),
    "fifty-unbroken": ("X" * 50, "W" * 50, None),
    "arabic": ("عبد الرحمن الهاشمي", "الهاشمي", "شركة كونتوسو"),
    "cjk": ("花子", "山田", "株式会社コントソ"),
    "emoji": ("Zoë 🎉", "Müller", None),
}
TEMPLATES = template_names(RESOURCES)


def badge(first: str, last: str, company: str | None) -> BadgeData:
    return BadgeData(
        first_name=first, last_name=last, company=company, event_name="Contoso Summit 2026",
        date_text="12–14 May 2026", band_label="Speaker", check_in_code=CODE,
    )


def grey(image: QImage) -> Image.Image:
    """The picture as an 8-bit grey PIL image (what zxing-cpp and the pixel checks read)."""
    converted = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(converted.constBits())
    return Image.frombuffer(
        "L", (converted.width(), converted.height()), data, "raw", "L",
        converted.bytesPerLine(), 1,
    )


def block_rect(template: BadgeTemplate, paper: Paper, block: Block) -> tuple[int, int, int, int]:
    """The block's pixels at DPI: left, top, right, bottom."""
    px = DPI / MM_PER_INCH
    margin = template.margins_mm * px
    width, height = page_pixels(paper, DPI)
    area_w, area_h = width - 2 * margin, height - 2 * margin
    x, y, w, h = block.rect
    return (
        int(margin + x * area_w), int(margin + y * area_h),
        int(margin + (x + w) * area_w + 1), int(margin + (y + h) * area_h + 1),
    )


def test_names_are_fifty_characters() -> None:
    assert len(LONG_FIRST) == len(LONG_LAST) == 50


@pytest.mark.parametrize("paper", list(PAPERS))
@pytest.mark.parametrize("name", list(NAMES))
@pytest.mark.parametrize("template_name", TEMPLATES)
def test_the_code_scans_and_the_margins_stay_empty(
    qapp: object, template_name: str, name: str, paper: str
) -> None:
    template = load_template(RESOURCES, template_name)
    image = render_badge_image(template, badge(*NAMES[name]), PAPERS[paper], DPI)
    picture = grey(image)
    [found] = zxingcpp.read_barcodes(picture, formats=zxingcpp.BarcodeFormat.QRCode)
    assert found.text == CODE
    top_left, top_right = found.position.top_left, found.position.top_right
    side_mm = abs(top_right.x - top_left.x) / DPI * MM_PER_INCH
    assert side_mm >= QR_MIN_MM - 0.2  # zxing's corners are the finder patterns' outer edges
    # Nothing in the margins (one pixel of antialiasing aside).
    margin = int(template.margins_mm / MM_PER_INCH * DPI) - 1
    width, height = picture.size
    for strip in (
        (0, 0, width, margin), (0, height - margin, width, height),
        (0, 0, margin, height), (width - margin, 0, width, height),
    ):
        assert picture.crop(strip).getextrema() == (255, 255), strip


@pytest.mark.parametrize("paper", ["4x3in", "62x100mm"])
@pytest.mark.parametrize("name", list(NAMES))
@pytest.mark.parametrize("template_name", TEMPLATES)
def test_names_stay_inside_their_blocks(
    qapp: object, template_name: str, name: str, paper: str
) -> None:
    """Each text block drawn alone: every inked pixel lies inside it, so a long name shrinks
    (or wraps where the block allows) instead of running into its neighbours."""
    template = load_template(RESOURCES, template_name)
    sheet = PAPERS[paper]
    blocks = template.blocks_for(sheet)
    qr = next(block for block in blocks if block.kind == "qr")
    for block in blocks:
        if block.kind in ("qr", "rule", "band"):
            continue
        alone = template.model_copy(update={"landscape": (block, qr), "portrait": (block, qr)})
        picture = grey(render_badge_image(alone, badge(*NAMES[name]), sheet, DPI))
        left, top, right, bottom = block_rect(template, sheet, block)
        q_left, q_top, q_right, q_bottom = block_rect(template, sheet, qr)
        mask = Image.new("L", picture.size, 0)
        mask.paste(255, (left, top, right, bottom))
        mask.paste(255, (q_left, q_top, q_right, q_bottom))
        outside = Image.composite(Image.new("L", picture.size, 255), picture, mask)
        assert outside.getextrema()[0] >= 250, (block.kind, outside.getbbox())


def test_a_long_name_shrinks_and_wraps_and_stays_readable(qapp: object) -> None:
    """The 50-character first name goes onto two lines at 4 x 3 in, at a size still read
    across a table (letters at least 2.5 mm high)."""
    template = load_template(RESOURCES, "default")
    sheet = PAPERS["4x3in"]
    first = next(b for b in template.landscape if b.kind == "first_name")
    qr = next(b for b in template.landscape if b.kind == "qr")
    alone = template.model_copy(update={"landscape": (first, qr)})
    picture = grey(render_badge_image(alone, badge(LONG_FIRST, "", None), sheet, DPI))
    left, top, right, bottom = block_rect(template, sheet, first)
    rows = [y for y in range(top, bottom)
            if picture.crop((left, y, right, y + 1)).getextrema()[0] < 128]
    gaps = sum(1 for a, b in zip(rows, rows[1:], strict=False) if b - a > 1)
    assert gaps >= 1  # two lines of ink
    assert (rows[-1] - rows[0]) / DPI * MM_PER_INCH >= 2 * 2.5


def test_a_qr_block_too_small_for_the_paper_is_refused(qapp: object) -> None:
    template = load_template(RESOURCES, "default")
    small = tuple(
        block.model_copy(update={"rect": (0.8, 0.8, 0.2, 0.2)}) if block.kind == "qr" else block
        for block in template.landscape
    )
    with pytest.raises(TemplateError, match="less than 18 mm"):
        render_badge_image(template.model_copy(update={"landscape": small}),
                           badge("Ann", "Lee", None), PAPERS["3.5x2.25in"], DPI)


def test_a_template_file_with_a_mistake_names_it(tmp_path: Path) -> None:
    text = (RESOURCES / "default.toml").read_text(encoding="utf-8")
    (tmp_path / "broken.toml").write_text(
        text.replace('rect = [0.0, 0.0, 1.0, 0.17]', 'rect = [0.5, 0.0, 1.0, 0.17]', 1),
        encoding="utf-8",
    )
    with pytest.raises(TemplateError, match=r"broken\.toml: landscape\.0\.rect"):
        load_template(tmp_path, "broken")
    with pytest.raises(TemplateError, match="templates: broken"):
        load_template(tmp_path, "missing")


def _need_poppler() -> None:
    if shutil.which("pdftoppm") is None:
        reason = "pdftoppm is missing: run .ci/install-print-deps"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)


def test_qprinter_renders_the_pdf_on_a_worker_thread(qapp: object, tmp_path: Path) -> None:
    """What BadgePrinter relies on: QPrinter and QPainter make the PDF off the GUI thread,
    and the page is the paper's size with the code scannable on it."""
    _need_poppler()
    template = load_template(RESOURCES, "default")
    pdf = tmp_path / "badge.pdf"
    errors: list[BaseException] = []

    def work() -> None:
        try:
            render_badge_pdf(template, badge(*NAMES["emoji"]), PAPERS["4x3in"], pdf, DPI)
        except BaseException as exc:  # reported below, on the test's thread
            errors.append(exc)

    worker = threading.Thread(target=work, name="badge-render-test")
    worker.start()
    worker.join()
    assert not errors
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert "Page size:       288 x 216 pts" in info.stdout
    subprocess.run(["pdftoppm", "-r", "200", "-png", str(pdf), str(tmp_path / "page")],
                   check=True)
    [page] = tmp_path.glob("page*.png")
    with Image.open(page) as picture:
        [found] = zxingcpp.read_barcodes(picture, formats=zxingcpp.BarcodeFormat.QRCode)
    assert found.text == CODE
