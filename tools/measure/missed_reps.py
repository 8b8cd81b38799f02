#!/usr/bin/env python3
"""Why was a rep not counted? Reads the traces `repcam eval --trace DIR` (or tools/measure/Replay.java --trace)
writes (NAME.signals.csv: view, posture verdict, phase and count per frame) and the truth files, and prints for
every true full rep that the count did not rise for (from its start to a second after its end): how many of its
frames showed nobody, and how many each view and posture verdict ("side/in", "front/unknown", "oblique/out"), and
the counter's phases over them. A rep whose frames read "out" or "front" was stopped by the position or the view;
one that stayed in "rest" never moved far enough. Then a tally over the set. Standard library only.

usage: missed_reps.py TRACE_DIR SAMPLES_DIR [--exercise thoracic-extension]
"""
import argparse
import collections
import csv
import glob
import json
import os


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("traces")
    ap.add_argument("samples")
    ap.add_argument("--exercise")
    a = ap.parse_args()
    tally = collections.Counter()
    missed = 0
    for trace in sorted(glob.glob(os.path.join(a.traces, "*.signals.csv"))):
        name = os.path.basename(trace)[:-len(".signals.csv")]
        truth = json.load(open(os.path.join(a.samples, name + ".truth.json")))
        if a.exercise and truth["exercise"] != a.exercise:
            continue
        rows = list(csv.DictReader(open(trace)))
        t = [float(r["time_s"]) for r in rows]
        count = [int(r["count"]) for r in rows]
        for rep in truth["reps"]:
            if rep.get("partial"):
                continue
            inside = [i for i, ti in enumerate(t) if rep["start_s"] <= ti <= rep["end_s"] + 1.0]
            if not inside or count[inside[-1]] > count[max(inside[0] - 1, 0)]:
                continue
            missed += 1
            seen = collections.Counter("nobody" if rows[i]["person"] == "0"
                                       else rows[i]["view"] + "/" + rows[i].get("posture", "?") for i in inside)
            phases = collections.Counter(rows[i]["phase"] for i in inside)
            tally.update(seen)
            print(f"{name[:58]:58s} rep {rep['index']}  frames {dict(seen)}  phases {dict(phases)}")
    print(f"{missed} reps not counted; their frames: {dict(tally.most_common())}")


if __name__ == "__main__":
    main()
