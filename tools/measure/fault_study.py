#!/usr/bin/env python3
"""Which signal tells a form fault? Reads the traces `repcam eval --trace DIR` writes (NAME.signals.csv) and the
truth files, and prints for each candidate signal the per-rep extreme (lowest with --below, highest otherwise)
over each true rep, also as a change from the person's set-up value (the median over the second before the first
rep), for the reps with the fault and the reps without it, and how far apart the two groups are. Standard library
only.

usage: fault_study.py TRACE_DIR SAMPLES_DIR --fault bent_elbows --signals elbow_angle,elbow_world [--below]
                      [--top 0.4 --counting trunk_incline]
--top: only the frames of a rep whose counting signal is within that share of the rep's excursion from its set-up
value (as a rule with judge_below_depth sees them).
"""
import argparse
import csv
import glob
import json
import math
import os
import statistics


def setup_value(t, v, first):
    setup = [vi for ti, vi in zip(t, v) if first - 1.0 <= ti < first]
    return statistics.median(setup) if setup else float("nan")


def rep_extremes(trace, truth, signal, below, top=None, counting=None):
    """(faulty?, extreme, extreme minus set-up value) per true rep of one clip."""
    rows = [r for r in csv.DictReader(open(trace)) if r["person"] == "1" and r.get(signal)]
    if not rows or not truth["reps"]:
        return []
    t = [float(r["time_s"]) for r in rows]
    v = [float(r[signal]) for r in rows]
    first = truth["reps"][0]["start_s"]
    base = setup_value(t, v, first)
    c = [float(r[counting]) for r in rows] if top is not None else None
    c_base = setup_value(t, c, first) if c else None
    pick = min if below else max
    out = []
    for rep in truth["reps"]:
        idx = [i for i, ti in enumerate(t) if rep["start_s"] <= ti <= rep["end_s"]]
        if c and idx:
            excursion = max(abs(c[i] - c_base) for i in idx)
            idx = [i for i in idx if abs(c[i] - c_base) <= top * excursion]
        inside = [v[i] for i in idx]
        if inside:
            e = pick(inside)
            out.append((bool(rep["faults"]) and fault_of(rep), e, e - base))
    return out


FAULT = None


def fault_of(rep):
    return FAULT in rep["faults"]


def main():
    global FAULT
    ap = argparse.ArgumentParser()
    ap.add_argument("traces")
    ap.add_argument("samples")
    ap.add_argument("--fault", required=True)
    ap.add_argument("--signals", required=True)
    ap.add_argument("--below", action="store_true", help="the fault lowers the signal")
    ap.add_argument("--top", type=float, help="only frames within this share of the rep's excursion")
    ap.add_argument("--counting", default="trunk_incline", help="the counting signal, for --top")
    a = ap.parse_args()
    FAULT = a.fault
    for signal in a.signals.split(","):
        faulty, clean = [], []
        print(f"{signal} ({'lowest' if a.below else 'highest'} per rep; value / change from set-up):")
        for trace in sorted(glob.glob(os.path.join(a.traces, "*.signals.csv"))):
            name = os.path.basename(trace)[:-len(".signals.csv")]
            truth_file = os.path.join(a.samples, name + ".truth.json")
            if not os.path.exists(truth_file):
                continue
            reps = rep_extremes(trace, json.load(open(truth_file)), signal, a.below, a.top, a.counting)
            if not reps:
                continue
            digits = 2 if max(abs(e) for _, e, _ in reps) < 10 else 1  # heights per torso length need two
            cells = " ".join(f"{'*' if f else ' '}{e:7.{digits}f}/{d:+6.{digits}f}" for f, e, d in reps)
            print(f"  {name[:52]:52s} {cells}")
            for f, e, d in reps:
                (faulty if f else clean).append((e, d))
        if faulty and clean:
            for i, what in ((0, "value"), (1, "change")):
                fv = [x[i] for x in faulty if not math.isnan(x[i])]
                cv = [x[i] for x in clean if not math.isnan(x[i])]
                if a.below:
                    gap = min(cv) - max(fv)
                    print(f"  {what}: faulty at most {max(fv):.2f}, clean at least {min(cv):.2f}: gap {gap:+.2f}")
                else:
                    gap = min(fv) - max(cv)
                    print(f"  {what}: faulty at least {min(fv):.2f}, clean at most {max(cv):.2f}: gap {gap:+.2f}")
        print(f"  ({len(faulty)} reps with {a.fault}, {len(clean)} without; * marks the reps with it)")


if __name__ == "__main__":
    main()
