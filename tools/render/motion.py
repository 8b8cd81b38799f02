"""Parametric motion for RepCam's rendered exercise clips: parameters in, per-frame joint positions and exact
truth out. Pure Python (no Blender), so the truth of a committed sample can be re-derived anywhere.

Body frame: metres, x forward (the way the person faces), y to the person's left, z up; the knees are at x = 0.
"""
import math
import random

import library  # library.py imports this module back; each uses the other only inside functions

TRUTH_SCHEMA = "repcam-truth/1"
# A rep whose depth is below this share of the nominal full depth is a partial rep (never counted).
PARTIAL_BELOW = 0.5
FAULTS = ("head_up", "chin_tucked", "bent_elbows", "hands_forward", "elbows_off_chair")
CHAIR_X = 0.75  # front edge of the chair seat region used by the thoracic extension (knees at x = 0)


# body proportions a clip can vary (params body.legs / body.arms / body.torso, factors on the average lengths)
PROPORTIONS = {"legs": ("thigh", "shin", "foot"), "arms": ("upper_arm", "forearm", "hand"), "torso": ("torso", "neck")}


def segment_lengths(height):
    return dict(thigh=0.245 * height, shin=0.246 * height, upper_arm=0.186 * height, forearm=0.146 * height,
                hand=0.06 * height, torso=0.30 * height, neck=0.055 * height, head=0.075 * height,
                hip_half=0.085 * height, shoulder_half=0.115 * height, foot=0.14 * height)


def body_lengths(body):
    """The segment lengths of one body: average proportions for its height, times its own legs/arms/torso
    factors (1 when not given)."""
    L = segment_lengths(body["height"])
    for part, segments in PROPORTIONS.items():
        for seg in segments:
            L[seg] *= body.get(part, 1.0)
    return L


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


def pose(exercise, depth, neck_deg, bent, hands_forward, body, chair_x, elbow_lift=0.0):
    """Sagittal joints (x, z) of one side, plus `upper_back_lift` (m) and the head, for one instant."""
    L = body_lengths(body)
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
        if elbow_lift > 0:
            # the elbows come up off the seat (the upper arm swings up about the shoulder, which moves as before)
            dz = min(elbow[1] + elbow_lift - shoulder[1], L["upper_arm"] * 0.999)
            elbow = (shoulder[0] + math.sqrt(L["upper_arm"] ** 2 - dz ** 2), shoulder[1] + dz)
            wrist = (elbow[0] + L["forearm"], elbow[1] - 0.01)
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
    segments, t0 = arrival(params)  # (start, end, kind, info); a walk-in first when asked for
    t = t0 + params.get("settle_seconds", 1.5)
    segments.append((t0, t, "hold", {}))
    reps, partials, faults = [], [], []
    n = params["rep_count"]
    partial_at = set(params.get("partial_reps", []))
    pauses = {int(k): v for k, v in params.get("pauses", {}).items()}
    fault_at = {int(k): v for k, v in params.get("faults", {}).items()}
    fidget_at = set(params.get("fidgets", []))
    dips = {int(k): v for k, v in params.get("dips", {}).items()}
    tempo = params.get("tempo_seconds", 3.0)
    for i in range(n):
        if i in fidget_at:  # a small shuffle at rest: never a rep
            segments.append((t, t + 0.8, "fidget", {"depth": 0.12}))
            t += 0.8
        if i in dips:  # a move against the rep's direction, held, then back to the start position: never a rep
            dip = {"depth": dips[i].get("depth", -0.8), "down": 0.5, "hold": dips[i].get("hold_seconds", 0.8),
                   "up": 0.5, "faults": []}
            span = dip["down"] + dip["hold"] + dip["up"]
            segments.append((t, t + span, "dip", dip))
            t += span
            rest = dips[i].get("rest_seconds", params.get("rest_seconds", 0.4))
            if rest > 0:
                segments.append((t, t + rest, "hold", {}))
                t += rest
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
    leaving, end = departure(params, end)
    segments += leaving
    return segments, end, {"reps": reps, "partial_reps": partials, "faults": faults}


