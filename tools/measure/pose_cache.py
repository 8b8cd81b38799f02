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
import os
import struct
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fidelity"))
from compare import NAMES as LANDMARKS  # noqa: E402  (BlazePose's 33 landmark names, in order)

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
