"""Printing benchmark: render time of the 人民调解协议书 in-process, next to LibreOffice converting the same .docx."""

from __future__ import annotations

import html
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from mediation_app.printing.forms import load_form
from mediation_app.printing.render import render_pdf
from mediation_app.services.documents import sample_context
from tests.printing.contexts import long_agreement


def median_ms(context: dict[str, Any], runs: int) -> float:
    spec = load_form("agreement")
    render_pdf(spec, context)  # fonts registered and parsed once per process, as in the program
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        render_pdf(spec, context)
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def agreement_html(context: dict[str, Any]) -> str:
    """The same agreement as a Word user would type it, for LibreOffice to turn into a .docx."""
    e = html.escape
    parts = [
        f"<h1 style='text-align:center'>人民调解协议书</h1><p style='text-align:right'>编号：{e(context['number'])}</p>"
    ]
    for p in context["parties"]:
        parts.append(
            f"<p>{e(p['role'])}：{e(p['name'])}，{e(p['gender'])}，{e(p['ethnicity'])}，{e(p['birth'])}出生，"
            f"住{e(p['address'])}，身份证号码{e(p['id_number'])}，联系电话{e(p['phone'])}。</p>"
        )
    for label, key in (
        ("纠纷主要事实", "facts"),
        ("争议事项", "disputed_matters"),
        ("各方当事人的责任", "responsibilities"),
    ):
        parts.append(f"<p><b>{label}：</b>{e(context[key])}</p>")
    parts.append("<p>经调解，各方当事人自愿达成如下协议：</p><ol>")
    parts += [f"<li>{e(t)}</li>" for t in context["terms"]]
    parts.append(f"</ol><p><b>履行协议的方式、地点、期限：</b>{e(context['performance'])}</p>")
    parts.append(
        "<table border='1' width='100%'>"
        + "".join(
            f"<tr><td>{e(p['role'])}（签名或盖章）：</td><td></td><td>（捺印）</td></tr>" for p in context["parties"]
        )
        + "</table>"
    )
    parts.append(f"<p style='text-align:right'>{e(context['committee_name'])}（盖章）<br>{e(context['date'])}</p>")
    return "<html><head><meta charset='utf-8'></head><body>" + "".join(parts) + "</body></html>"


def libreoffice_ms(context: dict[str, Any], runs: int) -> float | None:
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    with tempfile.TemporaryDirectory(prefix="mediation-lo-") as tmp:
        folder = Path(tmp)
        profile = f"-env:UserInstallation=file://{folder / 'profile'}"
        (folder / "agreement.html").write_text(agreement_html(context), "utf-8")
        base = [soffice, "--headless", profile]
        docx = [*base, "--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML"]
        subprocess.run(
            [*docx, "--outdir", str(folder), str(folder / "agreement.html")],
            check=True,
            capture_output=True,
            timeout=300,
        )
        convert = [*base, "--convert-to", "pdf", "--outdir", str(folder), str(folder / "agreement.docx")]
        subprocess.run(convert, check=True, capture_output=True, timeout=300)  # warm the profile once
        samples = []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run(convert, check=True, capture_output=True, timeout=300)
            samples.append(time.perf_counter() - started)
        return statistics.median(samples) * 1000


def run(runs: int) -> dict[str, Any]:
    typical = sample_context("agreement")
    render_typical = median_ms(typical, max(runs * 6, 30))
    render_long = median_ms(long_agreement(), max(runs * 2, 10))
    lo = libreoffice_ms(typical, max(runs, 3))
    return {
        "agreement_typical_ms": round(render_typical, 1),
        "agreement_40_terms_12_parties_ms": round(render_long, 1),
        "libreoffice_docx_to_pdf_ms": None if lo is None else round(lo, 1),
        "libreoffice_ratio": None if lo is None else round(lo / render_typical, 1),
        "targets": {"typical_ms_max": 50, "long_ms_max": 250, "libreoffice_ratio_min": 20},
    }
