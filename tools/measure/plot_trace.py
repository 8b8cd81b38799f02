#!/usr/bin/python3
"""Plots a clip's per-frame signals (`repcam eval --trace DIR`, or tools/measure/Replay.java --trace DIR) against its
truth: true reps shaded (red when faulty, with the fault's name; grey when partial), each counted rep marked where
the count goes up, and the active faults along the bottom. Use Debian's python3 (matplotlib).

usage: plot_trace.py TRACE.signals.csv TRUTH.json OUT.png [--signals a,b,c]
"""
import argparse
import csv
import json

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("trace")
    ap.add_argument("truth")
    ap.add_argument("out")
    ap.add_argument("--signals", help="comma-separated; default: every signal in the trace")
    a = ap.parse_args()
    rows = list(csv.DictReader(open(a.trace)))
    truth = json.load(open(a.truth))
    names = [k[:-len("_confidence")] for k in rows[0] if k.endswith("_confidence")]
    if a.signals:
        names = a.signals.split(",")
    t = [float(r["time_s"]) for r in rows]
    fig, axes = plt.subplots(len(names) + 1, 1, figsize=(14, 2.0 * len(names) + 1.6), sharex=True)
    for ax, name in zip(axes, names):
        v = [float(r[name]) if r[name] and float(r[name + "_confidence"]) >= 0.5 else float("nan") for r in rows]
        ax.plot(t, v, lw=1)
        ax.set_ylabel(name, fontsize=8)
        for rep in truth["reps"]:
            ax.axvspan(rep["start_s"], rep["end_s"], color="red" if rep["faults"] else "green", alpha=0.12)
            if rep["faults"]:
                ax.text(rep["start_s"], ax.get_ylim()[1], ",".join(rep["faults"]), fontsize=7, va="top")
        for rep in truth["partial_reps"]:
            ax.axvspan(rep["start_s"], rep["end_s"], color="grey", alpha=0.2)
        last = 0
        for ti, r in zip(t, rows):
            if int(r["count"]) > last:
                ax.axvline(ti, color="black", lw=0.8, ls="--")
                last = int(r["count"])
    ax = axes[-1]
    kinds = sorted({f for r in rows for f in r["faults"].split()})
    for k, kind in enumerate(kinds):
        xs = [ti for ti, r in zip(t, rows) if kind in r["faults"].split()]
        ax.plot(xs, [k] * len(xs), "|", ms=8)
    ax.set_yticks(range(len(kinds)))
    ax.set_yticklabels(kinds, fontsize=7)
    phases = ["waiting", "rest", "going", "target", "returning"]
    ax2 = ax.twinx()
    ax2.plot(t, [phases.index(r["phase"]) if r["phase"] in phases else -1 for r in rows], color="grey", lw=0.8)
    ax2.set_yticks(range(len(phases)))
    ax2.set_yticklabels(phases, fontsize=7)
    cam = truth.get("camera", {})
    fig.suptitle(f"{a.trace.split('/')[-1]}: true {len(truth['reps'])}, counted {rows[-1]['count']}; camera "
                 f"{cam.get('view')} {cam.get('azimuth_deg')} deg {cam.get('near_side')}", fontsize=10)
    fig.tight_layout()
    fig.savefig(a.out, dpi=80)


if __name__ == "__main__":
    main()
