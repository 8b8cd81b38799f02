"""A small reader for TFLite flatbuffer models: tensors, buffers and operators with their options.

Field ids follow TensorFlow Lite's schema.fbs (the offset of field i in a table's vtable is 4 + 2*i). Only what
BlazePose needs is read; anything else is reported, never guessed.
"""
import struct
from dataclasses import dataclass, field

import flatbuffers
import numpy as np

# TensorType
TENSOR_TYPES = {0: np.float32, 1: np.float16, 2: np.int32, 3: np.uint8, 4: np.int64, 9: np.int8}
# BuiltinOperator codes used by BlazePose
OPS = {0: "ADD", 2: "CONCATENATION", 3: "CONV_2D", 4: "DEPTHWISE_CONV_2D", 5: "DEPTH_TO_SPACE", 6: "DEQUANTIZE",
       14: "LOGISTIC", 17: "MAX_POOL_2D", 22: "RESHAPE", 23: "RESIZE_BILINEAR", 34: "PAD", 124: "DENSIFY"}
PADDING = {0: "SAME", 1: "VALID"}
ACTIVATION = {0: None, 1: "RELU", 2: "RELU_N1_TO_1", 3: "RELU6", 4: "TANH"}


class Table:
    """Typed access to one flatbuffer table."""

    def __init__(self, buf, pos):
        self.t = flatbuffers.table.Table(buf, pos)
        self.buf = buf

    def _off(self, field_id):
        return self.t.Offset(4 + 2 * field_id)

    def has(self, field_id):
        return self._off(field_id) != 0

    def scalar(self, field_id, fmt, default=0):
        o = self._off(field_id)
        if o == 0:
            return default
        return struct.unpack_from("<" + fmt, self.buf, self.t.Pos + o)[0]

    def string(self, field_id):
        o = self._off(field_id)
        return self.t.String(self.t.Pos + o).decode() if o else None

    def table(self, field_id):
        o = self._off(field_id)
        return Table(self.buf, self.t.Indirect(self.t.Pos + o)) if o else None

    def vector_len(self, field_id):
        o = self._off(field_id)
        return self.t.VectorLen(o) if o else 0

    def vector_tables(self, field_id):
        o = self._off(field_id)
        if not o:
            return []
        start = self.t.Vector(o)
        return [Table(self.buf, self.t.Indirect(start + 4 * i)) for i in range(self.t.VectorLen(o))]

    def vector_numpy(self, field_id, dtype):
        o = self._off(field_id)
        if not o:
            return np.zeros(0, dtype=dtype)
        start = self.t.Vector(o)
        n = self.t.VectorLen(o)
        return np.frombuffer(self.buf, dtype=np.dtype(dtype).newbyteorder("<"), count=n, offset=start)


@dataclass
class Tensor:
    index: int
    name: str
    shape: tuple
    dtype: type
    data: np.ndarray = None          # constant contents (raw, as stored) or None for activations
    sparsity: Table = None


@dataclass
class Operator:
    op: str
    inputs: list
    outputs: list
    options: dict = field(default_factory=dict)


@dataclass
class Graph:
    tensors: list
    operators: list
    inputs: list
    outputs: list


def _options(op, opt):
    if opt is None:
        return {}
    if op == "CONV_2D":
        return dict(padding=PADDING[opt.scalar(0, "b")], stride_w=opt.scalar(1, "i"), stride_h=opt.scalar(2, "i"),
                    activation=ACTIVATION[opt.scalar(3, "b")], dilation_w=opt.scalar(4, "i", 1),
                    dilation_h=opt.scalar(5, "i", 1))
    if op == "DEPTHWISE_CONV_2D":
        return dict(padding=PADDING[opt.scalar(0, "b")], stride_w=opt.scalar(1, "i"), stride_h=opt.scalar(2, "i"),
                    depth_multiplier=opt.scalar(3, "i"), activation=ACTIVATION[opt.scalar(4, "b")],
                    dilation_w=opt.scalar(5, "i", 1), dilation_h=opt.scalar(6, "i", 1))
    if op == "ADD":
        return dict(activation=ACTIVATION[opt.scalar(0, "b")])
    if op == "CONCATENATION":
        return dict(axis=opt.scalar(0, "i"), activation=ACTIVATION[opt.scalar(1, "b")])
    if op == "RESHAPE":
        return dict(new_shape=tuple(int(v) for v in opt.vector_numpy(0, np.int32)))
    if op == "RESIZE_BILINEAR":
        return dict(align_corners=bool(opt.scalar(2, "B")), half_pixel_centers=bool(opt.scalar(3, "B")))
    if op == "MAX_POOL_2D":
        return dict(padding=PADDING[opt.scalar(0, "b")], stride_w=opt.scalar(1, "i"), stride_h=opt.scalar(2, "i"),
                    filter_w=opt.scalar(3, "i"), filter_h=opt.scalar(4, "i"),
                    activation=ACTIVATION[opt.scalar(5, "b")])
    if op == "DEPTH_TO_SPACE":
        return dict(block_size=opt.scalar(0, "i"))
    return {}


