#!/usr/bin/python3
"""Converts BlazePose's TFLite models from the @mediapipe/pose npm package to TorchScript for DJL.

usage: convert.py PACKAGE_DIR [--heavy] [--models models] [--reference src/test/resources/reference]
                  [--runtime-reference src/main/resources/reference]

For each model: parse the flatbuffer, fold fp16/sparse constants, build the op-by-op torch module, trace and save
it, load the saved file back, and check it against an independent NumPy executor of the same TFLite graph on a
real-photo input (max abs difference per output, printed; the run fails above tolerance). Then writes the
reference input/output pairs for the Java tests (the detector's beside the application's classes, which check
libtorch's CPU kernels with it) and models/manifest.json.
"""
import argparse
import gzip
import hashlib
import json
import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import constants as folding  # noqa: E402
import numpy_reference  # noqa: E402
import torch_module  # noqa: E402
import tflite_reader  # noqa: E402
import reference_inputs  # noqa: E402
import torchscript_file  # noqa: E402

CONVERTER_VERSION = "1.2.0"  # bump when the output changes (1.1: no traced shape arithmetic, padding folded into convolutions, in-place activations and residual additions; 1.2: landmark models' forward leaves the segmentation head out, with_segmentation keeps it)
PACKAGE = "@mediapipe/pose"
PACKAGE_VERSION = "0.5.1675469404"
DETECTOR_SOURCE = "pose_solution_packed_assets.data"
DETECTOR_SOURCE_BYTES = 2962288
# Relative tolerance of the self-check: max |torch - numpy| <= TOLERANCE * max(1, max |numpy|).
TOLERANCE = 1e-3
# Models committed to the repository, and so given reference pairs for the Java tests (heavy is 55 MB).
COMMITTED = ("pose_detection", "pose_landmark_lite", "pose_landmark_full")

# The landmark graphs' outputs in TFLite order. Their TorchScript files have two methods over the same weights:
# `forward` returns every output but the segmentation (its decoder costs a third of the model's time and RepCam's
# analysis never uses the mask), `with_segmentation` returns all five (`repcam`'s PoseOptions.segmentation).
LANDMARK_OUTPUTS = ["landmarks", "pose_flag", "segmentation", "heatmap", "world_landmarks"]
WITH_SEGMENTATION = "with_segmentation"

MODELS = {
    "pose_detection": dict(source=DETECTOR_SOURCE, input_range=[-1.0, 1.0],
                           outputs=["boxes", "scores"]),
    "pose_landmark_lite": dict(source="pose_landmark_lite.tflite", input_range=[0.0, 1.0],
                               outputs=LANDMARK_OUTPUTS),
    "pose_landmark_full": dict(source="pose_landmark_full.tflite", input_range=[0.0, 1.0],
                               outputs=LANDMARK_OUTPUTS),
    "pose_landmark_heavy": dict(source="pose_landmark_heavy.tflite", input_range=[0.0, 1.0],
                                outputs=LANDMARK_OUTPUTS),
}


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def write_f32(path, array):
    data = np.ascontiguousarray(array, dtype="<f4").tobytes()
    # mtime=0 keeps the gzip bytes reproducible
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as f:
        f.write(data)


class LandmarkMethods(torch.nn.Module):
    """A landmark graph with the two methods its TorchScript file offers (see LANDMARK_OUTPUTS)."""
    FORWARD = [n for n in LANDMARK_OUTPUTS if n != "segmentation"]

    def __init__(self, graph_module):
        super().__init__()
        self.graph_module = graph_module

    def forward(self, x):
        landmarks, pose_flag, _, heatmap, world = self.graph_module(x)
        return landmarks, pose_flag, heatmap, world

    def with_segmentation(self, x):
        return self.graph_module(x)


