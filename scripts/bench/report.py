"""The benchmark's tables (pure: tested in tests/budgets/test_bench_tools.py)."""

from dataclasses import dataclass

P99_TARGET_MS = 150
WEIGHT_TARGET_KB = 150  # HTML + CSS + JS, compressed, of a story or product page (before images)
MEMORY_TARGET_MB = 250
CACHED_TARGET_RPS = 1500


@dataclass
class Row:
    page: str
    target_rps: float | None  # None: a reference page, measured but without a target
    rps: float | None = None
    p50_ms: float | None = None
    p99_ms: float | None = None
    non_2xx: int | None = None  # wrk's status >= 400 count plus socket errors
    queries: int | None = None
    cpu_ms: float | None = None  # gunicorn workers' CPU time per request during the wrk run
    html_bytes: int | None = None
    html_gzip_bytes: int | None = None
    weight_gzip_bytes: int | None = None  # HTML + linked CSS and JS, compressed
    weight_checked: bool = False  # story and product pages carry the page-weight target
    error: str = ""


def mark(ok):
    return "ok" if ok else "MISS"


def _num(value, fmt="{:.0f}"):
    return "-" if value is None else fmt.format(value)


def _kb(value):
    return "-" if value is None else f"{value / 1024:.1f}"


def row_cells(row):
    rps_ok = row.rps is not None and row.target_rps is not None and row.rps >= row.target_rps
    p99_ok = row.p99_ms is not None and row.p99_ms <= P99_TARGET_MS
    errors_ok = row.non_2xx == 0
    weight = _kb(row.weight_gzip_bytes)
    if row.weight_checked and row.weight_gzip_bytes is not None:
        weight += " " + mark(row.weight_gzip_bytes <= WEIGHT_TARGET_KB * 1024)
    return [
        row.page,
        _num(row.target_rps),
        _num(row.rps, "{:.1f}"),
        ("ref" if row.target_rps is None else mark(rps_ok)) if row.rps is not None else "-",
        _num(row.p50_ms, "{:.1f}"),
        _num(row.p99_ms, "{:.1f}"),
        mark(p99_ok) if row.p99_ms is not None else "-",
        _num(row.non_2xx) + ("" if row.non_2xx is None else " " + mark(errors_ok)),
        _num(row.queries),
        _num(row.cpu_ms, "{:.1f}"),
        _kb(row.html_bytes),
        _kb(row.html_gzip_bytes),
        weight,
    ]


HEADERS = ["page", "target r/s", "r/s", "", "p50 ms", "p99 ms", f"<={P99_TARGET_MS}", "non-2xx", "SQL",
           "CPU ms", "HTML KB", "HTML gz KB", "page gz KB"]
NUMERIC = {1, 2, 4, 5, 8, 9, 10, 11}


def format_table(title, rows):
    """A plain-text table: one line per page, numbers right-aligned, an error line under a page that failed."""
    body = [row_cells(row) for row in rows]
    widths = [max(len(str(cell)) for cell in column) for column in zip(HEADERS, *body)]

    def line(cells):
        return "  ".join(str(cell).rjust(width) if index in NUMERIC else str(cell).ljust(width)
                         for index, (cell, width) in enumerate(zip(cells, widths))).rstrip()

    out = [title, line(HEADERS), line(["-" * width for width in widths])]
    for row, cells in zip(rows, body):
        out.append(line(cells))
        if row.error:
            out.append(f"    ! {row.error}")
    return "\n".join(out)


def summary(rows):
    """(pages meeting their req/s target, pages measured), reference pages left out."""
    measured = [row for row in rows if row.rps is not None and row.target_rps is not None]
    return sum(1 for row in measured if row.rps >= row.target_rps), len(measured)


def format_memory(snapshots):
    """snapshots: [(label, {pid: rss_kb})] -> lines with each worker's RSS in MB and the growth between the first
    and the last snapshot of the same worker."""
    out = [f"gunicorn worker memory (RSS, target < {MEMORY_TARGET_MB} MB, no growth across runs)"]
    first = {}
    for label, workers in snapshots:
        parts = []
        for pid, kb in sorted(workers.items()):
            mb = kb / 1024
            parts.append(f"pid {pid} {mb:.0f} MB {mark(mb < MEMORY_TARGET_MB)}")
            first.setdefault(pid, kb)
        out.append(f"  {label:<28} " + ("; ".join(parts) if parts else "(no worker found)"))
    if snapshots:
        last = snapshots[-1][1]
        growth = [f"pid {pid} {(kb - first[pid]) / 1024:+.1f} MB" for pid, kb in sorted(last.items())]
        out.append("  growth since the first snapshot of the same worker: " + ("; ".join(growth) or "-"))
    return "\n".join(out)
