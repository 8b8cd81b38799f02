"""A second, independent executor of a folded TFLite graph, in plain NumPy and in TFLite's own NHWC layout.

It shares no code with torch_module.py beyond the folded constants, so a layout or ordering mistake in one shows up
as a difference between the two. Slow but exact enough (float64 accumulation).
"""
import numpy as np


def _same(size, kernel, stride, dilation):
    effective = (kernel - 1) * dilation + 1
    out = -(-size // stride)
    total = max((out - 1) * stride + effective - size, 0)
    return total // 2, total - total // 2


def _act(x, a):
    if a is None:
        return x
    if a == "RELU":
        return np.maximum(x, 0)
    if a == "RELU6":
        return np.clip(x, 0, 6)
    if a == "RELU_N1_TO_1":
        return np.clip(x, -1, 1)
    if a == "TANH":
        return np.tanh(x)
    raise ValueError(a)


def _pad_for(x, o, kh, kw, dh, dw, value=0.0):
    if o["padding"] != "SAME":
        return x
    t, b = _same(x.shape[1], kh, o["stride_h"], dh)
    l, r = _same(x.shape[2], kw, o["stride_w"], dw)
    return np.pad(x, ((0, 0), (t, b), (l, r), (0, 0)), constant_values=value)


def _conv(x, w, bias, o, depthwise):
    # x NHWC; w: conv OHWI, depthwise [1, KH, KW, C*m]
    kh, kw = w.shape[1], w.shape[2]
    dh, dw = o["dilation_h"], o["dilation_w"]
    sh, sw = o["stride_h"], o["stride_w"]
    x = _pad_for(x, o, kh, kw, dh, dw)
    n, h, wd, c = x.shape
    oh = (h - ((kh - 1) * dh + 1)) // sh + 1
    ow = (wd - ((kw - 1) * dw + 1)) // sw + 1
    out_c = w.shape[3] if depthwise else w.shape[0]
    y = np.zeros((n, oh, ow, out_c), dtype=np.float64)
    for i in range(kh):
        for j in range(kw):
            patch = x[:, i * dh: i * dh + sh * (oh - 1) + 1: sh, j * dw: j * dw + sw * (ow - 1) + 1: sw, :]
            if depthwise:
                m = out_c // c
                y += np.repeat(patch, m, axis=3) * w[0, i, j, :]
            else:
                y += patch @ w[:, i, j, :].T
    if bias is not None:
        y += bias
    return _act(y, o["activation"])


def _resize(x, h, w, align_corners, half_pixel):
    n, ih, iw, c = x.shape

    def coords(out, inn):
        d = np.arange(out, dtype=np.float64)
        if align_corners and out > 1:
            src = d * (inn - 1) / (out - 1)
        elif half_pixel:
            src = (d + 0.5) * inn / out - 0.5
        else:
            src = d * inn / out
        lo = np.floor(src)
        frac = src - lo
        lo = lo.astype(int)
        hi = np.minimum(lo + 1, inn - 1)
        return np.clip(lo, 0, inn - 1), hi.clip(0, inn - 1), frac

    y0, y1, fy = coords(h, ih)
    x0, x1, fx = coords(w, iw)
    fy = fy[None, :, None, None]
    fx = fx[None, None, :, None]
    top = x[:, y0][:, :, x0] * (1 - fx) + x[:, y0][:, :, x1] * fx
    bot = x[:, y1][:, :, x0] * (1 - fx) + x[:, y1][:, :, x1] * fx
    return top * (1 - fy) + bot * fy


def run(graph, constants, ops, x, legacy_resize=False):
    env = {graph.inputs[0]: x.astype(np.float64)}

    def get(i):
        return env[i] if i in env else constants[i].astype(np.float64)

    for op in ops:
        o = op.options
        out = op.outputs[0]
        shape = graph.tensors[out].shape
        if op.op in ("CONV_2D", "DEPTHWISE_CONV_2D"):
            bias = get(op.inputs[2]) if len(op.inputs) > 2 and op.inputs[2] >= 0 else None
            env[out] = _conv(get(op.inputs[0]), get(op.inputs[1]), bias, o, op.op == "DEPTHWISE_CONV_2D")
        elif op.op == "ADD":
            env[out] = _act(get(op.inputs[0]) + get(op.inputs[1]), o.get("activation"))
        elif op.op == "PAD":
            env[out] = np.pad(get(op.inputs[0]), constants[op.inputs[1]].astype(int).reshape(-1, 2))
        elif op.op == "MAX_POOL_2D":
            v = _pad_for(get(op.inputs[0]), o, o["filter_h"], o["filter_w"], 1, 1, value=-np.inf)
            fh, fw, sh, sw = o["filter_h"], o["filter_w"], o["stride_h"], o["stride_w"]
            oh = (v.shape[1] - fh) // sh + 1
            ow = (v.shape[2] - fw) // sw + 1
            y = np.full((v.shape[0], oh, ow, v.shape[3]), -np.inf)
            for i in range(fh):
                for j in range(fw):
                    y = np.maximum(y, v[:, i: i + sh * (oh - 1) + 1: sh, j: j + sw * (ow - 1) + 1: sw, :])
            env[out] = _act(y, o["activation"])
        elif op.op == "RESIZE_BILINEAR":
            half = o["half_pixel_centers"] and not legacy_resize
            env[out] = _resize(get(op.inputs[0]), shape[1], shape[2], o["align_corners"], half)
        elif op.op == "DEPTH_TO_SPACE":
            v = get(op.inputs[0])
            bs = o["block_size"]
            n, h, w, c = v.shape
            env[out] = v.reshape(n, h, w, bs, bs, c // (bs * bs)).transpose(0, 1, 3, 2, 4, 5).reshape(
                n, h * bs, w * bs, c // (bs * bs))
        elif op.op == "RESHAPE":
            env[out] = get(op.inputs[0]).reshape(shape)
        elif op.op == "CONCATENATION":
            env[out] = _act(np.concatenate([get(i) for i in op.inputs], axis=o["axis"]), o["activation"])
        elif op.op == "LOGISTIC":
            env[out] = 1 / (1 + np.exp(-get(op.inputs[0])))
        else:
            raise ValueError(op.op)
    return [env[i] for i in graph.outputs]
