"""Motions of the library exercises (beyond the two upper-back ones in motion.py): one pose function per exercise,
from the depth of the movement (0 at the start position, 1 at full depth) and the amount (0..1) of each of its
faults to a full body pose as motion.py draws it (`with_sides`: per-side limbs, shared middle, yaw and root).
Pure Python (no Blender).

Body frame as in motion.py: metres, x forward (the way the person faces when standing), y to the person's left,
z up. Standing exercises have the ankles at x = 0; lying and kneeling ones say where their contacts are.
"""
import math

import motion  # a partly loaded module while motion.py imports this one: used only inside functions


def _side(knee, ankle, elbow, wrist, hand_tip, toe=None, heel=None):
    s = {"knee": knee, "ankle": ankle, "elbow": elbow, "wrist": wrist, "hand_tip": hand_tip}
    foot = motion._foot(ankle)
    s["toe"] = toe or foot["toe"]
    s["heel"] = heel or foot["heel"]
    return s


def _body(hip, shoulder, head, left, right, head_dir=None):
    j = dict(hip=hip, shoulder=shoulder, l=left, r=right, yaw=0.0, root=(0.0, 0.0))
    j.update(head)
    if head_dir is not None:
        j["head_dir"] = head_dir
    return j


def _hanging_arm(shoulder, L, upper_deg=-88.0, forearm_deg=None):
    """An arm from the shoulder at `upper_deg` (deg from +x, z up), the forearm at `forearm_deg` (default: the
    same line, a little bent)."""
    elbow = motion._seg(shoulder, L["upper_arm"], upper_deg)
    fa = upper_deg + 6 if forearm_deg is None else forearm_deg
    wrist = motion._seg(elbow, L["forearm"], fa)
    return elbow, wrist, motion._seg(wrist, L["hand"], fa)


def _standing(body, **kw):
    """The standing pose of motion.py, feet together at x = 0, placed for an exercise (no yaw, no offset)."""
    j = motion.standing_body(body, {"l": (0.0, motion.ANKLE_Z), "r": (0.0, motion.ANKLE_Z)}, **kw)
    j.update(yaw=0.0, root=(0.0, 0.0))
    return j


def squat(depth, faults, body):
    """Standing, feet flat at x = 0, hips back and down to thighs about level; arms reach forward for balance.
    Fault `chest_forward`: the trunk folds forward (30 deg more lean at depth)."""
    L = motion.body_lengths(body)
    ankle = (0.0, motion.ANKLE_Z)
    shin_lean = 5 + 30 * depth  # deg forward from vertical
    flexion = 10 + 100 * depth  # deg at the knee
    knee = motion._seg(ankle, L["shin"], 90 - shin_lean)
    hip = motion._seg(knee, L["thigh"], 90 - shin_lean + flexion)
    lean = 8 + 35 * depth + 30 * faults.get("chest_forward", 0.0)
    shoulder = motion._seg(hip, L["torso"], 90 - lean)
    elbow, wrist, tip = _hanging_arm(shoulder, L, -88 + 84 * depth, -82 + 82 * depth)
    head = motion._head(shoulder, hip, L, lean - 22)
    side = _side(knee, ankle, elbow, wrist, tip)
    return _body(hip, shoulder, head, side, dict(side))


def lunge(depth, faults, body):
    """A stationary lunge (split squat), left foot forward: both knees bend until the front thigh is about level
    and the back knee near the floor; the back heel is off the floor. Fault `trunk_lean`: the trunk tips forward
    (35 deg at depth)."""
    L = motion.body_lengths(body)
    leg = (L["thigh"] + L["shin"]) * 0.985
    front_ankle = (0.42, motion.ANKLE_Z)
    back_toe = (-0.40, 0.03)
    back_ankle = (back_toe[0] - 0.12, 0.12)
    top_z = min(front_ankle[1] + math.sqrt(leg ** 2 - (front_ankle[0] - 0.0) ** 2),
                back_ankle[1] + math.sqrt(leg ** 2 - back_ankle[0] ** 2))
    bottom_z = front_ankle[1] + L["shin"] + 0.02
    hip = (0.0 + 0.02 * depth, top_z + (bottom_z - top_z) * depth)
    front_knee = motion._ik_knee(hip, front_ankle, L["thigh"], L["shin"])
    back_knee = motion._ik_knee(hip, back_ankle, L["thigh"], L["shin"])
    lean = 4 + 35 * faults.get("trunk_lean", 0.0)
    shoulder = motion._seg(hip, L["torso"], 90 - lean)
    elbow, wrist, tip = _hanging_arm(shoulder, L, -92 + 0.6 * lean)
    head = motion._head(shoulder, hip, L, lean - 24)
    left = _side(front_knee, front_ankle, elbow, wrist, tip)
    right = _side(back_knee, back_ankle, elbow, wrist, tip, toe=back_toe,
                  heel=(back_ankle[0] - 0.04, back_ankle[1] + 0.03))
    return _body(hip, shoulder, head, left, right)