def state_at(segments, time):
    """(depth, neck_deg, bent (0..1), hands_forward (m), elbow_lift (m)) at a time: the upper-back exercises'
    faults as the amounts of `amounts_at` turned into the motion they make."""
    depth, amounts = amounts_at(segments, time)
    neck = bent = hands = elbows = 0.0
    for fault, f in amounts.items():
        if fault == "head_up":
            neck = 38 * f
        elif fault == "chin_tucked":
            neck = -40 * f
        elif fault == "bent_elbows":
            # the chest is let down by bending the elbows on the way back (sine over the return)
            bent = f
        elif fault == "hands_forward":
            hands = 0.2 * f
        elif fault == "elbows_off_chair":
            elbows = 0.18 * f
    return depth, neck, bent, hands, elbows


def amounts_at(segments, time):
    """(depth, {fault: amount 0..1}) at a time: each fault ramps in over the descent and out over the return, as a
    person would drift into it; bent elbows as a sine over the return."""
    for start, end, kind, info in segments:
        if start <= time < end:
            x = time - start
            if kind == "hold":
                return 0.0, {}
            if kind == "fidget":
                return info["depth"] * math.sin(math.pi * x / (end - start)), {}
            down, hold, up = info["down"], info["hold"], info["up"]
            d = _ease(x / down) if x < down else 1.0 if x < down + hold else 1 - _ease((x - down - hold) / up)
            f = min(1.0, d * 1.6)
            amounts = {}
            for fault in info["faults"]:
                if fault == "bent_elbows":
                    amounts[fault] = math.sin(math.pi * (x - down - hold) / up) if x >= down + hold else 0.0
                else:
                    amounts[fault] = f
            return info["depth"] * d, amounts
    return 0.0, {}


def _spans_of(segments, kinds):
    return {k: [round(s, 4), round(e, 4)] for s, e, k, _ in segments if k in kinds}


def truth_document(params, end, truth, frames, segments=None):
    cam = params.get("camera", {})
    if segments is None:
        segments = plan(params)[0]
    doc = {
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
        "person_in_view": in_view_spans(params, segments, end, frames, CHAIR_X),
        "params": params,
    }
    if wants(params, "walk_in"):
        # walking in (from outside the picture), turning to face the chair, getting down, holding the start position
        first = next(s for s in segments if s[2] == "hold")
        spans = _spans_of([s for s in segments if s[0] < first[0]], ("walk_in", "turn", "get_down"))
        doc["walk_in"] = {"walk": spans["walk_in"], "turn": spans.get("turn"), "get_down": spans["get_down"],
                          "settle": [round(first[0], 4), round(first[1], 4)]}
    if wants(params, "walk_out"):
        up = next(s for s in segments if s[2] == "get_up")
        spans = _spans_of([s for s in segments if s[0] >= up[0]], ("get_up", "turn", "walk_out"))
        doc["walk_out"] = {"get_up": spans["get_up"], "turn": spans.get("turn"), "walk": spans["walk_out"]}
    return doc


# ---------------------------------------------------------------------------------------------------------------
# Walking into view, getting down into the start position, and (optionally) getting up and walking out again.
#
# A full body pose ("body") is the sagittal pose of `pose` with per-side limbs and a placement in the room:
#   body["l"], body["r"]: knee, ankle, toe, heel, elbow, wrist, hand_tip of that side (x forward, z up);
#   shared keys: hip, shoulder, neck_base, head, neck_dir, upper_back_lift (the middle of the body);
#   body["yaw"] (deg, about z) and body["root"] (x, y): room = R(yaw) (x, side_y, z) + root.
# During the exercise yaw = 0 and root = (0, 0), so the room is the body frame of `pose`.
# ---------------------------------------------------------------------------------------------------------------
LIMB = ("knee", "ankle", "toe", "heel", "elbow", "wrist", "hand_tip")
# key poses of the get-down, in seconds: standing -> crouch, crouch -> kneeling upright, kneeling -> start position
GET_DOWN = (0.9, 0.9, 1.3)
STEP_SECONDS = 0.55
ANKLE_Z = 0.07


def with_sides(j, yaw=0.0, root=(0.0, 0.0)):
    """A symmetric sagittal pose as a full body pose (both sides the same)."""
    body = dict(j)
    for side in ("l", "r"):
        body[side] = {k: j[k] for k in LIMB}
    body["yaw"], body["root"] = yaw, root
    return body


def wants(params, key):
    """`walk_in` / `walk_out` asked for: an object of settings ({} for the defaults), or true."""
    return params.get(key) not in (None, False)


