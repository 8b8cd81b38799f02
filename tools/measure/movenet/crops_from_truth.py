#!/usr/bin/env python3
"""Square crops round the rendered person's true joints, for movenet_reads.js: the best crop a tracker could give.

usage: crops_from_truth.py CLIP.joints2d.csv STRIDE WIDTH HEIGHT > CROPS.txt

A line per STRIDE-th frame: the centre of the joints' box and 1.4 times its longer side (at least 120 px); "none"
where the true shoulder or hip lies outside the WIDTH x HEIGHT picture (walking in or out: nobody to read, as
RepCam's frames without a person are left out of the scores). Standard library only.
"""
import csv
import sys


def main():
    joints, stride, width, height = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
    rows = list(csv.DictReader(open(joints)))
    for r in rows[::stride]:
        if not all(0 <= float(r[j + "_x"]) < width and 0 <= float(r[j + "_y"]) < height for j in ("shoulder", "hip")):
            print("none")
            continue
        xs = [float(v) for k, v in r.items() if k.endswith("_x")]
        ys = [float(v) for k, v in r.items() if k.endswith("_y")]
        side = max(120.0, 1.4 * max(max(xs) - min(xs), max(ys) - min(ys)))
        print(f"{(min(xs) + max(xs)) / 2:.1f} {(min(ys) + max(ys)) / 2:.1f} {side:.1f}")


if __name__ == "__main__":
    main()
