"""Reads the poses tools/measure/Replay.java keeps (CACHE/NAME.poses.gz: Java DataOutputStream, big-endian, gzip)
into NumPy arrays, for studying signals in Python without running the model again. Use Debian's python3 (numpy).

    frames = read("out/cache/pool/NAME.poses.gz")
    frames["t"]      seconds, shape (n,)
    frames["found"]  bool, (n,)
    frames["lm"]     (n, 33, 5): x, y (fractions of the picture), z, visibility, presence; NaN where nobody
    frames["world"]  (n, 33, 3): metres, hip-centred, y down; NaN where nobody
    frames["size"]   (width, height) in pixels
"""
import gzip
import struct

import numpy as np

LANDMARKS = ["nose", "left_eye_inner", "left_eye", "left_eye_outer", "right_eye_inner", "right_eye",
             "right_eye_outer", "left_ear", "right_ear", "mouth_left", "mouth_right", "left_shoulder",
             "right_shoulder", "left_elbow", "right_elbow", "left_wrist", "right_wrist", "left_pinky", "right_pinky",
             "left_index", "right_index", "left_thumb", "right_thumb", "left_hip", "right_hip", "left_knee",
             "right_knee", "left_ankle", "right_ankle", "left_heel", "right_heel", "left_foot_index",
             "right_foot_index"]
INDEX = {name: i for i, name in enumerate(LANDMARKS)}
_HEAD = struct.Struct(">qqii?")
_POSE = struct.Struct(">" + "d" * (1 + 4 + 33 * 10))


def read(path):
    data = gzip.open(path).read()
    t, found, lm, world = [], [], [], []
    size = None
    at = 0
    while at < len(data):
        _, micros, w, h, has = _HEAD.unpack_from(data, at)
        at += _HEAD.size
        size = (w, h)
        t.append(micros / 1e6)
        found.append(has)
        if has:
            v = np.array(_POSE.unpack_from(data, at))
            at += _POSE.size
            per = v[5:].reshape(33, 10)
            lm.append(per[:, :5])
            world.append(per[:, 5:8])
        else:
            lm.append(np.full((33, 5), np.nan))
            world.append(np.full((33, 3), np.nan))
    return {"t": np.array(t), "found": np.array(found), "lm": np.array(lm), "world": np.array(world), "size": size}
