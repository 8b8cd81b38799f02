#!/usr/bin/python3
"""Writes a clip's truth from its parameters without Blender: truth.py PARAMS.json OUT.truth.json"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import motion  # noqa: E402

params = json.load(open(sys.argv[1]))
segments, end, truth = motion.plan(params)
frames = int(round(end * params["fps"]))
with open(sys.argv[2], "w") as fh:
    json.dump(motion.truth_document(params, end, truth, frames), fh, indent=2)
