"""Folds the constant sub-graphs of a TFLite model: fp16 DEQUANTIZE and sparse DENSIFY become fp32 arrays."""
import numpy as np

import tflite_reader

FOLDABLE = ("DEQUANTIZE", "DENSIFY")


def fold(graph):
    """Returns {tensor index: float32/int32 numpy array} for every constant, and the ops that remain to run."""
    values = {}
    for t in graph.tensors:
        if t.data is not None:
            values[t.index] = tflite_reader.densify(t) if t.sparsity is not None else t.data
    remaining = []
    for op in graph.operators:
        if op.op in FOLDABLE and all(i in values for i in op.inputs):
            src = values[op.inputs[0]]
            if op.op == "DENSIFY":
                out = tflite_reader.densify(graph.tensors[op.inputs[0]])
            else:
                out = src.astype(np.float32)
            values[op.outputs[0]] = out.reshape(graph.tensors[op.outputs[0]].shape)
        else:
            if op.op in FOLDABLE:
                raise ValueError(f"{op.op} on a non-constant input is not supported")
            remaining.append(op)
    return values, remaining
