#!/usr/bin/env python3
"""Turns JMH's JSON results into an SVG chart and a Markdown table (Python 3 standard library only).

Usage:
    python3 benchmarks/chart.py [results.json] [chart.svg] [payloads.json]

Defaults: benchmarks/results/latest.json, benchmarks/results/latest.svg,
benchmarks/results/payloads.json (payload sizes in bytes, printed by
io.github.newsmodel.benchmarks.PayloadSizes). Writes the SVG and prints the Markdown table and the
ratios to standard output.

All ratios are taken within the one JMH run in the results file: the machine is shared and noisy,
so absolute numbers from different runs are not comparable.
"""

import json
import os
import sys
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
PAYLOADS = ["SEED", "WIRE", "LARGE"]

# (label, benchmark class, newsmodel method, baseline method, what the ratio means)
COMPARISONS = [
    ("read", "ReadBenchmark", "newsmodelRead", "pojoRead", "newsmodel / POJO"),
    ("read + validate", "ReadBenchmark", "newsmodelReadValidate", "pojoReadValidate",
     "newsmodel / POJO"),
    ("read + validate vs POJO read", "ReadBenchmark", "newsmodelReadValidate", "pojoRead",
     "newsmodel validated / POJO unvalidated"),
    ("write", "WriteBenchmark", "newsmodelWrite", "pojoWrite", "newsmodel / POJO"),
    ("validate only", "ValidateBenchmark", "newsmodelValidate", "pojoValidate",
     "NewsValidator / Hibernate Validator on POJOs"),
    ("1 GiB NDJSON feed, -Xmx64m", "StreamBenchmark", "feed:records", "singleDocument",
     "feed records/ms / single-document reads/ms"),
    ("ninjs read vs native", "ReadBenchmark", "ninjsRead", "newsmodelReadValidate",
     "ninjs 3.1 read + validate / native read + validate"),
    ("ninjs write vs native", "WriteBenchmark", "ninjsWrite", "newsmodelWrite",
     "ninjs 3.1 write / native write"),
]

TARGETS = {
    "read": 1.0,
    "read + validate": 1.3,
    "read + validate vs POJO read": 0.9,
    "write": 1.0,
    "1 GiB NDJSON feed, -Xmx64m": 0.8,
    # "within 1.2x": at most 1.2 times the time, so at least 1 / 1.2 of the throughput
    "ninjs read vs native": 1 / 1.2,
    "ninjs write vs native": 1 / 1.2,
}

# allocation per read: at most this many bytes per payload byte
ALLOCATION_TARGET = 2.0


def load(path):
    with open(path, encoding="utf-8") as f:
        runs = json.load(f)
    scores = {}
    for run in runs:
        cls, method = run["benchmark"].split(".")[-2:]
        payload = run.get("params", {}).get("payload", "")
        primary = run["primaryMetric"]
        scores[(cls, method, payload)] = (primary["score"], primary["scoreError"],
                                          primary["scoreUnit"])
        for name, metric in run.get("secondaryMetrics", {}).items():
            scores[(cls, method + ":" + name, payload)] = (
                metric["score"], metric.get("scoreError", float("nan")), metric["scoreUnit"])
    jvm = runs[0].get("jvm", "") if runs else ""
    version = runs[0].get("vmVersion", "") if runs else ""
    return scores, jvm, version


def ratios(scores):
    rows = []
    for label, cls, ours, theirs, meaning in COMPARISONS:
        for payload in PAYLOADS:
            a = scores.get((cls, ours, payload))
            b = scores.get((cls, theirs, payload))
            if a and b and b[0] > 0:
                rows.append((label, payload, a[0] / b[0], meaning))
    return rows


def fmt(value):
    if value >= 100:
        return "%.0f" % value
    if value >= 10:
        return "%.1f" % value
    return "%.2f" % value


def fmt_like(value, reference):
    """Formats an error with as many decimals as its score."""
    if reference >= 100:
        return "%.0f" % value
    if reference >= 10:
        return "%.1f" % value
    return "%.2f" % value


