"""Experiment (issue 15, item 3): what makes a page of the merged print file cost LibreOffice time.

Builds the merged file of N letters from the Palopo example, rewrites its document.xml into variants, and times
one headless ``soffice --convert-to pdf`` of each (own profile, warmed first), ROUNDS times, printing medians.
Times are CPU seconds (user + system) of soffice and its children, which
other engineers' load disturbs far less than wall time. The start-up is taken out by converting a one-letter file of each variant too: ms/page = (t_N - t_1) / (p_N - p_1).
The machine is shared and noisy: compare the ratios within one run, not figures across runs.

python tools/exp_halaman.py -n 200 --rounds 3 [--only a,b1]
"""

from __future__ import annotations

import argparse
import io
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pdf import EXAMPLE, with_recipients  # noqa: E402

from naskah.domain.loader import load_event  # noqa: E402
from naskah.jenis import undangan  # noqa: E402
from naskah.keluaran import OutputFolder  # noqa: E402

SECTPR = re.compile(r"<w:sectPr\b[^>]*>.*?</w:sectPr>", re.S)
TABLE = re.compile(r"<w:tbl>.*?</w:tbl>", re.S)
# A paragraph 0.1 pt high that only starts a new page: the letter after it prints where it would on a fresh page.
PAGE_BREAK_PARA = (
    '<w:p><w:pPr><w:pageBreakBefore/><w:spacing w:before="0" w:after="0" w:line="2" w:lineRule="exact"/>'
    '<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>'
)


def merged(count: int, folder: Path) -> bytes:
    loaded = with_recipients(load_event(EXAMPLE), count)
    with OutputFolder(folder, overwrite=True) as out:
        (path,) = undangan.buat(loaded, out, hanya="gabungan", daftar=False)
    return path.read_bytes()


def split_body(xml: str) -> tuple[str, list[str], str, str]:
    """Return (head, letters, final sectPr, tail): each letter without the section break that ends it."""
    start = xml.index("<w:body>") + len("<w:body>")
    end = xml.rindex("</w:body>")
    body = xml[start:end]
    final = list(SECTPR.finditer(body))[-1]
    inner, last_sect = body[: final.start()], final.group(0)
    letters, pos = [], 0
    for match in SECTPR.finditer(inner):
        letters.append(inner[pos : match.start()] + "\0" + inner[match.end() : _para_end(inner, match.end())])
        pos = _para_end(inner, match.end())
    letters.append(inner[pos:])
    return xml[:start], letters, last_sect, xml[end:]


def _para_end(text: str, at: int) -> int:
    return text.index("</w:p>", at) + len("</w:p>")


def join(head: str, letters: list[str], sect: str, tail: str, *, sections: bool, breaks: str = "para") -> str:
    """Join letters again: with a section break (the current way) or a page break before each next letter."""
    parts = []
    for index, letter in enumerate(letters):
        if index < len(letters) - 1:
            if sections:
                letter = letter.replace("\0", sect) if "\0" in letter else letter
            else:
                letter = letter.replace("\0", "")
        else:
            letter = letter.replace("\0", "")
        if not sections and index > 0:
            letter = _break_before(letter) if breaks == "cell" else PAGE_BREAK_PARA + letter
        parts.append(letter)
    return head + "".join(parts) + sect + tail


def _break_before(letter: str) -> str:
    """Put a page break before the letter's first paragraph (the first cell's paragraph when it opens a table)."""
    first = re.search(r"<w:p>|<w:p |<w:p/>", letter)
    assert first
    tag = first.group(0)
    if tag == "<w:p/>":
        return letter[: first.start()] + "<w:p><w:pPr><w:pageBreakBefore/></w:pPr></w:p>" + letter[first.end() :]
    close = letter.index(">", first.start()) + 1
    rest = letter[close:]
    if rest.startswith("<w:pPr>"):
        return letter[:close] + "<w:pPr><w:pageBreakBefore/>" + rest[len("<w:pPr>") :]
    return letter[:close] + "<w:pPr><w:pageBreakBefore/></w:pPr>" + rest


