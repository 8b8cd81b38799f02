"""Real-photo inputs for the self-check and the Java reference tests (Debian's opencv-doc messi5.jpg)."""
import os

import cv2
import numpy as np

PHOTO = "/usr/share/doc/opencv-doc/examples/data/messi5.jpg"
# A square around the player in messi5.jpg (548x342), pixels: centre and side.
PERSON_CENTER = (262, 190)
PERSON_SIDE = 330


def _photo_rgb():
    if not os.path.exists(PHOTO):
        raise SystemExit(f"{PHOTO} is missing: install Debian's opencv-doc package (tools/convert/install.sh does)")
    return cv2.cvtColor(cv2.imread(PHOTO), cv2.COLOR_BGR2RGB)


def make(name, shape):
    """NHWC float32 input for the named model: the letterboxed photo in [-1, 1] for the detector, a crop around
    the person in [0, 1] for landmark models."""
    img = _photo_rgb()
    size = shape[1]
    if name == "pose_detection":
        h, w = img.shape[:2]
        side = max(h, w)
        canvas = np.zeros((side, side, 3), np.uint8)
        canvas[(side - h) // 2:(side - h) // 2 + h, (side - w) // 2:(side - w) // 2 + w] = img
        x = cv2.resize(canvas, (size, size), interpolation=cv2.INTER_LINEAR).astype(np.float32) / 127.5 - 1.0
    else:
        cx, cy = PERSON_CENTER
        half = PERSON_SIDE / 2
        m = np.float32([[size / PERSON_SIDE, 0, -(cx - half) * size / PERSON_SIDE],
                        [0, size / PERSON_SIDE, -(cy - half) * size / PERSON_SIDE]])
        crop = cv2.warpAffine(img, m, (size, size), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        x = crop.astype(np.float32) / 255.0
    return np.ascontiguousarray(x[None])