def _walk_defaults(params, key):
    if not wants(params, key):
        return None
    w = params[key] if isinstance(params[key], dict) else {}
    walk = {"distance": w.get("distance", "auto"), "step_seconds": w.get("step_seconds", STEP_SECONDS),
            "step_length": w.get("step_length", 0.33)}
    if walk["distance"] == "auto":
        walk["distance"] = auto_walk_distance(params, w.get("margin", 0.4))
    return walk


def auto_walk_distance(params, margin):
    """How far to walk: from where, standing on the walking line, no joint centre is in the picture any more, plus
    a margin for the body around the joints (metres, 0.1 m steps)."""
    body = params.get("body", {"height": 1.72})
    yaw = walk_heading(params)
    d = 0.5
    while d < 10:
        j = standing_body(body, {"l": (-d, ANKLE_Z), "r": (-d, ANKLE_Z)})
        j["yaw"], j["root"] = yaw, (STAND_X, 0.0)
        if not in_view(params, body_points(j, body)):
            break
        d += 0.1
    return round(d + margin, 2)


def walk_heading(params):
    """Walking direction (deg, room frame) across the picture: perpendicular to the camera's line of sight, so the
    person stays at about the same distance from the camera while crossing the picture."""
    cam = params.get("camera", {})
    near = 1 if cam.get("near_side", "left") == "left" else -1
    az = math.radians(cam.get("azimuth_deg", 0))
    return math.degrees(math.atan2(-near * math.sin(az), math.cos(az)))


def _ik_knee(hip, ankle, thigh, shin):
    """Knee of a two-link leg, bending forward (knee ahead of the hip-ankle line)."""
    dx, dz = ankle[0] - hip[0], ankle[1] - hip[1]
    d = math.hypot(dx, dz)
    d = min(max(d, abs(thigh - shin) + 1e-6), thigh + shin - 1e-6)
    a = (thigh * thigh - shin * shin + d * d) / (2 * d)
    h = math.sqrt(max(thigh * thigh - a * a, 0))
    ux, uz = dx / d, dz / d
    mx, mz = hip[0] + a * ux, hip[1] + a * uz
    p1, p2 = (mx + h * uz, mz - h * ux), (mx - h * uz, mz + h * ux)
    return max(p1, p2, key=lambda p: p[0])


def _seg(a, length, deg):
    r = math.radians(deg)
    return (a[0] + length * math.cos(r), a[1] + length * math.sin(r))


def _head(shoulder, hip, L, neck_deg, lift=0.0):
    trunk = (shoulder[0] - hip[0], shoulder[1] - hip[1])
    tl = math.hypot(*trunk)
    unit = (trunk[0] / tl, trunk[1] / tl)
    neck_base = (shoulder[0] + 0.02 * unit[0], shoulder[1] + 0.04 + lift)
    neck_dir = _rot(unit, neck_deg + 5)
    head = (neck_base[0] + (L["neck"] + L["head"]) * neck_dir[0], neck_base[1] + (L["neck"] + L["head"]) * neck_dir[1])
    return dict(neck_base=neck_base, head=head, neck_dir=neck_dir, upper_back_lift=lift)


def _foot(ankle):
    """Heel and toe of a foot flat on the floor, pointing forward."""
    return {"toe": (ankle[0] + 0.15, ankle[1] - 0.04), "heel": (ankle[0] - 0.05, ankle[1] - 0.04)}


def standing_body(body_params, feet, hip_x=None, arm_swing=(0.0, 0.0), neck_deg=-24.0, lean=6.0):
    """Upright pose (walking frame: x along the walk). `feet` = {"l": (x, z), "r": (x, z)} ankle positions; the hip
    sits over them as high as the legs allow. `arm_swing` (deg, forward positive) per side; `lean` (deg) the trunk's
    forward lean from vertical."""
    L = body_lengths(body_params)
    leg = (L["thigh"] + L["shin"]) * 0.985
    if hip_x is None:
        hip_x = (feet["l"][0] + feet["r"][0]) / 2
    # as high as the legs allow over both feet (a lifted foot lets the hip rise with it: no jump at touch-down)
    hip_z = min(f[1] + math.sqrt(max(leg ** 2 - (f[0] - hip_x) ** 2, 0.01)) for f in feet.values())
    hip = (hip_x, hip_z)
    shoulder = _seg(hip, L["torso"], 90 - lean)
    j = dict(hip=hip, shoulder=shoulder)
    j.update(_head(shoulder, hip, L, neck_deg))
    for i, side in enumerate(("l", "r")):
        ankle = feet[side]
        knee = _ik_knee(hip, ankle, L["thigh"], L["shin"])
        s = {"knee": knee, "ankle": ankle}
        s.update(_foot(ankle))
        a = -90 + arm_swing[i]
        elbow = _seg(shoulder, L["upper_arm"], a)
        wrist = _seg(elbow, L["forearm"], a + 12 + max(arm_swing[i], 0) * 0.8)
        s.update(elbow=elbow, wrist=wrist, hand_tip=_seg(wrist, L["hand"], a + 12 + max(arm_swing[i], 0) * 0.8))
        j[side] = s
    return j