def flatten_tables(letter: str, which: Callable[[int, str], bool]) -> str:
    """Replace the tables `which(index, xml)` picks by their cells' paragraphs (layout changes: cost only)."""
    out, pos = [], 0
    for index, match in enumerate(TABLE.finditer(letter)):
        out.append(letter[pos : match.start()])
        table = match.group(0)
        if which(index, table):
            out.append("".join(re.findall(r"<w:p\b.*?</w:p>|<w:p/>", table, re.S)))
        else:
            out.append(table)
        pos = match.end()
    out.append(letter[pos:])
    return "".join(out)


def no_images(xml: str) -> str:
    return re.sub(r"<w:drawing>.*?</w:drawing>", "", xml, flags=re.S)


Variant = Callable[[dict[str, bytes]], dict[str, bytes]]


def on_document(change: Callable[[str], str]) -> Variant:
    def apply(parts: dict[str, bytes]) -> dict[str, bytes]:
        parts = dict(parts)
        parts["word/document.xml"] = change(parts["word/document.xml"].decode()).encode()
        return parts

    return apply


def on_letters(change: Callable[[str], str], *, sections: bool = True, breaks: str = "para") -> Variant:
    def rewrite(xml: str) -> str:
        head, letters, sect, tail = split_body(xml)
        return join(head, [change(letter) for letter in letters], sect, tail, sections=sections, breaks=breaks)

    return on_document(rewrite)


def rgb_images(parts: dict[str, bytes]) -> dict[str, bytes]:
    """Store the pictures as RGB PNGs over white (no alpha channel)."""
    from PIL import Image

    parts = dict(parts)
    for name in [n for n in parts if n.startswith("word/media/") and n.endswith(".png")]:
        image = Image.open(io.BytesIO(parts[name])).convert("RGBA")
        flat = Image.new("RGB", image.size, "white")
        flat.paste(image, mask=image.getchannel("A"))
        out = io.BytesIO()
        flat.save(out, "PNG")
        parts[name] = out.getvalue()
    return parts


def tiny_images(parts: dict[str, bytes]) -> dict[str, bytes]:
    """Replace every picture by a 1x1 PNG (same size on the page): is the cost the bitmap or the frame?"""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (1, 1), "gray").save(out, "PNG")
    return {n: (out.getvalue() if n.startswith("word/media/") else data) for n, data in parts.items()}


def vml_images(xml: str) -> str:
    """Write each inline DrawingML picture as a VML shape with the same size."""

    def vml(match: re.Match) -> str:
        drawing = match.group(0)
        cx, cy = (int(v) / 12700 for v in re.search(r'<wp:extent cx="(\d+)" cy="(\d+)"', drawing).groups())
        rid = re.search(r'r:embed="([^"]+)"', drawing).group(1)
        return (
            f'<w:pict><v:shape type="#_x0000_t75" style="width:{cx:.2f}pt;height:{cy:.2f}pt">'
            f'<v:imagedata r:id="{rid}" o:title=""/></v:shape></w:pict>'
        )

    return re.sub(r"<w:drawing>.*?</w:drawing>", vml, xml, flags=re.S)


def anchored_images(xml: str) -> str:
    """Make each inline picture a floating one anchored to its paragraph (wrap none), same size."""

    def anchor(match: re.Match) -> str:
        inline = match.group(0)
        inner = inline[inline.index(">") + 1 : inline.rindex("</wp:inline>")]
        extent = re.search(r"<wp:extent [^>]*/>", inner).group(0)
        rest = inner.replace(extent, "")
        namespaces = " ".join(re.findall(r'xmlns:\w+="[^"]+"', inline[: inline.index(">")]))
        return (
            f'<wp:anchor {namespaces} distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" '
            'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            f"{extent}<wp:wrapNone/>{rest}</wp:anchor>"
        )

    return re.sub(r"<wp:inline\b.*?</wp:inline>", anchor, xml, flags=re.S)


def fonts(name: str) -> Variant:
    def apply(parts: dict[str, bytes]) -> dict[str, bytes]:
        return {key: value.replace(b'"Arial"', f'"{name}"'.encode()) for key, value in parts.items()}

    return apply


def fixed_kop_width(letter: str) -> str:
    """Give the auto-width tables an explicit width (tblW dxa) so nothing is measured from content."""
    return letter.replace('<w:tblW w:type="auto" w:w="0"/>', '<w:tblW w:type="dxa" w:w="9071"/>')


