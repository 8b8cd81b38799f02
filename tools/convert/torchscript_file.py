"""Saves a traced module so that the file depends only on the graph and the weights.

torch.jit.save also stores debug records (`*.debug_pkl`: the Python file and line of every traced op), which
change whenever the converter's own source changes. They are only used for error messages, so they are left
out; the archive entries are rewritten in their original order with fixed timestamps.
"""
import io
import os
import zipfile

import torch

FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def save(traced, path):
    buffer = io.BytesIO()
    torch.jit.save(traced, buffer)
    buffer.seek(0)
    tmp = path + ".tmp"
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_STORED) as dst:
        for info in src.infolist():
            if info.filename.endswith(".debug_pkl"):
                continue
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            entry.compress_type = zipfile.ZIP_STORED
            dst.writestr(entry, src.read(info.filename))
    os.replace(tmp, path)