def _angles(j, side_key=None):
    """Segments as (length, angle in deg) and the knee of a symmetric sagittal pose, for interpolating between key
    poses (lengths are kept from the key poses, so the last key pose is reproduced exactly)."""
    s = j if side_key is None else j[side_key]

    def polar(a, b):
        return (math.hypot(b[0] - a[0], b[1] - a[1]), math.degrees(math.atan2(b[1] - a[1], b[0] - a[0])))

    return {"knee": s["knee"], "thigh": polar(j["hip"], s["knee"]), "shin": polar(s["knee"], s["ankle"]),
            "trunk": polar(j["hip"], j["shoulder"]), "upper_arm": polar(j["shoulder"], s["elbow"]),
            "forearm": polar(s["elbow"], s["wrist"]), "hand": polar(s["wrist"], s["hand_tip"]),
            "toe": polar(s["ankle"], s["toe"]), "heel": polar(s["ankle"], s["heel"]),
            "neck": polar(j["neck_base"], j["head"]), "neck_base": polar(j["shoulder"], j["neck_base"]),
            "lift": j.get("upper_back_lift", 0.0)}


def _mix_angle(a, b, x):
    d = (b - a + 180) % 360 - 180
    return a + d * x


def _from_angles(A):
    knee = A["knee"]
    hip = _seg(knee, A["thigh"][0], A["thigh"][1] + 180)
    ankle = _seg(knee, *A["shin"])
    shoulder = _seg(hip, *A["trunk"])
    elbow = _seg(shoulder, *A["upper_arm"])
    wrist = _seg(elbow, *A["forearm"])
    neck_base = _seg(shoulder, *A["neck_base"])
    head = _seg(neck_base, *A["neck"])
    r = math.radians(A["neck"][1])
    side = dict(knee=knee, ankle=ankle, elbow=elbow, wrist=wrist, hand_tip=_seg(wrist, *A["hand"]),
                toe=_seg(ankle, *A["toe"]), heel=_seg(ankle, *A["heel"]))
    j = dict(hip=hip, shoulder=shoulder, neck_base=neck_base, head=head, neck_dir=(math.cos(r), math.sin(r)),
             upper_back_lift=A["lift"])
    for k in LIMB:
        j[k] = side[k]
    j["l"], j["r"] = side, dict(side)
    return j


def _mix(A, B, x):
    out = {}
    for k, a in A.items():
        b = B[k]
        if k == "knee":
            out[k] = (a[0] + (b[0] - a[0]) * x, a[1] + (b[1] - a[1]) * x)
        elif k == "lift":
            out[k] = a + (b - a) * x
        else:
            out[k] = (a[0] + (b[0] - a[0]) * x, _mix_angle(a[1], b[1], x))
    return out


def get_down_keys(exercise, body_params, chair_x, stand_x):
    """The key poses (segment lengths and angles) from standing at `stand_x` (ankles) down to the exercise's start
    position: standing, crouching (knees forward over the toes, hands reaching forward), kneeling upright on the
    mat with the shins flat behind, and the start position of `pose`."""
    L = body_lengths(body_params)
    stand = standing_body(body_params, {"l": (stand_x, ANKLE_Z), "r": (stand_x, ANKLE_Z)})
    for k in LIMB:
        stand[k] = stand["l"][k]
    k0 = _angles(stand)
    knee1 = _seg((stand_x, ANKLE_Z), L["shin"], 72)
    k1 = dict(k0, knee=knee1, thigh=(L["thigh"], -28.0), shin=(L["shin"], -108.0), trunk=(L["torso"], 62.0),
              upper_arm=(L["upper_arm"], -60.0), forearm=(L["forearm"], -40.0), hand=(L["hand"], -40.0),
              toe=(0.11, -80.0), heel=(0.05, 150.0), neck=(k0["neck"][0], 62.0), neck_base=(0.065, 72.0))
    k2 = dict(k0, knee=(0.0, 0.09), thigh=(L["thigh"], -90.0), shin=(L["shin"], 180.0), trunk=(L["torso"], 88.0),
              upper_arm=(L["upper_arm"], -92.0), forearm=(L["forearm"], -80.0), hand=(L["hand"], -80.0),
              toe=(0.064, -141.0), heel=(0.028, 45.0), neck=(k0["neck"][0], 70.0), neck_base=(0.065, 80.0))
    k3 = _angles(pose(exercise, 0.0, 0.0, 0.0, 0.0, body_params, chair_x))
    return [k0, k1, k2, k3]