def markdown(scores, sizes):
    methods = [
        ("ReadBenchmark", "tokenScan", "Jackson token scan, builds nothing (floor)"),
        ("ReadBenchmark", "stringScan", "Jackson token scan that builds every string value"),
        ("ReadBenchmark", "pojoRead", "POJOs: Jackson databind read"),
        ("ReadBenchmark", "newsmodelRead", "newsmodel: `NewsJson.read`"),
        ("ReadBenchmark", "pojoReadValidate", "POJOs: read + Hibernate Validator"),
        ("ReadBenchmark", "newsmodelReadValidate", "newsmodel: `NewsJson.readAndValidate`"),
        ("WriteBenchmark", "pojoWrite", "POJOs: Jackson databind write"),
        ("WriteBenchmark", "newsmodelWrite", "newsmodel: `NewsJson.writeBytes`"),
        ("ReadBenchmark", "ninjsRead", "newsmodel: ninjs 3.1 `Ninjs.read` (validates)"),
        ("WriteBenchmark", "ninjsWrite", "newsmodel: ninjs 3.1 `Ninjs.write`"),
        ("ValidateBenchmark", "pojoValidate", "POJOs: Hibernate Validator alone"),
        ("ValidateBenchmark", "newsmodelValidate", "newsmodel: `NewsValidator` alone"),
        ("StreamBenchmark", "singleDocument", "newsmodel: one record, `readAndValidate` (-Xmx64m)"),
        ("StreamBenchmark", "feed:records", "newsmodel: 1 GiB NDJSON feed, records/ms (-Xmx64m)"),
    ]
    lines = ["| Operation, ops/ms (higher is better) | " + " | ".join(
        "%s (%s B)" % (p, sizes.get(p, "?")) for p in PAYLOADS) + " |",
        "|---|" + "---:|" * len(PAYLOADS)]
    for cls, method, label in methods:
        cells = []
        for payload in PAYLOADS:
            s = scores.get((cls, method, payload))
            cells.append("%s ± %s" % (fmt(s[0]), fmt_like(s[1], s[0])) if s else "–")
        lines.append("| %s | %s |" % (label, " | ".join(cells)))
    lines.append("")
    lines.append("| Allocation per read, bytes per payload byte (`gc.alloc.rate.norm`; "
                 "target for `NewsJson.read`: ≤ %.0f) | " % ALLOCATION_TARGET
                 + " | ".join(PAYLOADS) + " |")
    lines.append("|---|" + "---:|" * len(PAYLOADS))
    for method, label in [("stringScan", "token scan building every string value (floor)"),
                          ("pojoRead", "POJOs: databind read"),
                          ("newsmodelRead", "newsmodel: `NewsJson.read`"),
                          ("pojoReadValidate", "POJOs: read + validate"),
                          ("newsmodelReadValidate", "newsmodel: `readAndValidate`")]:
        cells = []
        for payload in PAYLOADS:
            s = scores.get(("ReadBenchmark", method + ":gc.alloc.rate.norm", payload))
            size = sizes.get(payload)
            if s and size:
                mark = ""
                if method == "newsmodelRead":
                    mark = " ✓" if s[0] / size <= ALLOCATION_TARGET else " ✗"
                cells.append("%.2f%s (%s B)" % (s[0] / size, mark, fmt(s[0])))
            else:
                cells.append("–")
        lines.append("| %s | %s |" % (label, " | ".join(cells)))
    lines.append("")
    lines.append("| Ratio (within the run) | target | " + " | ".join(PAYLOADS) + " |")
    lines.append("|---|---:|" + "---:|" * len(PAYLOADS))
    table = {}
    for label, payload, ratio, meaning in ratios(scores):
        table.setdefault(label, {})[payload] = ratio
    for label, _, ours, theirs, _ in COMPARISONS:
        if label not in table:
            continue
        target = TARGETS.get(label)
        cells = []
        for payload in PAYLOADS:
            r = table[label].get(payload)
            if r is None:
                cells.append("–")
            else:
                ok = "" if target is None else (" ✓" if r >= target else " ✗")
                cells.append("%.2f×%s" % (r, ok))
        lines.append("| %s (`%s` / `%s`) | %s | %s |" % (
            label, ours, theirs, "≥ %.2f×" % target if target else "–", " | ".join(cells)))
    return "\n".join(lines)