def read(path):
    """Parses a .tflite file into a Graph of its first subgraph."""
    buf = bytearray(open(path, "rb").read())
    root = Table(buf, flatbuffers.encode.Get(flatbuffers.packer.uoffset, buf, 0))
    codes = []
    for oc in root.vector_tables(1):
        code = max(oc.scalar(0, "b"), oc.scalar(3, "i"))  # deprecated_builtin_code, builtin_code
        if oc.string(1):
            raise ValueError(f"{path}: custom op {oc.string(1)} is not supported")
        if code not in OPS:
            raise ValueError(f"{path}: builtin op {code} is not supported by this converter")
        codes.append(OPS[code])
    buffers = root.vector_tables(4)
    subgraphs = root.vector_tables(2)
    if len(subgraphs) != 1:
        raise ValueError(f"{path}: expected one subgraph, found {len(subgraphs)}")
    sg = subgraphs[0]
    tensors = []
    for i, t in enumerate(sg.vector_tables(0)):
        ttype = t.scalar(1, "b")
        if ttype not in TENSOR_TYPES:
            raise ValueError(f"{path}: tensor {i} has unsupported type {ttype}")
        dtype = TENSOR_TYPES[ttype]
        shape = tuple(int(v) for v in t.vector_numpy(0, np.int32))
        b = buffers[t.scalar(2, "I")]
        if b.has(1) and b.scalar(1, "Q") > 1:
            raise ValueError(f"{path}: buffers stored outside the flatbuffer are not supported")
        raw = b.vector_numpy(0, np.uint8)
        data = raw.view(np.dtype(dtype).newbyteorder("<")).copy() if raw.size else None
        tensors.append(Tensor(i, t.string(3), shape, dtype, data, t.table(6)))
    ops = []
    for o in sg.vector_tables(3):
        op = codes[o.scalar(0, "I")]
        ops.append(Operator(op, [int(v) for v in o.vector_numpy(1, np.int32)],
                            [int(v) for v in o.vector_numpy(2, np.int32)], _options(op, o.table(4))))
    return Graph(tensors, ops, [int(v) for v in sg.vector_numpy(1, np.int32)],
                 [int(v) for v in sg.vector_numpy(2, np.int32)])


def densify(tensor):
    """Dense contents of a sparse constant (TFLite's format: per dimension DENSE or SPARSE_CSR with uint8,
    uint16 or int32 segment and index vectors, no block maps)."""
    sp = tensor.sparsity
    order = [int(v) for v in sp.vector_numpy(0, np.int32)]
    if sp.vector_len(1):
        raise ValueError(f"tensor {tensor.name}: block sparsity is not supported")
    if order != list(range(len(tensor.shape))):
        raise ValueError(f"tensor {tensor.name}: traversal order {order} is not supported")
    dims = sp.vector_tables(2)
    index_types = {1: np.int32, 2: np.uint16, 3: np.uint8}
    values = tensor.data
    dense = np.zeros(tensor.shape, dtype=values.dtype)
    # Walk the dimensions: DENSE dims enumerate 0..size-1; a SPARSE_CSR dim takes segments[p]..segments[p+1].
    positions = [((), 0)]  # (index prefix, position in the parent's segment space)
    for d, meta in enumerate(dims):
        fmt = meta.scalar(0, "b")
        nxt = []
        if fmt == 0:
            size = meta.scalar(1, "i")
            for prefix, pos in positions:
                for k in range(size):
                    nxt.append((prefix + (k,), pos * size + k))
        else:
            seg = meta.table(3).vector_numpy(0, index_types[meta.scalar(2, "B")])
            idx = meta.table(5).vector_numpy(0, index_types[meta.scalar(4, "B")])
            for prefix, pos in positions:
                for p in range(int(seg[pos]), int(seg[pos + 1])):
                    nxt.append((prefix + (int(idx[p]),), p))
        positions = nxt
    if len(positions) != values.size:
        raise ValueError(f"tensor {tensor.name}: sparse structure names {len(positions)} values, "
                         f"{values.size} stored")
    for (prefix, pos) in positions:
        dense[prefix] = values[pos]
    nonzero = int(np.count_nonzero(dense))
    stored_nonzero = int(np.count_nonzero(values))
    if nonzero != stored_nonzero:
        raise ValueError(f"tensor {tensor.name}: densified non-zero count {nonzero} != stored {stored_nonzero}")
    return dense