def compose(*variants: Variant) -> Variant:
    def apply(parts: dict[str, bytes]) -> dict[str, bytes]:
        for variant in variants:
            parts = variant(parts)
        return parts

    return apply


def identity(parts: dict[str, bytes]) -> dict[str, bytes]:
    return parts


def kop_in_header(parts: dict[str, bytes]) -> dict[str, bytes]:
    """Move the kop (first table + rule paragraph) into a first-page header every section references."""
    parts = dict(parts)
    xml = parts["word/document.xml"].decode()
    head, letters, sect, tail = split_body(xml)
    kop_end = letters[0].index("</w:tbl>") + len("</w:tbl>")
    kop_end = _para_end(letters[0], kop_end)  # the rule paragraph
    kop = letters[0][:kop_end]
    letters = [letter[_para_end(letter, letter.index("</w:tbl>") + 8) :] for letter in letters]
    footer = parts["word/footer1.xml"].decode()
    root_open = footer[: footer.index("<w:p")].replace("<w:ftr", "<w:hdr")
    parts["word/header9.xml"] = (root_open + kop + "</w:hdr>").encode()
    rels = parts["word/_rels/document.xml.rels"].decode()
    rels = rels.replace(
        "</Relationships>",
        '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" '
        'Target="header9.xml"/></Relationships>',
    )
    parts["word/_rels/document.xml.rels"] = rels.encode()
    types = (
        parts["[Content_Types].xml"]
        .decode()
        .replace(
            "</Types>",
            '<Override PartName="/word/header9.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>',
        )
    )
    parts["[Content_Types].xml"] = types.encode()
    sect = sect.replace("<w:footerReference", '<w:headerReference w:type="first" r:id="rId99"/><w:footerReference', 1)
    sect = re.sub(r"(<w:docGrid[^>]*/>)", r"<w:titlePg/>\1", sect)
    # cost only: the body now starts below the header, so positions move
    parts["word/document.xml"] = join(head, letters, sect, tail, sections=True).encode()
    return parts


VARIANTS: dict[str, tuple[str, Variant]] = {
    "a": ("sekarang: satu seksi per surat, 3 tabel", identity),
    "b": ("pemisah halaman (paragraf 0,1 pt), bukan seksi", on_letters(lambda s: s, sections=False)),
    "b0": ("pemisah halaman di sel pertama, bukan seksi", on_letters(lambda s: s, sections=False, breaks="cell")),
    "c0": ("tanpa tabel sama sekali (biaya saja)", on_letters(lambda s: flatten_tables(s, lambda i, t: True))),
    "c1": ("tanpa tabel kop", on_letters(lambda s: flatten_tables(s, lambda i, t: i == 0))),
    "c2": ("tanpa tabel kepala (Nomor/Kepada)", on_letters(lambda s: flatten_tables(s, lambda i, t: i == 1))),
    "c3": ("tanpa tabel ttd", on_letters(lambda s: flatten_tables(s, lambda i, t: i == 2))),
    "c4": ("lebar tabel tetap (dxa, bukan auto)", on_letters(fixed_kop_width)),
    "bc0": (
        "pemisah halaman + tanpa tabel",
        on_letters(lambda s: flatten_tables(s, lambda i, t: True), sections=False),
    ),
    "bc4": ("pemisah halaman + lebar tabel tetap", on_letters(fixed_kop_width, sections=False)),
    "bc4e": (
        "pemisah halaman + lebar tetap + tanpa gambar",
        compose(on_letters(fixed_kop_width, sections=False), on_document(no_images)),
    ),
    "be": ("pemisah halaman + tanpa gambar", compose(on_letters(lambda s: s, sections=False), on_document(no_images))),
    "be1": ("pemisah halaman + PNG RGB", compose(on_letters(lambda s: s, sections=False), rgb_images)),
    "be4": ("pemisah halaman + gambar 1x1 piksel", compose(on_letters(lambda s: s, sections=False), tiny_images)),
    "be2": ("pemisah halaman + gambar VML", compose(on_letters(lambda s: s, sections=False), on_document(vml_images))),
    "be3": (
        "pemisah halaman + gambar mengambang",
        compose(on_letters(lambda s: s, sections=False), on_document(anchored_images)),
    ),
    "d": ("kop di header halaman pertama, seksi tetap", kop_in_header),
    "e": ("tanpa gambar", on_document(no_images)),
    "f": ("huruf Liberation Sans langsung", fonts("Liberation Sans")),
}