def convert(name, package_dir, models_dir, reference_dir, runtime_reference_dir):
    spec = MODELS[name]
    source = os.path.join(package_dir, spec["source"])
    if name == "pose_detection" and os.path.getsize(source) != DETECTOR_SOURCE_BYTES:
        raise SystemExit(f"{source}: expected {DETECTOR_SOURCE_BYTES} bytes (the whole file is "
                         f"pose_detection.tflite), found {os.path.getsize(source)}")
    graph = tflite_reader.read(source)
    consts, ops = folding.fold(graph)
    in_shape = graph.tensors[graph.inputs[0]].shape
    out_shapes = [graph.tensors[i].shape for i in graph.outputs]
    print(f"{name}: {len(graph.operators)} ops ({len(graph.operators) - len(ops)} folded), input {in_shape}, "
          f"outputs {out_shapes}")
    module = torch_module.TfliteModule(graph, consts, ops).eval()
    example = torch.from_numpy(reference_inputs.make(name, in_shape))
    landmark = spec["outputs"] is LANDMARK_OUTPUTS
    with torch.no_grad():
        if landmark:
            traced = torch.jit.trace_module(LandmarkMethods(module).eval(),
                                            {"forward": example, WITH_SEGMENTATION: example}, check_trace=False)
        else:
            traced = torch.jit.trace(module, example, check_trace=False)
    path = os.path.join(models_dir, name + ".pt")
    torchscript_file.save(traced, path)

    loaded = torch.jit.load(path).eval()
    with torch.no_grad():
        every = [t.numpy() for t in (getattr(loaded, WITH_SEGMENTATION) if landmark else loaded)(example)]
        forward = [t.numpy() for t in loaded(example)]
    if landmark:
        picked = [every[spec["outputs"].index(n)] for n in LandmarkMethods.FORWARD]
        if len(forward) != len(picked) or not all(np.array_equal(f, p) for f, p in zip(forward, picked)):
            raise SystemExit(f"{name}: forward's outputs differ from the same outputs of {WITH_SEGMENTATION}")
        print(f"  forward = {WITH_SEGMENTATION} without segmentation, bit for bit")
    got = every
    want = numpy_reference.run(graph, consts, ops, example.numpy())
    checks = {}
    ok = True
    for out_name, g, w in zip(spec["outputs"], got, want):
        if g.shape != w.shape:
            raise SystemExit(f"{name}.{out_name}: shape {g.shape} != {w.shape}")
        diff = float(np.max(np.abs(g.astype(np.float64) - w)))
        scale = max(1.0, float(np.max(np.abs(w))))
        passed = diff <= TOLERANCE * scale
        ok &= passed
        checks[out_name] = dict(max_abs_diff=diff, max_abs_value=float(np.max(np.abs(w))), passed=passed)
        print(f"  self-check {out_name:16s} shape {str(tuple(g.shape)):18s} max|torch-numpy| = {diff:.3e}"
              f"  (max|value| {np.max(np.abs(w)):.3g})  {'ok' if passed else 'FAILED'}")
    if not ok:
        raise SystemExit(f"{name}: TorchScript output differs from the TFLite graph beyond tolerance")

    if name not in COMMITTED:
        return entry_for(name, spec, path, source, in_shape, out_shapes, checks), None
    ref = {"model": name, "input": f"{name}.input.f32.gz", "input_shape": list(in_shape),
           "outputs": [], "tolerance": dict(relative=TOLERANCE, absolute=TOLERANCE)}
    # the detector's pair is also RepCam's own check of libtorch's CPU kernels (pose.CpuKernelCheck), so it lies
    # where the application reads it; the tests find both folders on one class path
    if name == "pose_detection":
        reference_dir = runtime_reference_dir
    write_f32(os.path.join(reference_dir, ref["input"]), example.numpy())
    for out_name, g in zip(spec["outputs"], got):
        if out_name == "segmentation":
            continue  # 256 KB of logits add nothing the other outputs do not already check
        file = f"{name}.{out_name}.f32.gz"
        write_f32(os.path.join(reference_dir, file), g)
        ref["outputs"].append({"name": out_name, "file": file, "shape": list(g.shape)})

    return entry_for(name, spec, path, source, in_shape, out_shapes, checks), ref


def entry_for(name, spec, path, source, in_shape, out_shapes, checks):
    every = [{"name": n, "shape": list(s)} for n, s in zip(spec["outputs"], out_shapes)]
    entry = {
        "file": name + ".pt",
        "bytes": os.path.getsize(path),
        "sha256": sha256(path),
        "input": {"name": "image", "shape": list(in_shape), "layout": "NHWC", "channels": "RGB",
                  "range": spec["input_range"]},
        "outputs": every,
        "source": {"package": PACKAGE, "version": PACKAGE_VERSION, "file": spec["source"],
                   "sha256": sha256(source)},
        "self_check": {"against": "independent NumPy NHWC executor of the TFLite graph", "outputs": checks},
    }
    if spec["outputs"] is LANDMARK_OUTPUTS:
        entry["outputs"] = [o for o in every if o["name"] in LandmarkMethods.FORWARD]
        entry["methods"] = {WITH_SEGMENTATION: {"outputs": every}}
    return entry


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("package_dir", help="the extracted npm package (the folder holding pose_landmark_*.tflite)")
    ap.add_argument("--heavy", action="store_true", help="also convert the heavy model (55 MB, not committed)")
    ap.add_argument("--models", default="models")
    ap.add_argument("--reference", default="src/test/resources/reference")
    ap.add_argument("--runtime-reference", default="src/main/resources/reference")
    args = ap.parse_args()
    torch.manual_seed(0)
    os.makedirs(args.models, exist_ok=True)
    os.makedirs(args.reference, exist_ok=True)
    os.makedirs(args.runtime_reference, exist_ok=True)
    manifest_path = os.path.join(args.models, "manifest.json")
    index_path = os.path.join(args.reference, "index.json")
    manifest = json.load(open(manifest_path)) if os.path.exists(manifest_path) else {}
    index = json.load(open(index_path)) if os.path.exists(index_path) else {}
    manifest.setdefault("models", {})
    index.setdefault("models", {})
    names = ["pose_detection", "pose_landmark_lite", "pose_landmark_full"] + (
        ["pose_landmark_heavy"] if args.heavy else [])
    for name in names:
        entry, ref = convert(name, args.package_dir, args.models, args.reference, args.runtime_reference)
        manifest["models"][name] = entry
        if ref is not None:
            index["models"][name] = ref
    manifest["format"] = "repcam-models/1"
    manifest["converter"] = {"version": CONVERTER_VERSION, "torch": torch.__version__,
                             "numpy": np.__version__}
    index["format"] = "repcam-reference/1"
    index["note"] = ("Inputs are NHWC float32 made from /usr/share/doc/opencv-doc/examples/data/messi5.jpg; "
                     "outputs are what the saved TorchScript file returns for them, little-endian float32, gzip.")
    with open(manifest_path, "w") as f:
        json.dump(manifest, f, indent=2, sort_keys=True)
        f.write("\n")
    with open(index_path, "w") as f:
        json.dump(index, f, indent=2, sort_keys=True)
        f.write("\n")
    print(f"wrote {manifest_path} and {index_path}")


if __name__ == "__main__":
    main()
