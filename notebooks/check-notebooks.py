#!/usr/bin/env python3
"""Checks the executed notebooks under target/notebooks/ (written by notebooks/run-notebooks.sh).

1. Every notebook of notebooks/ was executed, and no cell has an error output.
2. Every chart cell (a code cell calling Notebook.image) produced an image/png output.
3. Every table a notebook tags with data-table="stats_…" (the headline table of 02-nationwide-statistics) shows the
   same rows and numbers as `bin/nianbao stats --table stats_… --format json` on the same warehouse
   (NIANBAO_WAREHOUSE, else the generated corpus target/corpus/warehouse), to the decimals it shows.

Prints one line per check and "notebook checks: N passed, N failed"; exits 1 on any failure. Standard library only.
"""
import glob
import json
import os
import subprocess
import sys
from decimal import Decimal, InvalidOperation
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXECUTED = os.path.join(ROOT, "target", "notebooks")
WAREHOUSE = os.environ.get("NIANBAO_WAREHOUSE") or os.path.join(ROOT, "target", "corpus", "warehouse")
KEYS = ("year", "level", "province", "is_department", "block", "measure_group", "measure")

passed, failed = 0, 0


def report(ok, what):
    global passed, failed
    if ok:
        passed += 1
        print("ok   " + what)
    else:
        failed += 1
        print("FAIL " + what)


class Tables(HTMLParser):
    """Collects the tables tagged data-table: name -> (header, rows of cell texts)."""

    def __init__(self):
        super().__init__()
        self.tables, self.current, self.row, self.cell = {}, None, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table" and "data-table" in a:
            self.current = a["data-table"]
            self.tables[self.current] = []
        elif self.current and tag == "tr":
            self.row = []
        elif self.current and tag in ("td", "th"):
            self.cell = ""

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data

    def handle_endtag(self, tag):
        if self.current is None:
            return
        if tag in ("td", "th") and self.cell is not None:
            self.row.append(self.cell.strip())
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.tables[self.current].append(self.row)
            self.row = None
        elif tag == "table":
            self.current = None


def outputs_html(cell):
    for o in cell.get("outputs", []):
        html = o.get("data", {}).get("text/html")
        if html:
            yield "".join(html) if isinstance(html, list) else html


def same(shown, value):
    """A shown cell equals the JSON value to the decimals shown ("–" is null)."""
    if shown == "–":
        return value is None
    if value is None:
        return False
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return shown == str(value).lower() if isinstance(value, bool) else shown == str(value)
    try:
        d = Decimal(shown)
    except InvalidOperation:
        return False
    decimals = max(0, -d.as_tuple().exponent)
    return abs(Decimal(str(value)) - d) <= Decimal(1).scaleb(-decimals) / 2 + Decimal("1e-12")


def stats_json(table):
    out = subprocess.run([os.path.join(ROOT, "bin", "nianbao"), "stats", "--warehouse", WAREHOUSE, "--table", table,
                          "--format", "json"], capture_output=True, text=True, cwd=ROOT)
    if out.returncode != 0:
        raise RuntimeError("bin/nianbao stats failed: " + out.stderr[-2000:])
    with open(os.path.join(EXECUTED, table + ".stats.jsonl"), "w", encoding="utf-8") as f:
        f.write(out.stdout)  # kept next to the executed notebooks, to see what was compared
    return [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]


def check_table(notebook, name, rows):
    header, body = rows[0], rows[1:]
    expected = stats_json(name)
    keys = [k for k in KEYS if k in header]
    index = {tuple(str(e.get(k)) if e.get(k) is not None else "–" for k in keys): e for e in expected}
    report(len(body) == len(expected), f"{notebook}: {name} shows {len(body)} rows, bin/nianbao stats has {len(expected)}")
    bad = []
    for r in body:
        key = tuple(r[header.index(k)] for k in keys)
        e = index.get(key)
        if e is None:
            bad.append(f"row {key} not in bin/nianbao stats")
            continue
        for col, shown in zip(header, r):
            if col not in e:
                bad.append(f"column {col} not in bin/nianbao stats")
            elif not same(shown, e[col]):
                bad.append(f"{key} {col}: notebook {shown}, stats {e[col]}")
    cells = len(body) * len(header)
    report(not bad, f"{notebook}: {name}'s {cells} cells equal bin/nianbao stats --format json on {WAREHOUSE}"
           + ("" if not bad else "\n     " + "\n     ".join(bad[:20])))


def main():
    sources = sorted(glob.glob(os.path.join(ROOT, "notebooks", "*.ipynb")))
    tagged = 0
    for src in sources:
        name = os.path.basename(src)
        path = os.path.join(EXECUTED, name)
        if not os.path.exists(path):
            report(False, f"{name}: not executed ({path} missing)")
            continue
        nb = json.load(open(path, encoding="utf-8"))
        code = [c for c in nb["cells"] if c["cell_type"] == "code"]
        errors = [o for c in code for o in c.get("outputs", []) if o.get("output_type") == "error"]
        report(not errors, f"{name}: {len(code)} code cells, no error output")
        charts = [c for c in code if "Notebook.image(" in "".join(c["source"])]
        missing = [i for i, c in enumerate(charts)
                   if not any("image/png" in o.get("data", {}) for o in c.get("outputs", []))]
        report(not missing, f"{name}: {len(charts) - len(missing)} of {len(charts)} chart cells produced an image")
        for c in code:
            for html in outputs_html(c):
                parser = Tables()
                parser.feed(html)
                for table, rows in parser.tables.items():
                    tagged += 1
                    check_table(name, table, rows)
    report(tagged > 0, f"{tagged} headline table(s) compared with bin/nianbao stats")
    print(f"notebook checks: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
