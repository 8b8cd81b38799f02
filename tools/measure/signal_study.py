#!/usr/bin/env python3
"""Which signal counts an exercise best? Reads the traces `repcam eval --trace DIR` writes (NAME.signals.csv) and
the truth files, and prints per candidate signal: the excursion of each true rep (peak minus the median of the
second before it), the noise at rest (standard deviation between reps), their ratio, and the excursion of reps
with each fault. Standard library only.

usage: signal_study.py TRACE_DIR SAMPLES_DIR [--exercise quadruped-plus]
"""
import argparse
import csv
import glob
import json
import os
import statistics


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("traces")
    ap.add_argument("samples")
    ap.add_argument("--exercise", default="quadruped-plus")
    a = ap.parse_args()
    per_signal = {}
    for trace in sorted(glob.glob(os.path.join(a.traces, "*.signals.csv"))):
        name = os.path.basename(trace)[:-len(".signals.csv")]
        truth = json.load(open(os.path.join(a.samples, name + ".truth.json")))
        if truth["exercise"] != a.exercise:
            continue
        rows = [r for r in csv.DictReader(open(trace)) if r["person"] == "1"]
        signals = [k for k in rows[0] if k.endswith("_confidence")]
        signals = [k[:-len("_confidence")] for k in signals]
        t = [float(r["time_s"]) for r in rows]
        reps = truth["reps"] + truth["partial_reps"]
        for s in signals:
            v = [float(r[s]) if r[s] else float("nan") for r in rows]
            stats = per_signal.setdefault(s, {"exc": [], "noise": [], "fault": {}})
            in_rep = [any(rep["start_s"] - 0.3 <= ti <= rep["end_s"] + 0.3 for rep in reps) for ti in t]
            rest = [vi for vi, inside, ti in zip(v, in_rep, t) if not inside and ti > 1.0]
            if len(rest) > 5:
                stats["noise"].append(statistics.pstdev(rest))
            for rep in truth["reps"]:
                base = [vi for vi, ti in zip(v, t) if rep["start_s"] - 1.0 <= ti < rep["start_s"]]
                inside = [vi for vi, ti in zip(v, t) if rep["start_s"] <= ti <= rep["end_s"]]
                if not base or not inside:
                    continue
                b = statistics.median(base)
                exc = max(inside) - b if abs(max(inside) - b) >= abs(min(inside) - b) else min(inside) - b
                if rep["faults"]:
                    for f in rep["faults"]:
                        stats["fault"].setdefault(f, []).append(exc)
                else:
                    stats["exc"].append(exc)
    print(f"{a.exercise}: per-rep excursion of clean reps vs noise at rest, and excursion in faulty reps")
    print(f"{'signal':22s} {'clean mean':>10s} {'clean min':>10s} {'noise':>8s} {'min/noise':>9s}  faulty reps")
    for s, st in per_signal.items():
        if not st["exc"]:
            continue
        noise = statistics.mean(st["noise"]) if st["noise"] else float("nan")
        mean, low = statistics.mean(st["exc"]), min(st["exc"], key=abs)
        faults = ", ".join(f"{k}: {' '.join(f'{x:.3g}' for x in v)}" for k, v in st["fault"].items())
        print(f"{s:22s} {mean:10.4g} {low:10.4g} {noise:8.3g} {abs(low) / noise if noise else 0:9.1f}  {faults}")


if __name__ == "__main__":
    main()
