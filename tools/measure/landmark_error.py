#!/usr/bin/env python3
"""How far RepCam's landmarks lie from a rendered clip's true joints, and how steady the trunk line is.

usage: landmark_error.py POSE.json CLIP.joints2d.csv CLIP.truth.json [--mirrored] [--label TEXT]

POSE.json from `repcam pose CLIP.mp4 --json POSE.json [--crops N]`; the joints (the renderer's near-side joint
centres, pixels) and the truth (which side faces the camera) from tools/render. --mirrored: the clip was flipped
left-right (clip-variant.sh mirrored or mirrored-grain): the true joints are flipped and the other side's
landmarks are the near ones. Frames matched by index; only frames where RepCam found a person.
Prints, per joint, the distance to the true joint in true torso lengths (median, 90th percentile), and for the
near-side trunk line (hip to shoulder against the horizontal): its error less the clip's median error (BlazePose's
landmarks are not the renderer's joint centres, so a steady offset is not counted), median and 90th percentile of
the size, and the frame-to-frame noise (median of |x[t] - (x[t-1] + x[t+1]) / 2|) of the reading and of the truth.
Standard library only.
"""
import argparse
import csv
import json
import math
import statistics

JOINTS = ["ear", "nose", "shoulder", "elbow", "wrist", "hip", "knee", "ankle"]


def pct(values, q):
    s = sorted(values)
    return s[min(len(s) - 1, int(q * (len(s) - 1) + 0.5))] if s else float("nan")


def second_difference(xs):
    return [abs(xs[i] - (xs[i - 1] + xs[i + 1]) / 2) for i in range(1, len(xs) - 1)
            if None not in (xs[i - 1], xs[i], xs[i + 1])]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pose")
    ap.add_argument("joints")
    ap.add_argument("truth")
    ap.add_argument("--mirrored", action="store_true")
    ap.add_argument("--label", default="")
    a = ap.parse_args()
    pose = json.load(open(a.pose))
    truth = json.load(open(a.truth))
    near = truth["camera"]["near_side"]
    if a.mirrored:
        near = "right" if near == "left" else "left"
    rows = {int(r["frame"]): r for r in csv.DictReader(open(a.joints))}
    errors = {j: [] for j in JOINTS}
    trunk_err, trunk_read, trunk_true = [], [], []
    for f in pose["frames"]:
        i, w, h = f["index"], f["width"], f["height"]
        r = rows.get(i)
        marks = {m["name"]: m for m in f.get("landmarks") or []}
        if r is None or not marks:
            trunk_read.append(None)
            trunk_true.append(None)
            continue

        def true_point(j):
            x, y = float(r[j + "_x"]), float(r[j + "_y"])
            return (w - x if a.mirrored else x), y

        def read_point(j):
            m = marks[near + "_" + j] if j not in ("nose",) else marks["nose"]
            return m["x"] * w, m["y"] * h

        ts, th = true_point("shoulder"), true_point("hip")
        torso = math.dist(ts, th)
        for j in JOINTS:
            errors[j].append(math.dist(true_point(j), read_point(j)) / torso)
        rs, rh = read_point("shoulder"), read_point("hip")
        sign = -1 if (ts[0] < th[0]) else 1  # angle measured looking from the hip toward the shoulder
        t_angle = math.degrees(math.atan2(th[1] - ts[1], sign * (ts[0] - th[0])))
        r_angle = math.degrees(math.atan2(rh[1] - rs[1], sign * (rs[0] - rh[0])))
        trunk_true.append(t_angle)
        trunk_read.append(r_angle)
        trunk_err.append(r_angle - t_angle)
    if not trunk_err:
        print(f"{a.label or a.pose}: no frame with a person")
        return
    bias = statistics.median(trunk_err)
    resid = [abs(e - bias) for e in trunk_err]
    joint_text = "  ".join(f"{j} {statistics.median(v):.3f}/{pct(v, 0.9):.3f}" for j, v in errors.items() if v)
    print(f"{a.label or a.pose}: {len(trunk_err)} frames  trunk line error less its median ({bias:+.1f} deg): "
          f"median {statistics.median(resid):.2f}, 90% {pct(resid, 0.9):.2f} deg; noise read "
          f"{statistics.median(second_difference(trunk_read)):.3f}, true "
          f"{statistics.median(second_difference(trunk_true)):.3f} deg")
    print(f"    joints, distance / torso length, median/90%: {joint_text}")


if __name__ == "__main__":
    main()
