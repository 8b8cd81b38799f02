"""Parametric motion for RepCam's rendered exercise clips: parameters in, per-frame joint positions and exact
truth out. Pure Python (no Blender), so the truth of a committed sample can be re-derived anywhere.

Body frame: metres, x forward (the way the person faces), y to the person's left, z up; the knees are at x = 0.
"""
import math
import random

TRUTH_SCHEMA = "repcam-truth/1"
# A rep whose depth is below this share of the nominal full depth is a partial rep (never counted).
PARTIAL_BELOW = 0.5
FAULTS = ("head_up", "chin_tucked", "bent_elbows", "hands_forward")


def segment_lengths(height):
    return dict(thigh=0.245 * height, shin=0.246 * height, upper_arm=0.186 * height, forearm=0.146 * height,
                hand=0.06 * height, torso=0.30 * height, neck=0.055 * height, head=0.075 * height,
                hip_half=0.085 * height, shoulder_half=0.115 * height, foot=0.14 * height)


def _circle_intersection(c0, r0, c1, r1, upper=True):
    """Intersection of two circles in the x-z plane; the one with the larger z when `upper`."""
    dx, dz = c1[0] - c0[0], c1[1] - c0[1]
    d = math.hypot(dx, dz)
    d = min(max(d, abs(r0 - r1) + 1e-6), r0 + r1 - 1e-6)
    a = (r0 * r0 - r1 * r1 + d * d) / (2 * d)
    h = math.sqrt(max(r0 * r0 - a * a, 0))
    mx, mz = c0[0] + a * dx / d, c0[1] + a * dz / d
    p1 = (mx + h * dz / d, mz - h * dx / d)
    p2 = (mx - h * dz / d, mz + h * dx / d)
    return max(p1, p2, key=lambda p: p[1]) if upper else min(p1, p2, key=lambda p: p[1])


def _rot(v, deg):
    a = math.radians(deg)
    return (v[0] * math.cos(a) - v[1] * math.sin(a), v[0] * math.sin(a) + v[1] * math.cos(a))


def pose(exercise, depth, neck_deg, bent, hands_forward, body, chair_x):
    """Sagittal joints (x, z) of one side, plus `upper_back_lift` (m) and the head, for one instant."""
    L = segment_lengths(body["height"])
    knee = (0.0, 0.09)  # knee joint centre above the mat
    ankle = (-L["shin"], 0.07)
    j = {"knee": knee, "ankle": ankle, "toe": (ankle[0] - 0.05, 0.03), "heel": (ankle[0] + 0.02, 0.09)}
    if exercise == "thoracic-extension":
        seat_z = 0.46
        elbow = (chair_x + 0.12, seat_z + 0.05)
        # upper arm below the horizontal behind the elbow: 12 deg at rest, 50 deg at full depth
        alpha = 12 + 38 * depth
        shoulder = (elbow[0] - L["upper_arm"] * math.cos(math.radians(alpha)),
                    elbow[1] - L["upper_arm"] * math.sin(math.radians(alpha)))
        hip = _circle_intersection(knee, L["thigh"], shoulder, L["torso"], upper=True)
        wrist = (elbow[0] + L["forearm"], seat_z + 0.04)
        lift = 0.0
    else:
        hip = (knee[0] + 0.03, knee[1] + L["thigh"])
        arm = L["upper_arm"] + L["forearm"]
        wrist_x = hip[0] + L["torso"] * 0.96 + hands_forward
        drop = 0.05 * bent
        shoulder_x = hip[0] + math.sqrt(max(L["torso"] ** 2 - (arm - 0.02 - drop - hip[1]) ** 2, 0.01))
        shoulder = (shoulder_x, arm + 0.02 - drop)
        wrist = (wrist_x, 0.04)
        if bent > 0:
            mid = ((shoulder[0] + wrist[0]) / 2, (shoulder[1] + wrist[1]) / 2)
            # the elbow sticks out backwards: about 140 deg at the elbow when fully bent
            span = math.hypot(shoulder[0] - wrist[0], shoulder[1] - wrist[1])
            off = math.sqrt(max(L["upper_arm"] ** 2 - (span / 2) ** 2, 0))
            elbow = (mid[0] - off, mid[1])
        else:
            t = L["upper_arm"] / arm
            elbow = (shoulder[0] + (wrist[0] - shoulder[0]) * t, shoulder[1] + (wrist[1] - shoulder[1]) * t)
        lift = 0.045 * depth  # the upper back rises between the shoulder blades
    j.update(hip=hip, shoulder=shoulder, elbow=elbow, wrist=wrist)
    trunk = (shoulder[0] - hip[0], shoulder[1] - hip[1])
    tl = math.hypot(*trunk)
    unit = (trunk[0] / tl, trunk[1] / tl)
    neck_base = (shoulder[0] + 0.02 * unit[0], shoulder[1] + 0.04 + lift)
    neck_dir = _rot(unit, neck_deg + 5)
    head = (neck_base[0] + (L["neck"] + L["head"]) * neck_dir[0], neck_base[1] + (L["neck"] + L["head"]) * neck_dir[1])
    j.update(neck_base=neck_base, head=head, upper_back_lift=lift, neck_dir=neck_dir)
    j["hand_tip"] = (wrist[0] + L["hand"] * (1 if exercise == "thoracic-extension" else 0.4),
                     wrist[1] - (0 if exercise == "thoracic-extension" else 0.02))
    return j


