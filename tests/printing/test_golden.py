"""Golden checks: each sample's pages, as images, match the reviewed references within a tolerance.

After a reviewed change of a form or of the engine: UPDATE_GOLDEN=1 pytest tests/printing/test_golden.py, then look
at the new PNGs in tests/printing/golden/ before committing them.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from mediation_app import paths
from mediation_app.printing.forms import form_ids, load_form
from mediation_app.printing.render import render_pdf

from .pdf_tools import page_images

GOLDEN = Path(__file__).resolve().parent / "golden"
DPI = 60
# Pixels that differ clearly (by more than THRESHOLD of 255) may number at most TOLERANCE per page: rasteriser
# noise from another poppler build moves a few edge pixels; one changed character changes dozens at 60 dpi.
THRESHOLD = 40
TOLERANCE = 8


def _render_pages(form_id: str, folder: Path) -> list[Image.Image]:
    spec = load_form(form_id)
    context = json.loads((paths.forms_dir() / "samples" / f"{form_id}.json").read_text("utf-8"))
    if spec.per_party:
        context = {**context, "party": context["parties"][0]}
    return [Image.open(p).convert("L") for p in page_images(render_pdf(spec, context), folder, DPI)]


@pytest.mark.parametrize("form_id", form_ids())
def test_pages_match_the_reviewed_reference(form_id: str, tmp_path: Path) -> None:
    pages = _render_pages(form_id, tmp_path)
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        for old in GOLDEN.glob(f"{form_id}-p*.png"):
            old.unlink()
        for number, page in enumerate(pages, start=1):
            page.save(GOLDEN / f"{form_id}-p{number}.png", optimize=True)
    references = sorted(GOLDEN.glob(f"{form_id}-p*.png"))
    assert references, f"no reviewed reference for {form_id}: run with UPDATE_GOLDEN=1 and review the PNGs"
    assert len(pages) == len(references), f"{form_id}: {len(pages)} pages, reference has {len(references)}"
    for page, reference_path in zip(pages, references, strict=True):
        reference = Image.open(reference_path).convert("L")
        assert page.size == reference.size, reference_path.name
        changed = ImageChops.difference(page, reference).point(lambda v: 255 if v > THRESHOLD else 0)
        count = int(ImageStat.Stat(changed).sum[0] // 255)
        assert count <= TOLERANCE, f"{reference_path.name}: {count} pixels differ from the reviewed reference"