def get_down_at(keys, x):
    """Pose at share x (0 standing .. 1 in the start position) of the get-down (key poses from get_down_keys)."""
    t = max(0.0, min(1.0, x)) * sum(GET_DOWN)
    for i, d in enumerate(GET_DOWN):
        if t <= d or i == len(GET_DOWN) - 1:
            return _from_angles(_mix(keys[i], keys[i + 1], _ease(t / d)))
        t -= d
    raise AssertionError


def _stepping(body_params, walk, t, start_x, end_x, feet_start):
    """Feet and hip while walking from start_x to end_x (walking frame), t seconds in. Footprints alternate
    left/right, the last step brings the feet together. Returns (feet, hip_x, arm_swing, done)."""
    D = end_x - start_x
    L = body_lengths(body_params)
    step_len = walk["step_length"] * body_params["height"]
    n = max(1, math.ceil(abs(D) / step_len)) if abs(D) > 1e-6 else 0
    steps = []  # (side, from_x, to_x)
    pos = {k: v[0] for k, v in feet_start.items()}
    for k in range(1, n + 1):
        side = "l" if k % 2 else "r"
        target = start_x + D * k / n
        steps.append((side, pos[side], target))
        pos[side] = target
    other = "r" if n % 2 else "l"
    if n:
        steps.append((other, pos[other], end_x))
    T = walk["step_seconds"]
    k = int(t // T)
    if k >= len(steps):
        return {"l": (end_x, ANKLE_Z), "r": (end_x, ANKLE_Z)}, end_x, (0.0, 0.0), True
    feet = {"l": feet_start["l"], "r": feet_start["r"]}
    for side, a, b in steps[:k]:
        feet[side] = (b, ANKLE_Z)
    side, a, b = steps[k]
    x = (t - k * T) / T
    swing = _ease(min(1.0, x / 0.8))  # the foot swings over 80% of the step, both feet down for the rest
    lift = 0.09 * math.sin(math.pi * min(1.0, x / 0.8)) if abs(b - a) > 1e-6 else 0.0
    feet[side] = (a + (b - a) * swing, ANKLE_Z + lift)
    # the hip moves steadily from one mid-feet point to the next
    mids = [(feet_start["l"][0] + feet_start["r"][0]) / 2]
    p = {"l": feet_start["l"][0], "r": feet_start["r"][0]}
    for s_, a_, b_ in steps:
        p[s_] = b_
        mids.append((p["l"] + p["r"]) / 2)
    hip_x = mids[k] + (mids[k + 1] - mids[k]) * x
    span = max(step_len, 1e-6)
    swing_deg = tuple(-22.0 * max(-1.0, min(1.0, (feet[s][0] - hip_x) / span)) for s in ("l", "r"))
    return feet, hip_x, swing_deg, False


def walk_seconds(walk, body_params):
    step_len = walk["step_length"] * body_params["height"]
    n = max(1, math.ceil(walk["distance"] / step_len))
    return (n + 1) * walk["step_seconds"]


def turn_seconds(delta_deg, walk):
    steps = 0 if abs(delta_deg) < 1 else max(2, math.ceil(abs(delta_deg) / 45))
    return steps * walk["step_seconds"]


def _turning(body_params, walk, t, yaw_from, yaw_to):
    """Stepping in place while turning: (feet, yaw)."""
    T = walk["step_seconds"]
    total = turn_seconds(yaw_to - yaw_from, walk)
    x = min(1.0, t / total) if total else 1.0
    k = int(t // T)
    feet = {"l": (0.0, ANKLE_Z), "r": (0.0, ANKLE_Z)}
    if total and t < total:
        side = "l" if k % 2 == 0 else "r"
        u = (t - k * T) / T
        feet[side] = (0.0, ANKLE_Z + 0.06 * math.sin(math.pi * min(1.0, u / 0.8)))
    return feet, _mix_angle(yaw_from, yaw_to, _ease(x))


STAND_X = -0.1  # ankles (exercise frame) where the person stands before getting down


def arrival(params):
    """Walk-in segments: (segments, seconds); none without a `walk_in` parameter."""
    walk = _walk_defaults(params, "walk_in")
    if walk is None:
        return [], 0.0
    if library.known(params["exercise"]):
        raise ValueError(f"walk_in is not modelled for {params['exercise']} (only for the upper-back exercises)")
    body = params.get("body", {"height": 1.72})
    heading = walk_heading(params)
    t, segs = 0.0, []
    d = walk_seconds(walk, body)
    segs.append((t, t + d, "walk_in", {"walk": walk, "yaw": heading}))
    t += d
    d = turn_seconds(-heading, walk)
    if d:
        segs.append((t, t + d, "turn", {"walk": walk, "yaw_from": heading, "yaw_to": 0.0}))
        t += d
    segs.append((t, t + sum(GET_DOWN), "get_down", {}))
    t += sum(GET_DOWN)
    return segs, t


def departure(params, t):
    """Walk-out segments from time t (get up, turn back the way the person came, walk out of the picture)."""
    walk = _walk_defaults(params, "walk_out")
    if walk is None:
        return [], t
    if library.known(params["exercise"]):
        raise ValueError(f"walk_out is not modelled for {params['exercise']} (only for the upper-back exercises)")
    body = params.get("body", {"height": 1.72})
    back = (walk_heading(params) + 180 + 180) % 360 - 180
    segs = [(t, t + sum(GET_DOWN), "get_up", {})]
    t += sum(GET_DOWN)
    d = turn_seconds(back, walk)
    segs.append((t, t + d, "turn", {"walk": walk, "yaw_from": 0.0, "yaw_to": back}))
    t += d
    d = walk_seconds(walk, body)
    segs.append((t, t + d, "walk_out", {"walk": walk, "yaw": back}))
    return segs, t + d


def body_at(params, segments, time, chair_x, keys=None):
    """The full body pose (see `with_sides`) at a time."""
    body = params.get("body", {"height": 1.72})
    for start, end, kind, info in segments:
        if start <= time < end:
            x = time - start
            if kind in ("walk_in", "walk_out"):
                walk = info["walk"]
                a, b = (-walk["distance"], 0.0) if kind == "walk_in" else (0.0, walk["distance"])
                feet, hip_x, swing, _ = _stepping(body, walk, x, a, b, {"l": (a, ANKLE_Z), "r": (a, ANKLE_Z)})
                j = standing_body(body, feet, hip_x, arm_swing=swing)
                j["yaw"], j["root"] = info["yaw"], (STAND_X, 0.0)
                return j
            if kind == "turn":
                feet, yaw = _turning(body, info["walk"], x, info["yaw_from"], info["yaw_to"])
                j = standing_body(body, feet)
                j["yaw"], j["root"] = yaw, (STAND_X, 0.0)
                return j
            if kind in ("get_down", "get_up"):
                keys = keys or get_down_keys(params["exercise"], body, chair_x, STAND_X)
                share = x / (end - start)
                j = get_down_at(keys, share if kind == "get_down" else 1 - share)
                j["yaw"], j["root"] = 0.0, (0.0, 0.0)
                return j
            break
    if library.known(params["exercise"]):
        depth, amounts = amounts_at(segments, time)
        lead = "l" if params.get("lead_side", "left") == "left" else "r"
        return library.body_pose(params["exercise"], depth, amounts, body, lead)
    depth, neck, bent, hands, elbows = state_at(segments, time)
    return with_sides(pose(params["exercise"], depth, neck, bent, hands, body, chair_x, elbows))


def body_points(j, body_params):
    """Room coordinates (x, y, z) of the joints of both sides ("shoulder_l", ...) and of the middle ("head",
    "neck_base", "hip", "shoulder"), for the scene and for the in-view truth."""
    L = body_lengths(body_params)
    build = body_params.get("build", 1.0)
    hw, sw = L["hip_half"] * build, L["shoulder_half"] * build
    widths = dict(hip=hw, knee=hw, ankle=hw, toe=hw, heel=hw, shoulder=sw, elbow=sw * 0.95, wrist=sw * 0.8,
                  hand_tip=sw * 0.8)
    yaw = math.radians(j.get("yaw", 0.0))
    c, s = math.cos(yaw), math.sin(yaw)
    rx, ry = j.get("root", (0.0, 0.0))

    def room(x, y, z):
        return (c * x - s * y + rx, s * x + c * y + ry, z)

    p = {}
    for side, sign in (("l", 1), ("r", -1)):
        limbs = j[side] if side in j else j
        for k, w in widths.items():
            x, z = (j[k] if k in ("hip", "shoulder") else limbs[k])
            p[k + "_" + side] = room(x, sign * w, z)
    for k in ("hip", "shoulder", "neck_base", "head"):
        p[k] = room(j[k][0], 0.0, j[k][1])
    return p


# the camera: looks from the near side (and `azimuth_deg` round toward the front) at the middle of the body
CAMERA_TARGET = (0.45, 0.0, 0.42)
SENSOR_MM = 36.0  # Blender's default sensor width (fitted to the wider side of the picture)


def camera_target(params):
    """The point the camera looks at: `camera.target`, else the exercise's own (library.py), else CAMERA_TARGET."""
    cam = params.get("camera", {})
    if "target" in cam:
        return tuple(cam["target"])
    if library.known(params["exercise"]):
        return library.camera_defaults(params["exercise"])[0]
    return CAMERA_TARGET


def camera_pose(params):
    """(position, (right, up, back) unit axes) as scene.py places the camera."""
    cam = params.get("camera", {})
    near = 1 if cam.get("near_side", "left") == "left" else -1
    az = math.radians(cam.get("azimuth_deg", 0))
    own = library.camera_defaults(params["exercise"]) if library.known(params["exercise"]) else (None, 2.4, 0.75)
    dist = cam.get("distance", own[1])
    tx, ty, tz = camera_target(params)
    pos = (tx + dist * math.sin(az), ty + near * dist * math.cos(az), cam.get("height", own[2]))
    back = (pos[0] - tx, pos[1] - ty, pos[2] - tz)
    n = math.sqrt(sum(v * v for v in back))
    back = tuple(v / n for v in back)
    right = (-back[1], back[0], 0.0)  # world up x back
    n = math.hypot(right[0], right[1])
    right = (right[0] / n, right[1] / n, 0.0)
    up = (back[1] * right[2] - back[2] * right[1], back[2] * right[0] - back[0] * right[2],
          back[0] * right[1] - back[1] * right[0])
    return pos, (right, up, back)


def project(params, point):
    """Pixel (x right, y down) of a room point, or None behind the camera."""
    pos, (right, up, back) = camera_pose(params)
    d = [point[i] - pos[i] for i in range(3)]
    x, y, z = (sum(d[i] * a[i] for i in range(3)) for a in (right, up, back))
    if z >= -1e-6:
        return None
    w, h = params["resolution"]
    f = params.get("camera", {}).get("lens_mm", 30) / SENSOR_MM * max(w, h)
    return (w / 2 + f * x / -z, h / 2 - f * y / -z)


IN_VIEW_POINTS = ("head", "shoulder_l", "shoulder_r", "elbow_l", "elbow_r", "wrist_l", "wrist_r", "hip_l", "hip_r",
                  "knee_l", "knee_r", "ankle_l", "ankle_r")


def in_view(params, points):
    w, h = params["resolution"]
    for k in IN_VIEW_POINTS:
        px = project(params, points[k])
        if px is not None and 0 <= px[0] < w and 0 <= px[1] < h:
            return True
    return False


def in_view_spans(params, segments, end, frames, chair_x):
    """Time spans in which at least one joint centre (head, shoulders, elbows, wrists, hips, knees, ankles) is
    inside the picture. A span runs from its first frame to the first frame after it (or the clip's end)."""
    body = params.get("body", {"height": 1.72})
    fps = params["fps"]
    keys = get_down_keys(params["exercise"], body, chair_x, STAND_X) if wants(params, "walk_in") or wants(
        params, "walk_out") else None
    spans, since = [], None
    for f in range(frames):
        seen = in_view(params, body_points(body_at(params, segments, f / fps, chair_x, keys), body))
        if seen and since is None:
            since = f / fps
        elif not seen and since is not None:
            spans.append([round(since, 4), round(f / fps, 4)])
            since = None
    if since is not None:
        spans.append([round(since, 4), round(end, 4)])
    return spans
