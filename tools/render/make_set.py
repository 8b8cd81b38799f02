#!/usr/bin/python3
"""Writes N varied clip parameter files (for an evaluation set) from a seed, and prints their names.

usage: make_set.py OUT_DIR [--count 20] [--seed 1] [--formats 480x360@12,640x480@15,640x480@24] [--wide]
                   [--exercises thoracic-extension,quadruped-plus]

Deterministic for a seed. Alternates the exercises; per exercise the views cycle through side, oblique (30-45
deg), front (camera facing the person; 70-75 deg for the thoracic extension, beside the chair) and side again, with
the near side alternating; camera height (0.5-1.2 m), distance (2.2-3.4 m) and lens (26-35 mm) vary. Frame size
and rate cycle through --formats, mostly the first (cheapest). Every fault kind of each exercise is put on some
reps (a rotating list, 0-2 faulty reps a clip); body height and build, skin, clothes and hair colours, light, tempo
and depth vary; some clips get a partial rep, a pause, a fidget, a walk-in (from outside the picture; 7 clips in
20) and one of those a walk-out.
With --wide (the varied set of issue 11) the camera is anywhere from side-on to 50 deg round towards the front
(named "side" up to 15 deg, "oblique" beyond), 0.3-1.2 m high; legs, arms and torso each 0.9-1.1 of the average
proportions; floor, wall and mat colours vary; the quadruped's faulty reps are bent elbows every other time; and
every clip gets two variants (make-set.sh, clip-variant.sh): flipped left-right with grain and harder
compression, and darker and flatter, compressed harder still.
Prints to stderr how many frames the set will take to render.
"""
import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import motion  # noqa: E402

SKIN = [[0.88, 0.7, 0.58], [0.8, 0.6, 0.48], [0.72, 0.52, 0.4], [0.55, 0.37, 0.26], [0.45, 0.3, 0.22],
        [0.35, 0.22, 0.15]]
CLOTH = [[0.2, 0.35, 0.7], [0.7, 0.25, 0.25], [0.25, 0.5, 0.3], [0.85, 0.75, 0.3], [0.55, 0.3, 0.6],
         [0.35, 0.35, 0.4], [0.9, 0.9, 0.9], [0.1, 0.1, 0.12]]
HAIR = [[0.12, 0.08, 0.05], [0.03, 0.03, 0.03], [0.5, 0.35, 0.15], [0.6, 0.6, 0.6], [0.35, 0.2, 0.1]]
FAULTS = {"thoracic-extension": ["head_up", "chin_tucked", "elbows_off_chair"],
          "quadruped-plus": ["bent_elbows", "hands_forward", "head_up", "chin_tucked"]}
# --wide: the quadruped's faults with bent elbows every other time (the fault judged obliquely from world landmarks)
WIDE_FAULTS = {"thoracic-extension": FAULTS["thoracic-extension"],
               "quadruped-plus": ["bent_elbows", "hands_forward", "bent_elbows", "head_up", "bent_elbows",
                                  "chin_tucked"]}
FLOOR = [[0.55, 0.42, 0.3], [0.35, 0.3, 0.28], [0.7, 0.66, 0.6], [0.25, 0.2, 0.15], [0.5, 0.5, 0.52]]
WALL = [[0.82, 0.8, 0.74], [0.6, 0.7, 0.8], [0.9, 0.88, 0.85], [0.45, 0.5, 0.45], [0.75, 0.6, 0.5],
        [0.3, 0.3, 0.35]]