def bicep_curl(depth, faults, body):
    """Standing, both elbows bend from straight (arms hanging) until the hands are near the shoulders. Fault
    `elbows_forward`: the upper arms swing forward (35 deg at depth) instead of staying by the sides."""
    L = motion.body_lengths(body)
    j = _standing(body)
    upper = -88 + 35 * faults.get("elbows_forward", 0.0)
    forearm = upper + 4 + 136 * depth
    elbow, wrist, tip = _hanging_arm(j["shoulder"], L, upper, forearm)
    for s in ("l", "r"):
        j[s] = dict(j[s], elbow=elbow, wrist=wrist, hand_tip=tip)
    return j


def chin_tuck(depth, faults, body):
    """Standing tall, the head glides straight back (the neck line from leaning forward to upright) while the eyes
    stay level. Fault `leaning_back`: the whole trunk leans back (15 deg at depth) instead of only the head moving."""
    lean = 6 - 15 * faults.get("leaning_back", 0.0)
    j = _standing(body, neck_deg=-30 + 32 * depth, lean=lean)
    # the face keeps the direction it had with the head forward
    gaze = math.radians(90 - 25 - lean)
    j["head_dir"] = (math.cos(gaze), math.sin(gaze))
    return j


def _plank(depth, faults, body, base, base_to_shoulder, knees_down):
    """The push-up family: a straight body from `base` (ankle or knee) to the shoulders, hands flat under the
    shoulders of the top position, the chest lowered by bending the elbows. Fault `hips_sag`: the hips drop out of
    the line (0.12 m at the middle of the movement and at depth)."""
    L = motion.body_lengths(body)
    wrist = (0.0, 0.05)
    arm = (L["upper_arm"] + L["forearm"]) * 0.985
    top_z, bottom_z = wrist[1] + arm, wrist[1] + arm * 0.42
    z = top_z + (bottom_z - top_z) * depth
    # the body pivots about the base: the wrist stays put, the base is where the top position puts it
    top_beta = math.asin((top_z - base[1]) / base_to_shoulder)
    base_x = wrist[0] - base_to_shoulder * math.cos(top_beta)
    b = (base_x, base[1])
    beta = math.asin((z - b[1]) / base_to_shoulder)
    shoulder = (b[0] + base_to_shoulder * math.cos(beta), z)
    along = (math.cos(beta), math.sin(beta))
    down = (math.sin(beta), -math.cos(beta))
    to_hip = L["thigh"] if knees_down else L["thigh"] + L["shin"]
    sag = 0.12 * faults.get("hips_sag", 0.0)
    hip = (b[0] + to_hip * along[0] + sag * down[0], b[1] + to_hip * along[1] + sag * down[1])
    elbow = motion._circle_intersection(shoulder, L["upper_arm"], wrist, L["forearm"], upper=True)
    tip = (wrist[0] + L["hand"] * 0.5, wrist[1] - 0.02)
    head = motion._head(shoulder, hip, L, 0.0)
    if knees_down:
        knee = b
        ankle = (knee[0] - L["shin"] * 0.9, knee[1] + L["shin"] * 0.42)  # shins raised off the mat behind
        side = _side(knee, ankle, elbow, wrist, tip, toe=(ankle[0] - 0.12, ankle[1] + 0.02),
                     heel=(ankle[0] + 0.02, ankle[1] + 0.05))
    else:
        ankle = b
        t = L["shin"] / to_hip
        knee = (ankle[0] + (hip[0] - ankle[0]) * t, ankle[1] + (hip[1] - ankle[1]) * t)
        side = _side(knee, ankle, elbow, wrist, tip, toe=(ankle[0] + 0.05, 0.02), heel=(ankle[0] - 0.06, ankle[1] + 0.03))
    return _body(hip, shoulder, head, side, dict(side))


def push_up(depth, faults, body):
    L = motion.body_lengths(body)
    return _plank(depth, faults, body, (0.0, 0.12), L["shin"] + L["thigh"] + L["torso"], knees_down=False)


def knee_push_up(depth, faults, body):
    L = motion.body_lengths(body)
    return _plank(depth, faults, body, (0.0, 0.09), L["thigh"] + L["torso"], knees_down=True)


def glute_bridge(depth, faults, body):
    """Lying on the back, knees bent, feet flat; the hips lift until shoulders, hips and knees are in line (the
    upper back stays on the mat), then lower. Fault `overarching`: the hips go past the line (the trunk 14 deg
    steeper at depth), arching the lower back."""
    L = motion.body_lengths(body)
    shoulder = (-0.52, 0.11)
    ankle = (0.45, motion.ANKLE_Z)
    gamma = math.radians(3 + 27 * depth + 14 * faults.get("overarching", 0.0) * depth)
    hip = (shoulder[0] + L["torso"] * math.cos(gamma), shoulder[1] + L["torso"] * math.sin(gamma))
    knee = motion._circle_intersection(hip, L["thigh"], ankle, L["shin"], upper=True)
    elbow = (shoulder[0] + L["upper_arm"] * 0.98, 0.06)
    wrist = (elbow[0] + L["forearm"], 0.05)
    tip = (wrist[0] + L["hand"], 0.04)
    # the head rests on the mat, whatever the trunk does
    hd = (-1.0, 0.0)
    nb = (shoulder[0] - 0.04, 0.1)
    head = dict(neck_base=nb, head=(nb[0] - (L["neck"] + L["head"]), 0.1), neck_dir=hd, upper_back_lift=0.0)
    side = _side(knee, ankle, elbow, wrist, tip)
    return _body(hip, shoulder, head, side, dict(side), head_dir=hd)


