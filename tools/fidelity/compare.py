#!/usr/bin/env python3
"""Compare RepCam's pose JSON with MediaPipe's (mp-anchor) landmark JSON for the same input.

usage: compare.py REPCAM.json ANCHOR.json [--min-visibility 0.5] [--json OUT.json]

Frames are matched by position (both tools number frames from 0 in decode order). For each frame where both
found a person, the distance of every landmark that MediaPipe reports as visible (visibility >= threshold) is
measured in pixels and divided by the image width. Prints per-input and overall median / p95 / max, and every
frame where exactly one of the two found a person. Exit code 0 always; the numbers are the result.
Standard library only.
"""
import argparse
import json
import math
import os
import sys

NAMES = ["nose", "left_eye_inner", "left_eye", "left_eye_outer", "right_eye_inner", "right_eye",
         "right_eye_outer", "left_ear", "right_ear", "mouth_left", "mouth_right", "left_shoulder",
         "right_shoulder", "left_elbow", "right_elbow", "left_wrist", "right_wrist", "left_pinky", "right_pinky",
         "left_index", "right_index", "left_thumb", "right_thumb", "left_hip", "right_hip", "left_knee",
         "right_knee", "left_ankle", "right_ankle", "left_heel", "right_heel", "left_foot_index",
         "right_foot_index"]


def percentile(values, q):
    if not values:
        return float("nan")
    s = sorted(values)
    pos = (len(s) - 1) * q
    lo, hi = math.floor(pos), math.ceil(pos)
    return s[lo] + (s[hi] - s[lo]) * (pos - lo)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("repcam")
    ap.add_argument("anchor")
    ap.add_argument("--min-visibility", type=float, default=0.5)
    ap.add_argument("--json")
    args = ap.parse_args()
    ours = json.load(open(args.repcam))["frames"]
    theirs = json.load(open(args.anchor))["frames"]
    if len(ours) != len(theirs):
        print(f"warning: {len(ours)} RepCam frames vs {len(theirs)} MediaPipe frames; comparing the first "
              f"{min(len(ours), len(theirs))}", file=sys.stderr)
    distances = []
    per_joint = {n: [] for n in NAMES}
    disagreements = []
    both = 0
    for i, (a, b) in enumerate(zip(ours, theirs)):
        found_a = a.get("landmarks") is not None
        found_b = bool(b.get("detected")) and b.get("pose_landmarks") is not None
        label = os.path.basename(b.get("file") or "") or f"frame {i}"
        if found_a != found_b:
            disagreements.append(f"{label}: RepCam {'found' if found_a else 'did not find'} a person, "
                                 f"MediaPipe {'did' if found_b else 'did not'}")
            continue
        if not found_a:
            continue
        both += 1
        w, h = b["width"], b["height"]
        for j, (p, q) in enumerate(zip(a["landmarks"], b["pose_landmarks"])):
            if q["visibility"] < args.min_visibility:
                continue
            d = math.hypot((p["x"] - q["x"]) * w, (p["y"] - q["y"]) * h) / w
            distances.append(d)
            per_joint[NAMES[j]].append(d)
    summary = {
        "frames": min(len(ours), len(theirs)),
        "frames_both_found": both,
        "frames_disagreeing": len(disagreements),
        "landmarks_compared": len(distances),
        "median_fraction_of_width": percentile(distances, 0.5),
        "p95_fraction_of_width": percentile(distances, 0.95),
        "max_fraction_of_width": max(distances) if distances else float("nan"),
        "worst_joints_median": sorted(((n, percentile(v, 0.5)) for n, v in per_joint.items() if v),
                                      key=lambda t: -t[1])[:5],
        "disagreements": disagreements,
    }
    print(f"frames {summary['frames']}, both found a person in {both}, disagree on {len(disagreements)}")
    print(f"visible landmarks compared: {len(distances)}")
    print(f"distance / image width: median {summary['median_fraction_of_width'] * 100:.3f}%  "
          f"p95 {summary['p95_fraction_of_width'] * 100:.3f}%  max {summary['max_fraction_of_width'] * 100:.3f}%")
    print("worst joints (median): " + ", ".join(f"{n} {v * 100:.2f}%" for n, v in summary["worst_joints_median"]))
    for line in disagreements:
        print("  " + line)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(summary, f, indent=2)


if __name__ == "__main__":
    main()
