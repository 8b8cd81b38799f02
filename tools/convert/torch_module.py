"""Executes a folded TFLite graph op by op as a torch.nn.Module, ready for torch.jit.trace.

Activations run in NCHW; the model's input and outputs keep TFLite's NHWC shapes. Every op follows TFLite's
semantics: SAME padding is asymmetric (extra pixel bottom/right), RESIZE_BILINEAR honours half_pixel_centers and
align_corners, DEPTH_TO_SPACE uses TensorFlow's DCR order, RESHAPE and CONCATENATION work in NHWC terms.
"""
import numpy as np
import torch
import torch.nn.functional as F

NHWC_TO_NCHW_AXIS = {0: 0, 1: 2, 2: 3, 3: 1}


def same_padding(size, kernel, stride, dilation):
    effective = (kernel - 1) * dilation + 1
    out = (size + stride - 1) // stride
    total = max((out - 1) * stride + effective - size, 0)
    return total // 2, total - total // 2


def activate(x, activation, in_place=False):
    """A fused activation; `in_place` only on a tensor the op itself just made (no one else holds it)."""
    if activation is None:
        return x
    if activation == "RELU":
        return F.relu_(x) if in_place else F.relu(x)
    if activation == "RELU6":
        return x.clamp_(0.0, 6.0) if in_place else torch.clamp(x, 0.0, 6.0)
    if activation == "RELU_N1_TO_1":
        return x.clamp_(-1.0, 1.0) if in_place else torch.clamp(x, -1.0, 1.0)
    if activation == "TANH":
        return x.tanh_() if in_place else torch.tanh(x)
    raise ValueError(f"activation {activation}")


def legacy_resize(x, h, w):
    """TFLite RESIZE_BILINEAR with neither align_corners nor half_pixel_centers: src = dst * in / out."""
    in_h, in_w = x.shape[2], x.shape[3]
    ys = torch.arange(h, dtype=torch.float32) * (in_h / h)
    xs = torch.arange(w, dtype=torch.float32) * (in_w / w)
    y0 = ys.floor().long().clamp(max=in_h - 1)
    x0 = xs.floor().long().clamp(max=in_w - 1)
    y1 = (y0 + 1).clamp(max=in_h - 1)
    x1 = (x0 + 1).clamp(max=in_w - 1)
    fy = (ys - y0.float()).view(1, 1, h, 1)
    fx = (xs - x0.float()).view(1, 1, 1, w)
    top = x[:, :, y0][:, :, :, x0] * (1 - fx) + x[:, :, y0][:, :, :, x1] * fx
    bottom = x[:, :, y1][:, :, :, x0] * (1 - fx) + x[:, :, y1][:, :, :, x1] * fx
    return top * (1 - fy) + bottom * fy