def cat_cow(depth, faults, body):
    """On hands and knees: from cow (chest sinks, head up) to cat (upper back rounds up, head down) and back.
    Depth 0 is cow, 1 is cat. Fault `bent_elbows`: the elbows bend as the back rounds."""
    bent = faults.get("bent_elbows", 0.0)
    j = motion.pose("quadruped-plus", 0.0, 25 - 60 * depth, bent, 0.0, body, motion.CHAIR_X)
    lift = -0.03 + 0.11 * depth
    L = motion.body_lengths(body)
    j.update(motion._head(j["shoulder"], j["hip"], L, 25 - 60 * depth, lift))
    return motion.with_sides(j)


def band_row(depth, faults, body):
    """Standing, arms straight forward at shoulder height holding a band (not drawn); the elbows are pulled back
    past the trunk, the hands coming in to the lower ribs, then the arms straighten again. Fault `leaning_back`:
    the trunk leans back (15 deg at depth) instead of the arms and shoulder blades doing the pulling."""
    L = motion.body_lengths(body)
    lean = 6 - 15 * faults.get("leaning_back", 0.0)
    j = _standing(body, lean=lean)
    elbow, wrist, tip = _hanging_arm(j["shoulder"], L, -4 - 106 * depth, -4 + 4 * depth)
    for s in ("l", "r"):
        j[s] = dict(j[s], elbow=elbow, wrist=wrist, hand_tip=tip)
    return j


def bird_dog(depth, faults, body, lead="l"):
    """On hands and knees: the `lead` side's arm reaches forward to level while the other side's leg reaches back
    to level, then both come back down (a set on one pair of limbs, then the other). Fault `arm_high`: the arm
    goes on up past level (30 deg above it at full reach)."""
    L = motion.body_lengths(body)
    j = motion.with_sides(motion.pose("quadruped-plus", 0.0, 0.0, 0.0, 0.0, body, motion.CHAIR_X))
    other = "r" if lead == "l" else "l"
    a = -88 + 88 * depth + 30 * faults.get("arm_high", 0.0) * depth
    elbow, wrist, tip = _hanging_arm(j["shoulder"], L, a, a)
    j[lead] = dict(j[lead], elbow=elbow, wrist=wrist, hand_tip=tip)
    # the leg swings back about the hip from kneeling (thigh down, shin on the mat) to straight out behind
    thigh = -88 - 92 * depth
    knee = motion._seg(j["hip"], L["thigh"], thigh)
    shin = thigh + (1 - depth) * 88  # the knee straightens as the leg goes back
    ankle = motion._seg(knee, L["shin"], shin)
    toe = motion._seg(ankle, 0.12, shin - 80)
    heel = motion._seg(ankle, 0.05, shin + 100)
    j[other] = dict(j[other], knee=knee, ankle=ankle, toe=toe, heel=heel)
    return j


# id -> (pose function, camera target (x, y, z), default camera distance and height, fault kinds)
EXERCISES = {
    "squat": (squat, (0.0, 0.0, 0.85), 2.7, 1.0, ("chest_forward",)),
    "lunge": (lunge, (0.0, 0.0, 0.85), 2.7, 1.0, ("trunk_lean",)),
    "bicep-curl": (bicep_curl, (0.0, 0.0, 0.9), 2.5, 1.1, ("elbows_forward",)),
    "chin-tuck": (chin_tuck, (0.0, 0.0, 1.0), 2.1, 1.3, ("leaning_back",)),
    "push-up": (push_up, (-0.55, 0.0, 0.3), 2.9, 0.6, ("hips_sag",)),
    "knee-push-up": (knee_push_up, (-0.45, 0.0, 0.3), 2.6, 0.6, ("hips_sag",)),
    "glute-bridge": (glute_bridge, (0.0, 0.0, 0.25), 2.6, 0.7, ("overarching",)),
    "cat-cow": (cat_cow, (0.45, 0.0, 0.42), 2.4, 0.75, ("bent_elbows",)),
    "band-row": (band_row, (0.1, 0.0, 0.9), 2.5, 1.1, ("leaning_back",)),
    "bird-dog": (bird_dog, (0.3, 0.0, 0.45), 2.7, 0.8, ("arm_high",)),
}


def known(exercise):
    return exercise in EXERCISES


def body_pose(exercise, depth, faults, body, lead_side="l"):
    """The full body pose; `lead_side` is the side whose arm a one-sided exercise (bird-dog) moves."""
    if exercise == "bird-dog":
        return bird_dog(depth, faults, body, lead_side)
    return EXERCISES[exercise][0](depth, faults, body)


def camera_defaults(exercise):
    _, target, distance, height, _ = EXERCISES[exercise]
    return target, distance, height


def fault_kinds(exercise):
    return EXERCISES[exercise][4]
