"""A routine video from several rendered sets: each set walks in, does its reps and walks out of the picture,
the empty room is held for `gap_seconds` between sets, and the truth of every set is shifted to the routine's
clock. Renders the sets with render.sh (a set whose parameters are unchanged is not rendered again).

    /usr/bin/python3 tools/render/make_routine.py ROUTINE.json OUT_DIR   # OUT_DIR/NAME.mp4 + NAME.truth.json
"""
import copy
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def merged(common, override):
    out = copy.deepcopy(common)
    for k, v in override.items():
        out[k] = copy.deepcopy(v)
    return out


def render(params, work):
    path = os.path.join(work, "params.json")
    old = json.load(open(path)) if os.path.exists(path) else None
    if old == params and os.path.exists(os.path.join(work, "clip.mp4")):
        return
    os.makedirs(work, exist_ok=True)
    json.dump(params, open(path, "w"), indent=1)
    subprocess.run([os.path.join(HERE, "render.sh"), path, work], check=True, stdout=subprocess.DEVNULL)


def main():
    routine_file, out = sys.argv[1], sys.argv[2]
    routine = json.load(open(routine_file))
    name = os.path.basename(routine_file).split(".")[0]
    os.makedirs(out, exist_ok=True)
    gap = routine.get("gap_seconds", 5.0)
    fps = routine["common"]["fps"]
    parts, sets, t0 = [], [], 0.0
    for i, override in enumerate(routine["sets"]):
        params = merged(routine["common"], override)
        work = os.path.join(out, f"{name}.set{i + 1}")
        render(params, work)
        truth = json.load(open(os.path.join(work, "truth.json")))
        last = i == len(routine["sets"]) - 1
        hold = 0.0 if last else gap
        part = os.path.join(work, "padded.mp4")
        vf = f"tpad=stop_mode=clone:stop_duration={hold}" if hold > 0 else "null"
        subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", os.path.join(work, "clip.mp4"),
                        "-vf", vf, "-c:v", "libx264", "-crf", "22", "-pix_fmt", "yuv420p", part], check=True)
        parts.append(part)
        shift = lambda s: round(s + t0, 3)
        sets.append({"set": i + 1, "exercise": truth["exercise"], "start_s": round(t0, 3),
                     "end_s": shift(truth["duration_s"]), "rep_count": len(truth["reps"]),
                     "reps": [dict(r, start_s=shift(r["start_s"]), end_s=shift(r["end_s"]), peak_s=shift(r["peak_s"]))
                              for r in truth["reps"]],
                     "partial_reps": len(truth.get("partial_reps", [])),
                     "faults": [dict(f, start_s=shift(f["start_s"]), end_s=shift(f["end_s"]))
                                for f in truth.get("faults", [])]})
        t0 += truth["frames"] / fps + hold
    listing = os.path.join(out, f"{name}.parts.txt")
    with open(listing, "w") as fh:
        fh.writelines(f"file '{os.path.abspath(p)}'\n" for p in parts)
    video = os.path.join(out, f"{name}.mp4")
    subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-f", "concat", "-safe", "0", "-i", listing,
                    "-c", "copy", "-movflags", "+faststart", video], check=True)
    doc = {"schema": "repcam-routine-truth/1", "name": routine.get("name", name), "fps": fps,
           "duration_s": round(t0, 3), "sets": sets}
    json.dump(doc, open(os.path.join(out, f"{name}.truth.json"), "w"), indent=2)
    print(video)


if __name__ == "__main__":
    main()