class TfliteModule(torch.nn.Module):
    """The graph as a module. `legacy_resize=True` swaps half-pixel resizing for TFLite's legacy mapping (only for
    comparing against runtimes that ignore half_pixel_centers)."""

    def __init__(self, graph, constants, ops, legacy_resize_mode=False, fast=True):
        """`fast` (the default since converter 1.1) traces the same arithmetic with less overhead around it: shapes
        come from the graph's static tensor shapes (so the trace holds no shape arithmetic), symmetric padding goes
        into the convolution's own padding instead of a padded copy (explicit PAD ops feeding only VALID
        convolutions too), and activations and residual additions write into tensors the op itself just made."""
        super().__init__()
        self.graph = graph
        self.ops = ops
        self.legacy = legacy_resize_mode
        self.fast = fast
        self.consumers = {}
        for op in ops:
            for i in op.inputs:
                self.consumers.setdefault(i, []).append(op)
        # explicit spatial PADs whose every consumer is a VALID convolution: folded into those convolutions
        self.folded_pads = {}
        if fast:
            for op in ops:
                if op.op != "PAD":
                    continue
                (n0, n1), (h0, h1), (w0, w1), (c0, c1) = np.array(constants[op.inputs[1]]).reshape(-1, 2).tolist()
                users = self.consumers.get(op.outputs[0], [])
                if (n0, n1, c0, c1) == (0, 0, 0, 0) and h0 == h1 and w0 == w1 and users and op.outputs[0] not in \
                        graph.outputs and all(u.op in ("CONV_2D", "DEPTHWISE_CONV_2D") and u.inputs[0] ==
                                              op.outputs[0] and u.options["padding"] == "VALID" for u in users):
                    self.folded_pads[op.outputs[0]] = (h0, w0)
        self.names = {}
        # PAD amounts are constants: read them once, as Python ints, so the trace holds no tensor-to-list calls.
        self.paddings = {op.outputs[0]: np.array(constants[op.inputs[1]]).reshape(-1, 2).astype(int).tolist()
                         for op in ops if op.op == "PAD"}
        used = {i for op in ops for i in op.inputs if i in constants}
        pad_amounts = self.paddings_sources(ops)
        for index, value in constants.items():
            if index not in used or index in pad_amounts:
                continue  # folded away (fp16 / sparse sources) or read once at build time (PAD amounts)
            t = self._prepare_constant(index, value, ops)
            name = f"c{index}"
            self.register_buffer(name, t)
            self.names[index] = name

    @staticmethod
    def paddings_sources(ops):
        return {op.inputs[1] for op in ops if op.op == "PAD"}

    def _prepare_constant(self, index, value, ops):
        """Conv and depthwise weights are transposed once here; other constants stay in TFLite layout."""
        for op in ops:
            if len(op.inputs) > 1 and op.inputs[1] == index:
                if op.op == "CONV_2D":            # OHWI -> OIHW
                    return torch.from_numpy(np.ascontiguousarray(value.transpose(0, 3, 1, 2))).float()
                if op.op == "DEPTHWISE_CONV_2D":  # [1, H, W, C*m] -> [C*m, 1, H, W]
                    return torch.from_numpy(np.ascontiguousarray(value.transpose(3, 0, 1, 2))).float()
        t = torch.from_numpy(np.array(value))
        return t.float() if t.dtype in (torch.float16, torch.float64) else t

    def _const(self, index):
        return getattr(self, self.names[index])

    def forward(self, x):
        env = {self.graph.inputs[0]: (x.permute(0, 3, 1, 2), True)}  # value, is_nchw

        def get(i):
            if i in env:
                return env[i]
            return self._const(i), False

        def as_nchw_operand(value, is_nchw, like_nchw):
            if like_nchw and not is_nchw:
                if value.dim() == 4:
                    return value.permute(0, 3, 1, 2)
                if value.dim() == 1:
                    return value.view(1, -1, 1, 1)
                if value.dim() == 0:
                    return value
                raise ValueError(f"cannot broadcast a constant of shape {tuple(value.shape)} against NCHW")
            return value

        fast = self.fast
        fresh = set()  # tensors an op of this graph made and only it holds

        def static_hw(index):
            shape = self.graph.tensors[index].shape  # NHWC
            return shape[1], shape[2]

        def only_user(index, op):
            return index in fresh and index not in self.graph.outputs and self.consumers.get(index) == [op]

        for op in self.ops:
            o = op.options
            out_index = op.outputs[0]
            out_shape = self.graph.tensors[out_index].shape
            if op.op in ("CONV_2D", "DEPTHWISE_CONV_2D"):
                v, _ = get(op.inputs[0])
                w = self._const(op.inputs[1])
                b = self._const(op.inputs[2]) if len(op.inputs) > 2 and op.inputs[2] >= 0 else None
                kh, kw = w.shape[2], w.shape[3]
                h, wd = static_hw(op.inputs[0]) if fast else (v.shape[2], v.shape[3])
                top = bottom = left = right = 0
                if o["padding"] == "SAME":
                    top, bottom = same_padding(h, kh, o["stride_h"], o["dilation_h"])
                    left, right = same_padding(wd, kw, o["stride_w"], o["dilation_w"])
                if fast and op.inputs[0] in self.folded_pads:
                    ph, pw = self.folded_pads[op.inputs[0]]
                    top, bottom, left, right = top + ph, bottom + ph, left + pw, right + pw
                padding = (0, 0)
                if fast and top == bottom and left == right:
                    padding = (top, left)
                elif top or bottom or left or right:
                    v = F.pad(v, (left, right, top, bottom))
                channels = self.graph.tensors[op.inputs[0]].shape[3] if fast else v.shape[1]
                groups = channels if op.op == "DEPTHWISE_CONV_2D" else 1
                y = F.conv2d(v, w, b, stride=(o["stride_h"], o["stride_w"]), padding=padding,
                             dilation=(o["dilation_h"], o["dilation_w"]), groups=groups)
                env[out_index] = (activate(y, o["activation"], in_place=fast), True)
                fresh.add(out_index)
            elif op.op == "ADD":
                (a, an), (b, bn) = get(op.inputs[0]), get(op.inputs[1])
                nchw = an or bn
                a, b = as_nchw_operand(a, an, nchw), as_nchw_operand(b, bn, nchw)
                if fast and a.dim() == 4 and b.dim() == 4 and only_user(op.inputs[0], op) and \
                        tuple(self.graph.tensors[op.inputs[0]].shape) == tuple(out_shape):
                    y = a.add_(b)
                elif fast and a.dim() == 4 and b.dim() == 4 and only_user(op.inputs[1], op) and \
                        tuple(self.graph.tensors[op.inputs[1]].shape) == tuple(out_shape):
                    y = b.add_(a)
                else:
                    y = a + b
                env[out_index] = (activate(y, o.get("activation"), in_place=fast), nchw)
                fresh.add(out_index)
            elif op.op == "PAD" and out_index in self.folded_pads:
                env[out_index] = get(op.inputs[0])  # the convolutions reading it pad by themselves
            elif op.op == "PAD":
                v, nchw = get(op.inputs[0])
                p = self.paddings[out_index]
                if nchw:
                    (n0, n1), (h0, h1), (w0, w1), (c0, c1) = p
                    v = F.pad(v, (w0, w1, h0, h1, c0, c1, n0, n1))
                else:
                    flat = []
                    for before, after in reversed(p):
                        flat += [before, after]
                    v = F.pad(v, tuple(flat))
                env[out_index] = (v, nchw)
            elif op.op == "MAX_POOL_2D":
                v, _ = get(op.inputs[0])
                h, wd = static_hw(op.inputs[0]) if fast else (v.shape[2], v.shape[3])
                if o["padding"] == "SAME":
                    top, bottom = same_padding(h, o["filter_h"], o["stride_h"], 1)
                    left, right = same_padding(wd, o["filter_w"], o["stride_w"], 1)
                    if top or bottom or left or right:
                        v = F.pad(v, (left, right, top, bottom), value=float("-inf"))
                y = F.max_pool2d(v, (o["filter_h"], o["filter_w"]), (o["stride_h"], o["stride_w"]))
                env[out_index] = (activate(y, o["activation"]), True)
            elif op.op == "RESIZE_BILINEAR":
                v, _ = get(op.inputs[0])
                h, w = out_shape[1], out_shape[2]
                if o["align_corners"]:
                    y = F.interpolate(v, size=(h, w), mode="bilinear", align_corners=True)
                elif o["half_pixel_centers"] and not self.legacy:
                    y = F.interpolate(v, size=(h, w), mode="bilinear", align_corners=False)
                else:
                    y = legacy_resize(v, h, w)
                env[out_index] = (y, True)
            elif op.op == "DEPTH_TO_SPACE":
                v, _ = get(op.inputs[0])
                bs = o["block_size"]
                if fast:
                    n, h, w, c = self.graph.tensors[op.inputs[0]].shape
                else:
                    n, c, h, w = v.shape
                y = v.reshape(n, bs, bs, c // (bs * bs), h, w).permute(0, 3, 4, 1, 5, 2)
                env[out_index] = (y.reshape(n, c // (bs * bs), h * bs, w * bs), True)
            elif op.op == "RESHAPE":
                v, nchw = get(op.inputs[0])
                if nchw:
                    v = v.permute(0, 2, 3, 1)
                y = v.reshape(out_shape)
                if len(out_shape) == 4:
                    env[out_index] = (y.permute(0, 3, 1, 2), True)
                else:
                    env[out_index] = (y, False)
            elif op.op == "CONCATENATION":
                parts = [get(i) for i in op.inputs]
                nchw = parts[0][1]
                if any(p[1] != nchw for p in parts):
                    raise ValueError("CONCATENATION of mixed layouts")
                axis = o["axis"]
                rank = parts[0][0].dim()
                if axis < 0:
                    axis += rank
                if nchw:
                    axis = NHWC_TO_NCHW_AXIS[axis]
                env[out_index] = (activate(torch.cat([p[0] for p in parts], dim=axis), o["activation"]), nchw)
            elif op.op == "LOGISTIC":
                v, nchw = get(op.inputs[0])
                env[out_index] = (torch.sigmoid(v), nchw)
            else:
                raise ValueError(f"op {op.op} is not implemented")
        outputs = []
        for i in self.graph.outputs:
            v, nchw = env[i]
            outputs.append(v.permute(0, 2, 3, 1).contiguous() if nchw else v)
        return tuple(outputs)