def write_docx(parts: dict[str, bytes], target: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, data)
    target.write_bytes(buffer.getvalue())


def read_parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        return {name: source.read(name) for name in source.namelist()}


def convert(docx: Path, profile: Path) -> tuple[float, int]:
    command = [
        "soffice",
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        str(docx.parent),
        str(docx),
    ]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, capture_output=True, timeout=1800)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, len(PdfReader(docx.with_suffix(".pdf")).pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", default="")
    parser.add_argument("--keep", type=Path, help="keep the variant files here")
    args = parser.parse_args()
    chosen = [key for key in VARIANTS if not args.only or key in args.only.split(",")]
    with tempfile.TemporaryDirectory(prefix="exp-halaman-") as work_name:
        work = Path(work_name)
        folder = args.keep or work
        folder.mkdir(parents=True, exist_ok=True)
        big, small = read_parts(merged(args.n, work / "n")), read_parts(merged(1, work / "one"))
        files = {}
        for key in chosen:
            for label, parts in (("n", big), ("1", small)):
                path = folder / f"{key}-{label}.docx"
                write_docx(VARIANTS[key][1](parts), path)
                files[key, label] = path
        if args.rounds == 0:  # only write the variants (with --keep) for a look or a geometry check
            return
        profile = work / "profile"
        convert(files[chosen[0], "1"], profile)  # the profile's first start is slow
        times: dict[tuple[str, str], list[float]] = {k: [] for k in files}
        pages: dict[tuple[str, str], int] = {}
        for _ in range(args.rounds):
            for key in random.sample(list(files), len(files)):  # the machine's load drifts: no fixed order
                seconds, pages[key] = convert(files[key], profile)
                times[key].append(seconds)
        base = None
        for key in chosen:
            t_n, t_1 = statistics.median(times[key, "n"]), statistics.median(times[key, "1"])
            p_n, p_1 = pages[key, "n"], pages[key, "1"]
            per_page = (t_n - t_1) * 1000 / max(p_n - p_1, 1)
            base = base or per_page
            print(
                f"{key:>4} {VARIANTS[key][0]:<44} {p_n:4d} hlm. {t_n:6.2f} s (1 surat {t_1:5.2f} s) "
                f"{per_page:6.1f} ms/hlm. ({per_page / base:4.2f}×)",
                flush=True,
            )


if __name__ == "__main__":
    main()


def lines_of(pdf: Path) -> list[list[tuple[str, float, float]]]:
    """Return per page the text lines of `pdf` (pdftotext -bbox-layout): text, left and top in points."""
    xml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    pages = []
    for page in re.findall(r"<page .*?</page>", xml, re.S):
        found = []
        for x, y, body in re.findall(r'<line xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>(.*?)</line>', page, re.S):
            found.append((" ".join(re.findall(r">([^<]*)</word>", body)), float(x), float(y)))
        pages.append(found)
    return pages


def compare(reference: Path, other: Path, tolerance: float = 1.0) -> list[str]:
    """Return how `other`'s lines differ from `reference`'s: page count, text, or a shift over `tolerance` pt."""
    ref, new = lines_of(reference), lines_of(other)
    if len(ref) != len(new):
        return [f"{len(ref)} halaman, {len(new)} halaman"]
    problems = []
    for number, (a, b) in enumerate(zip(ref, new, strict=True), start=1):
        if [t for t, _, _ in a] != [t for t, _, _ in b]:
            problems.append(f"hlm. {number}: teks baris berbeda")
            continue
        for (text, x0, y0), (_, x1, y1) in zip(a, b, strict=True):
            if abs(x0 - x1) > tolerance or abs(y0 - y1) > tolerance:
                problems.append(f"hlm. {number}: {text[:30]!r} bergeser {x1 - x0:+.2f}, {y1 - y0:+.2f} pt")
    return problems