def _ease(x):
    x = max(0.0, min(1.0, x))
    return 0.5 - 0.5 * math.cos(math.pi * x)


def plan(params):
    """The set as a list of timed segments, and the truth: reps, partial reps, faults."""
    rng = random.Random(params.get("seed", 0))
    segments = []  # (start, end, kind, info)
    t = params.get("settle_seconds", 1.5)
    segments.append((0.0, t, "hold", {}))
    reps, partials, faults = [], [], []
    n = params["rep_count"]
    partial_at = set(params.get("partial_reps", []))
    pauses = {int(k): v for k, v in params.get("pauses", {}).items()}
    fault_at = {int(k): v for k, v in params.get("faults", {}).items()}
    fidget_at = set(params.get("fidgets", []))
    tempo = params.get("tempo_seconds", 3.0)
    for i in range(n):
        if i in fidget_at:  # a small shuffle at rest: never a rep
            segments.append((t, t + 0.8, "fidget", {"depth": 0.12}))
            t += 0.8
        dur = tempo * (1 + rng.uniform(-1, 1) * params.get("tempo_jitter", 0.1))
        depth = 1.0 + rng.uniform(-1, 1) * params.get("depth_jitter", 0.08)
        if i in partial_at:
            depth = params.get("partial_depth", 0.3)
        down, hold, up = 0.4 * dur, 0.15 * dur, 0.45 * dur
        rep_faults = list(fault_at.get(i, []))
        info = {"depth": depth, "down": down, "hold": hold, "up": up, "faults": rep_faults}
        segments.append((t, t + dur, "rep", info))
        entry = {"start_s": round(t, 4), "end_s": round(t + dur, 4), "peak_s": round(t + down + hold / 2, 4),
                 "depth": round(depth, 4), "faults": rep_faults}
        if depth < PARTIAL_BELOW:
            entry["partial"] = True
            partials.append(entry)
        else:
            entry["partial"] = False
            entry["index"] = len(reps) + 1
            reps.append(entry)
        for f in rep_faults:
            if f == "bent_elbows":
                # the elbows are more than half bent over the middle two thirds of the return
                span = (t + down + hold + up / 6, t + down + hold + 5 * up / 6)
            else:
                # held from 20% into the descent until 60% of the way back
                span = (t + 0.2 * down, t + down + hold + 0.6 * up)
            faults.append({"kind": f, "start_s": round(span[0], 4), "end_s": round(span[1], 4),
                           "rep": entry.get("index")})
        t += dur
        gap = pauses.get(i, params.get("rest_seconds", 0.4))
        segments.append((t, t + gap, "hold", {}))
        t += gap
    end = t + params.get("end_seconds", 1.0)
    segments.append((t, end, "hold", {}))
    return segments, end, {"reps": reps, "partial_reps": partials, "faults": faults}


def state_at(segments, time):
    """(depth, neck_deg, bent (0..1), hands_forward) at a time."""
    for start, end, kind, info in segments:
        if start <= time < end:
            x = time - start
            if kind == "hold":
                return 0.0, 0.0, 0.0, 0.0
            if kind == "fidget":
                return info["depth"] * math.sin(math.pi * x / (end - start)), 0.0, 0.0, 0.0
            down, hold, up = info["down"], info["hold"], info["up"]
            d = _ease(x / down) if x < down else 1.0 if x < down + hold else 1 - _ease((x - down - hold) / up)
            depth = info["depth"] * d
            # faults ramp in over the descent and out over the return, as a person would drift into them
            f = min(1.0, d * 1.6)
            neck = 0.0
            bent = 0.0
            hands = 0.0
            for fault in info["faults"]:
                if fault == "head_up":
                    neck = 38 * f
                elif fault == "chin_tucked":
                    neck = -40 * f
                elif fault == "bent_elbows":
                    # the chest is let down by bending the elbows on the way back (sine over the return)
                    if x >= down + hold:
                        bent = math.sin(math.pi * (x - down - hold) / up)
                elif fault == "hands_forward":
                    hands = 0.2 * f
            return depth, neck, bent, hands
    return 0.0, 0.0, 0.0, 0.0


def truth_document(params, end, truth, frames):
    cam = params.get("camera", {})
    return {
        "schema": TRUTH_SCHEMA,
        "exercise": params["exercise"],
        "fps": params["fps"],
        "frames": frames,
        "duration_s": round(end, 4),
        "resolution": params["resolution"],
        "camera": {"view": cam.get("view", "side"), "azimuth_deg": cam.get("azimuth_deg", 0),
                   "near_side": cam.get("near_side", "left")},
        "partial_below": PARTIAL_BELOW,
        "reps": truth["reps"],
        "partial_reps": truth["partial_reps"],
        "faults": truth["faults"],
        "person_in_view": [[0.0, round(end, 4)]],
        "params": params,
    }