MAT = [[0.25, 0.5, 0.45], [0.6, 0.2, 0.3], [0.2, 0.2, 0.25], [0.5, 0.45, 0.7], [0.8, 0.55, 0.2]]
VIEWS = ["side", "oblique", "front", "side", "oblique", "side"]
# share of clips per format slot: mostly the cheapest
FORMAT_SLOTS = [0, 1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--count", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--formats", default="480x360@12,640x480@15,640x480@24")
    ap.add_argument("--wide", action="store_true", help="the varied set: see the module text")
    ap.add_argument("--exercises", default="thoracic-extension,quadruped-plus", help="taken in turn")
    a = ap.parse_args()
    formats = []
    for f in a.formats.split(","):
        size, fps = f.split("@")
        w, h = (int(v) for v in size.split("x"))
        formats.append(([w, h], int(fps)))
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    fault_turn = {e: 0 for e in FAULTS}
    total_frames = 0
    for i in range(a.count):
        exercises = a.exercises.split(",")
        exercise = exercises[i % len(exercises)]
        k = i // len(exercises)  # the k-th clip of this exercise
        view = VIEWS[k % len(VIEWS)]
        near = ["left", "right"][(k // 2 + i) % 2]
        size, fps = formats[FORMAT_SLOTS[i % len(FORMAT_SLOTS)] % len(formats)]
        reps = rng.randint(3, 5) if fps <= 12 else 4 if fps <= 15 else 3
        if i % 4 == 1 or i % 10 == 6:
            reps = min(reps, 4)  # walk-ins are long enough already
        faults = {}
        kinds = (WIDE_FAULTS if a.wide else FAULTS)[exercise]
        for r in rng.sample(range(reps), [1, 2, 1, 0][k % 4]):
            faults[str(r)] = [kinds[fault_turn[exercise] % len(kinds)]]
            fault_turn[exercise] += 1
        # front: face on; for the thoracic extension from 70-75 deg, beside the chair (straight ahead, its back hides
        # the whole person); the shoulder line is then still within 25 deg of the picture plane
        front = 90 if exercise == "quadruped-plus" else rng.randint(70, 75)
        azimuth = {"side": 0, "oblique": rng.randint(30, 45), "front": front}[view]
        p = {
            "exercise": exercise, "seed": a.seed * 1000 + i, "fps": fps, "resolution": size, "samples": 4,
            "rep_count": reps, "settle_seconds": 2.0, "end_seconds": 1.0,
            "tempo_seconds": round(rng.uniform(2.2, 3.4) if exercise == "quadruped-plus" else rng.uniform(2.8, 4.0), 2),
            "tempo_jitter": 0.15, "depth_jitter": 0.1, "rest_seconds": round(rng.uniform(0.3, 0.8), 2),
            "faults": faults,
            "body": {"height": round(rng.uniform(1.55, 1.9), 2), "build": round(rng.uniform(0.9, 1.12), 2),
                     "skin": rng.choice(SKIN), "shirt": rng.choice(CLOTH), "pants": rng.choice(CLOTH),
                     "hair": rng.choice(HAIR)},
            "light": {"sun": round(rng.uniform(2.0, 4.0), 1), "fill": rng.randint(150, 320),
                      "sun_azimuth": rng.randint(-60, 60)},
            "camera": {"view": view, "azimuth_deg": azimuth, "near_side": near,
                       "height": round(rng.uniform(0.5, 1.2), 2), "distance": round(rng.uniform(2.2, 3.4), 2),
                       "lens_mm": rng.choice([26, 30, 30, 35])},
        }
        if a.wide:
            azimuth = rng.randint(0, 50)
            view = "side" if azimuth <= 15 else "oblique"
            p["camera"].update(view=view, azimuth_deg=azimuth, height=round(rng.uniform(0.3, 1.2), 2))
            p["body"].update({part: round(rng.uniform(0.9, 1.1), 2) for part in motion.PROPORTIONS})
            p.update(floor=rng.choice(FLOOR), wall=rng.choice(WALL), mat=rng.choice(MAT))
            p["variants"] = ["mirrored-grain", "dim"]  # make-set.sh writes NAME-VARIANT.mp4 beside the clip
        free = [r for r in range(reps) if str(r) not in faults]
        if rng.random() < 0.3 and free:
            p["partial_reps"] = [rng.choice(free)]
            p["partial_depth"] = 0.3
        if rng.random() < 0.3:
            p["pauses"] = {str(rng.randrange(reps)): 2.0}
        if rng.random() < 0.25:
            p["fidgets"] = [rng.randrange(1, reps)]
        walk = ""
        if i % 4 == 1 or i % 10 == 6:
            p["walk_in"] = {}
            walk = "_walk-in"
            if i == 9:
                p["walk_out"] = {}
                walk = "_walk-in-out"
        name = f"set{a.seed}_{i:02d}_{exercise}_{view}-{near}{walk}"
        with open(os.path.join(a.out, name + ".params.json"), "w") as f:
            json.dump(p, f, indent=1)
        segments, end, _ = motion.plan(p)
        total_frames += int(round(end * fps))
        print(name)
    copies = f" (and two variants of each)" if a.wide else ""
    print(f"{a.count} clips{copies}, {total_frames} frames to render", file=sys.stderr)


if __name__ == "__main__":
    main()
