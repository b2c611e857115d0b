"""Case-file benchmark: building a 60-page 卷宗 (cover, contents, every paper, scans and photos, back cover)."""

from __future__ import annotations

import io
import random
import statistics
import time
from pathlib import Path
from typing import Any

from PIL import Image

from mediation_app.app import open_context
from mediation_app.domain.vocabulary import AttachmentKind
from mediation_app.services.archive import build_archive
from mediation_app.services.attachments import add_attachment
from mediation_app.services.context import ServiceContext
from tests.services.casework_flow import closed_case, pdf_bytes

TARGET_PAGES = 60
PHOTOS = 8  # evidence photos, one page each
PHOTO_SIZE = (1600, 1200)
PAPER_PAGES = 14  # cover, contents, back cover and the case's papers, before the evidence


def _photo(seed: int) -> bytes:
    """A camera-sized JPEG with noise, so it compresses like a real photo rather than a flat colour."""
    width, height = PHOTO_SIZE[0] // 4, PHOTO_SIZE[1] // 4
    small = Image.frombytes("RGB", (width, height), random.Random(seed).randbytes(width * height * 3))
    buffer = io.BytesIO()
    small.resize(PHOTO_SIZE).save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()


def _ready_case(ctx: ServiceContext, seed: int, scan_pages: int) -> int:
    """A closed case with every paper, 8 photos and a many-page scanned evidence file: ready to archive."""
    case_id = closed_case(ctx).case_id
    for n in range(PHOTOS):
        add_attachment(ctx, case_id, _photo(seed * 100 + n), f"现场照片{n + 1}.jpg", AttachmentKind.EVIDENCE)
    scan = pdf_bytes(f"evidence {seed}", scan_pages)
    add_attachment(ctx, case_id, scan, "证据材料.pdf", AttachmentKind.EVIDENCE, note="书证")
    return case_id


def run(folder: Path, runs: int) -> dict[str, Any]:
    ctx = open_context(folder / "archive.sqlite3")
    scan_pages = TARGET_PAGES - PAPER_PAGES - PHOTOS
    cases = [_ready_case(ctx, seed, scan_pages) for seed in range(runs + 1)]
    build_archive(ctx, cases.pop())  # warm: fonts registered, forms parsed
    samples, pages = [], set()
    for case_id in cases:
        started = time.perf_counter()
        result = build_archive(ctx, case_id)
        samples.append(time.perf_counter() - started)
        pages.add(result.pages)
    return {
        "pages": sorted(pages),
        "photos": PHOTOS,
        "build_60_page_file_ms": round(statistics.median(samples) * 1000, 1),
        "build_60_page_file_max_ms": round(max(samples) * 1000, 1),
    }


if __name__ == "__main__":  # a quick run of this one: python -m tests.bench.archive [RUNS]
    import json
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps(run(Path(tmp), int(sys.argv[1]) if len(sys.argv) > 1 else 3)))