def svg(scores, jvm, version):
    rows = ratios(scores)
    labels = []
    for label, _, _, _, _ in COMPARISONS:
        if any(r[0] == label for r in rows):
            labels.append(label)
    colors = {"SEED": "#1f77b4", "WIRE": "#ff7f0e", "LARGE": "#2ca02c"}
    bar_h, gap, group_gap = 14, 3, 18
    left, right, top = 250, 70, 70
    max_ratio = max([r[2] for r in rows] + [1.5])
    # ratios above 3 (validation alone on tiny documents) are clipped, their value still printed
    scale_max = min(3.0, max(2.0, float(int(max_ratio + 0.999))))
    width = 960
    plot_w = width - left - right
    group_h = len(PAYLOADS) * (bar_h + gap) + group_gap
    height = top + len(labels) * group_h + 60

    def x(value):
        return left + plot_w * value / scale_max

    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" '
           'viewBox="0 0 %d %d" font-family="Helvetica, Arial, sans-serif" font-size="12">'
           % (width, height, width, height),
           '<rect width="100%" height="100%" fill="white"/>',
           '<text x="%d" y="24" font-size="16" font-weight="bold">newsmodel against hand-written '
           'Jackson POJOs: throughput ratio (higher is better)</text>' % 10,
           '<text x="10" y="44" fill="#555">One JMH run, 1 fork, 2 shared cores; %s. '
           'Dashed: 1.0×; red: targets.</text>' % escape(("JDK " + version) if version else jvm)]
    # grid
    step = 0.5 if scale_max <= 4 else 1.0
    v = 0.0
    while v <= scale_max + 1e-9:
        out.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="%s" %s/>' % (
            x(v), top - 8, x(v), height - 50, "#999" if v == 1.0 else "#e5e5e5",
            'stroke-dasharray="4,3"' if v == 1.0 else ""))
        out.append('<text x="%.1f" y="%d" text-anchor="middle" fill="#555">%.1f×</text>' % (
            x(v), height - 34, v))
        v += step
    y = top
    for label in labels:
        meaning = next(c[4] for c in COMPARISONS if c[0] == label)
        out.append('<text x="%d" y="%d" text-anchor="end" font-weight="bold">%s</text>' % (
            left - 8, y + bar_h, escape(label)))
        out.append('<text x="%d" y="%d" text-anchor="end" fill="#777" font-size="10">%s</text>'
                   % (left - 8, y + bar_h + 14, escape(meaning)))
        target = TARGETS.get(label)
        for i, payload in enumerate(PAYLOADS):
            r = next((row[2] for row in rows if row[0] == label and row[1] == payload), None)
            by = y + i * (bar_h + gap)
            if r is None:
                continue
            out.append('<rect x="%d" y="%d" width="%.1f" height="%d" fill="%s"/>' % (
                left, by, max(1.0, x(min(r, scale_max)) - left), bar_h, colors[payload]))
            out.append('<text x="%.1f" y="%d" fill="#222">%.2f×%s</text>' % (
                x(min(r, scale_max)) + 4, by + bar_h - 3, r,
                " (clipped)" if r > scale_max else ""))
        if target:
            ty0 = y - 2
            ty1 = y + len(PAYLOADS) * (bar_h + gap)
            out.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#d62728" '
                       'stroke-width="2"/>' % (x(target), ty0, x(target), ty1))
        y += group_h
    lx = left
    for payload in PAYLOADS:
        out.append('<rect x="%d" y="%d" width="12" height="12" fill="%s"/>' % (
            lx, height - 22, colors[payload]))
        out.append('<text x="%d" y="%d">%s</text>' % (lx + 16, height - 12, payload))
        lx += 90
    out.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#d62728" stroke-width="2"/>' % (
        lx, height - 16, lx + 14, height - 16))
    out.append('<text x="%d" y="%d">target</text>' % (lx + 18, height - 12))
    out.append('</svg>')
    return "\n".join(out) + "\n"


def main(argv):
    results = argv[1] if len(argv) > 1 else os.path.join(HERE, "results", "latest.json")
    chart = argv[2] if len(argv) > 2 else os.path.join(HERE, "results", "latest.svg")
    payloads = argv[3] if len(argv) > 3 else os.path.join(HERE, "results", "payloads.json")
    scores, jvm, version = load(results)
    sizes = {}
    if os.path.exists(payloads):
        with open(payloads, encoding="utf-8") as f:
            sizes = json.load(f)
    with open(chart, "w", encoding="utf-8") as f:
        f.write(svg(scores, jvm, version))
    print(markdown(scores, sizes))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
