#!/usr/bin/python3
"""Writes N varied clip parameter files (for a larger evaluation set) from a seed.

usage: make_set.py OUT_DIR [--count 20] [--seed 1] [--fps 12] [--size 480x360]
Alternates the exercises; varies view (side / oblique 30-45 deg), the side facing the camera, body height and
build, skin, clothes and hair colours, light, tempo, depth; puts faults of the exercise's kinds on random reps,
and adds partial reps, pauses and fidgets to some clips.
"""
import argparse
import json
import os
import random

SKIN = [[0.88, 0.7, 0.58], [0.8, 0.6, 0.48], [0.72, 0.52, 0.4], [0.55, 0.37, 0.26], [0.45, 0.3, 0.22],
        [0.35, 0.22, 0.15]]
CLOTH = [[0.2, 0.35, 0.7], [0.7, 0.25, 0.25], [0.25, 0.5, 0.3], [0.85, 0.75, 0.3], [0.55, 0.3, 0.6],
         [0.35, 0.35, 0.4], [0.9, 0.9, 0.9], [0.1, 0.1, 0.12]]
HAIR = [[0.12, 0.08, 0.05], [0.03, 0.03, 0.03], [0.5, 0.35, 0.15], [0.6, 0.6, 0.6], [0.35, 0.2, 0.1]]
FAULTS = {"thoracic-extension": ["head_up", "chin_tucked"],
          "quadruped-plus": ["bent_elbows", "hands_forward", "head_up", "chin_tucked"]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--count", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--fps", type=int, default=12)
    ap.add_argument("--size", default="480x360")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    w, h = (int(v) for v in a.size.split("x"))
    os.makedirs(a.out, exist_ok=True)
    for i in range(a.count):
        exercise = ["thoracic-extension", "quadruped-plus"][i % 2]
        oblique = rng.random() < 0.4
        reps = rng.randint(4, 6)
        faults = {}
        for r in rng.sample(range(reps), rng.randint(0, 2)):
            faults[str(r)] = [rng.choice(FAULTS[exercise])]
        p = {
            "exercise": exercise, "seed": a.seed * 1000 + i, "fps": a.fps, "resolution": [w, h], "samples": 4,
            "rep_count": reps, "settle_seconds": 2.0, "end_seconds": 1.0,
            "tempo_seconds": round(rng.uniform(2.2, 3.6) if exercise == "quadruped-plus" else rng.uniform(2.6, 4.0), 2),
            "tempo_jitter": 0.15, "depth_jitter": 0.1, "rest_seconds": round(rng.uniform(0.3, 0.8), 2),
            "faults": faults,
            "body": {"height": round(rng.uniform(1.55, 1.9), 2), "build": round(rng.uniform(0.9, 1.12), 2),
                     "skin": rng.choice(SKIN), "shirt": rng.choice(CLOTH), "pants": rng.choice(CLOTH),
                     "hair": rng.choice(HAIR)},
            "light": {"sun": round(rng.uniform(2.0, 4.0), 1), "fill": rng.randint(150, 320),
                      "sun_azimuth": rng.randint(-60, 60)},
            "camera": {"view": "oblique" if oblique else "side",
                       "azimuth_deg": rng.randint(30, 45) if oblique else 0,
                       "near_side": rng.choice(["left", "right"]), "height": round(rng.uniform(0.55, 0.9), 2),
                       "distance": round(rng.uniform(2.2, 2.7), 2)},
        }
        free = [r for r in range(reps) if str(r) not in faults]
        if rng.random() < 0.3 and free:
            p["partial_reps"] = [rng.choice(free)]
            p["partial_depth"] = 0.3
        if rng.random() < 0.3:
            p["pauses"] = {str(rng.randrange(reps)): 2.5}
        if rng.random() < 0.25:
            p["fidgets"] = [rng.randrange(1, reps)]
        name = f"set{a.seed}_{i:02d}_{exercise}_{p['camera']['view']}"
        with open(os.path.join(a.out, name + ".params.json"), "w") as f:
            json.dump(p, f, indent=1)
        print(name)


if __name__ == "__main__":
    main()
