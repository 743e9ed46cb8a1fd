"""Stage 4, export: ONNX with real low-bit weights made by ONNX Runtime's own quantizers (int8 QDQ
by ``quantize_static``, 4-bit ``MatMulNBits`` by ``MatMulNBitsQuantizer``), a TensorRT-oriented QDQ
model with its quoted ``trtexec`` command line, and the ONNX Runtime helpers that verify and time them."""

from __future__ import annotations

import copy
import shlex
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

import torch
from torch import nn

from lightning_plugins.pqcf.allocation import CompressionPlan
from lightning_plugins.pqcf.config import PQCFConfig
from lightning_plugins.pqcf.quantizers import FP_BITS
from monitor.cliio import atomic_write


@dataclass
class ExportResult:
    fp32_path: str
    quant_path: str
    trt_path: str | None
    fp32_bytes: int
    quant_bytes: int
    file_ratio: float
    trtexec: str


def _linear_to_matmul(model_proto, weight_names: Mapping[str, str]) -> dict[str, str]:
    """Rewrite each Linear's ``Gemm`` (2-D inputs) or ``MatMul(x, Transpose(W))`` (N-D inputs) as
    ``MatMul(x, W^T initializer)`` [+ ``Add(bias)``], so ORT's quantizers see a constant MatMul
    weight. Returns layer name -> MatMul node name. Conv nodes are left as they are."""
    import numpy as np
    import onnx
    from onnx import helper, numpy_helper

    graph = model_proto.graph
    inits = {i.name: i for i in graph.initializer}
    producers = {o: n for n in graph.node for o in n.output}
    by_weight = {w: layer for layer, w in weight_names.items()}
    nodes_out, mapping = [], {}
    drop_inits, drop_outputs = set(), set()
    for node in graph.node:
        if node.op_type == "Gemm" and len(node.input) >= 2 and node.input[1] in by_weight:
            attrs = {a.name: helper.get_attribute_value(a) for a in node.attribute}
            if attrs.get("alpha", 1.0) != 1.0 or attrs.get("beta", 1.0) != 1.0 or attrs.get("transA", 0):
                nodes_out.append(node)
                continue
            layer = by_weight[node.input[1]]
            w = numpy_helper.to_array(inits[node.input[1]])
            wt = np.ascontiguousarray(w.T if attrs.get("transB", 0) else w)  # (in, out)
            new_w = f"{node.input[1]}_KxN"
            graph.initializer.append(numpy_helper.from_array(wt, new_w))
            drop_inits.add(node.input[1])
            mm_out = node.output[0] + "_mm" if len(node.input) > 2 else node.output[0]
            mm = helper.make_node("MatMul", [node.input[0], new_w], [mm_out], name=f"{layer}/MatMul")
            nodes_out.append(mm)
            if len(node.input) > 2:
                nodes_out.append(helper.make_node("Add", [mm_out, node.input[2]], [node.output[0]],
                                                  name=f"{layer}/Add"))
            mapping[layer] = mm.name
        elif (node.op_type == "MatMul" and node.input[1] in producers
              and producers[node.input[1]].op_type == "Transpose" and producers[node.input[1]].input[0] in by_weight):
            tnode = producers[node.input[1]]
            layer = by_weight[tnode.input[0]]
            w = numpy_helper.to_array(inits[tnode.input[0]])
            new_w = f"{tnode.input[0]}_KxN"
            graph.initializer.append(numpy_helper.from_array(np.ascontiguousarray(w.T), new_w))
            drop_inits.add(tnode.input[0])
            drop_outputs.add(tnode.output[0])
            node.input[1] = new_w
            node.name = f"{layer}/MatMul"
            nodes_out.append(node)
            mapping[layer] = node.name
        else:
            nodes_out.append(node)
    nodes_out = [copy.deepcopy(n) for n in nodes_out if not set(n.output) & drop_outputs]
    used = {i for n in nodes_out for i in n.input}
    del graph.node[:]
    graph.node.extend(nodes_out)
    keep = [i for i in graph.initializer if i.name in used or i.name not in drop_inits]
    del graph.initializer[:]
    graph.initializer.extend(keep)
    onnx.checker.check_model(model_proto)
    return mapping


def _conv_nodes(model_proto, weight_names: Mapping[str, str]) -> dict[str, str]:
    by_weight = {w: layer for layer, w in weight_names.items()}
    return {by_weight[n.input[1]]: n.name for n in model_proto.graph.node
            if n.op_type == "Conv" and len(n.input) > 1 and n.input[1] in by_weight}


def _unshare_input_qdq(proto, int8_nodes: Sequence[str]) -> int:
    """Give the fp32 tensor back to the non-int8 readers of an int8 layer's input.

    ``quantize_static`` puts one Q/DQ pair on a tensor and feeds the DQ output to *every* reader, so
    when an int8 layer shares its input with 4-bit or fp32 layers (a transformer's q, k and v read the
    same normalized tensor) those would see the uint8-rounded tensor too, which the fake-quant model
    does not do. Pairs on an int8 layer's output stay shared (the fake-quant model rounds that output
    for every reader). Returns the number of inputs reconnected.
    """
    int8 = set(int8_nodes)
    producer = {o: n for n in proto.graph.node for o in n.output}
    q_source = {n.output[0]: n.input[0] for n in proto.graph.node if n.op_type == "QuantizeLinear"}
    dq_source = {}
    for n in proto.graph.node:
        if n.op_type == "DequantizeLinear" and n.input[0] in q_source:
            src = q_source[n.input[0]]
            if src not in producer or producer[src].name not in int8:  # an input pair, not an int8 output
                dq_source[n.output[0]] = src
    changed = 0
    for node in proto.graph.node:
        if node.name in int8 or node.op_type in ("QuantizeLinear", "DequantizeLinear"):
            continue
        for i, name in enumerate(node.input):
            if name in dq_source:
                node.input[i] = dq_source[name]
                changed += 1
    return changed


def trtexec_command(onnx_path: str | Path, engine_path: str | Path, example_shape: Sequence[int],
                    config: PQCFConfig) -> str:
    """The ``trtexec`` command line for ``onnx_path``, every argument quoted for a POSIX shell."""
    shape = "x".join(str(d) for d in example_shape)
    bs = config.latency_batch_size
    return shlex.join(["trtexec", f"--onnx={onnx_path}", "--int8", "--fp16",
                       f"--memPoolSize=workspace:{config.trt_workspace_mib}M",
                       f"--minShapes=input:1x{shape}", f"--optShapes=input:{bs}x{shape}",
                       f"--maxShapes=input:{max(bs, 256)}x{shape}", f"--saveEngine={engine_path}"])


def export_onnx(model: nn.Module, plan: CompressionPlan, calib_inputs: Sequence[torch.Tensor], out_dir: str | Path,
                config: PQCFConfig, *, name: str = "model", final_dir: str | Path | None = None) -> ExportResult:
    """Export fp32 ONNX, then quantize it with ONNX Runtime per ``plan``: int8 QDQ (static,
    per-channel weights, MinMax-calibrated uint8 inputs) for 8-bit layers, then 4-bit MatMulNBits
    for 4-bit linear layers. Also writes ``<name>_trt.onnx`` (int8 QDQ + int4 DequantizeLinear
    blocks, explicit quantization for TensorRT) and ``trtexec.sh`` with its ``trtexec`` command line.

    ``model`` carries its latent fp32 weights (no fake-quant parametrization). ``final_dir``: where
    the files will be moved once complete (the paths written into ``trtexec.sh``; default ``out_dir``).
    """
    import onnx
    from onnxruntime.quantization import CalibrationDataReader, QuantFormat, QuantType, quantize_static
    from onnxruntime.quantization.matmul_nbits_quantizer import DefaultWeightOnlyQuantConfig, MatMulNBitsQuantizer

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    fp32_path, canon_path = out / f"{name}_fp32.onnx", out / f"{name}_fp32_matmul.onnx"
    int8_path, quant_path = out / f"{name}_int8stage.onnx", out / f"{name}_pqcf.onnx"
    trt_path = out / f"{name}_trt.onnx"
    example = calib_inputs[0][:1]
    model = model.eval()
    dyn = {"input": {0: "batch"}, "logits": {0: "batch"}}
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(model, (example,), str(fp32_path), input_names=["input"], output_names=["logits"],
                          dynamic_axes=dyn, opset_version=config.onnx_opset, dynamo=False, do_constant_folding=False)
    proto = onnx.load(str(fp32_path))
    weights = {layer: f"{layer}.weight" for layer in plan.bits}
    matmuls = _linear_to_matmul(proto, weights)
    convs = _conv_nodes(proto, weights)
    onnx.save(proto, str(canon_path))
    onnx.save(proto, str(fp32_path))  # the fp32 reference is the same graph (Gemm -> MatMul + Add)
    node_of = {**matmuls, **convs}
    missing = [n for n, b in plan.bits.items() if b != FP_BITS and n not in node_of]
    if missing:
        raise RuntimeError(f"layers {missing} were not found in the exported ONNX graph (weights reused or "
                           "transformed in forward?); pin them to keep them in fp32")
    int8_nodes = [node_of[n] for n, b in plan.bits.items() if b == 8]
    int4_nodes = [node_of[n] for n, b in plan.bits.items() if b == 4]
    feeds = [x.detach().cpu().numpy() for x in calib_inputs]

    class _Reader(CalibrationDataReader):
        def __init__(self) -> None:
            self._it = iter([{"input": f} for f in feeds])

        def get_next(self):
            return next(self._it, None)

    stage = canon_path
    if int8_nodes:
        # quantize_static logs a pre-processing hint at WARNING: quieted by the caller (progress.quiet_libraries)
        quantize_static(str(canon_path), str(int8_path), _Reader(), quant_format=QuantFormat.QDQ, per_channel=True,
                        weight_type=QuantType.QInt8, activation_type=QuantType.QUInt8,
                        op_types_to_quantize=["MatMul", "Conv"], nodes_to_quantize=int8_nodes)
        stage = int8_path
    int8_proto = onnx.load(str(stage))
    _unshare_input_qdq(int8_proto, int8_nodes)

    def nbits(fmt):
        proto_copy = copy.deepcopy(int8_proto)
        if not int4_nodes:
            return proto_copy
        level = config.accuracy_level if fmt == QuantFormat.QOperator else None
        cfg = DefaultWeightOnlyQuantConfig(block_size=config.block_size, is_symmetric=config.symmetric_4bit,
                                           accuracy_level=level, quant_format=fmt, bits=4)
        # ORT includes every MatMul of a quantizable op type whatever nodes_to_include says, so the
        # layers that must not become 4-bit (8-bit, pinned, other MatMuls) are excluded explicitly
        keep = [n.name for n in proto_copy.graph.node if n.op_type == "MatMul" and n.name not in int4_nodes]
        q = MatMulNBitsQuantizer(proto_copy, nodes_to_exclude=keep, nodes_to_include=int4_nodes, algo_config=cfg)
        q.process()
        return q.model.model

    onnx.save(nbits(QuantFormat.QOperator), str(quant_path))
    trt_written = None
    try:
        onnx.save(nbits(QuantFormat.QDQ), str(trt_path))
        trt_written = str(trt_path)
    except Exception as exc:  # the QDQ int4 path is for TensorRT users only; ORT's result stands
        from monitor.eventlog import log_event

        log_event("pqcf_trt_export_failed", error=repr(exc))
    for p in (canon_path, int8_path):
        p.unlink(missing_ok=True)
    final = Path(final_dir) if final_dir is not None else out
    trtexec = trtexec_command(final / Path(trt_written or quant_path).name, final / f"{name}.plan",
                              example.shape[1:], config)
    with atomic_write(out / "trtexec.sh") as fh:
        fh.write("#!/bin/sh\n# TensorRT engine from the explicitly quantized (QDQ) model\n" + trtexec + "\n")
    fp32_bytes, quant_bytes = fp32_path.stat().st_size, quant_path.stat().st_size
    return ExportResult(str(fp32_path), str(quant_path), trt_written, fp32_bytes, quant_bytes,
                        fp32_bytes / quant_bytes, trtexec)


def onnx_weight_bytes(path: str | Path) -> int:
    """Bytes of every initializer in an ONNX file (the weights, scales and zero points it stores)."""
    import onnx
    from onnx import numpy_helper

    return sum(numpy_helper.to_array(i).nbytes if i.data_type not in (onnx.TensorProto.INT4, onnx.TensorProto.UINT4)
               else -(-numpy_helper.to_array(i).size // 2) for i in onnx.load(str(path)).graph.initializer)


def ort_session(path: str, threads: int = 1):
    import onnxruntime as ort

    so = ort.SessionOptions()
    if threads:
        so.intra_op_num_threads = threads
        so.inter_op_num_threads = 1
    so.log_severity_level = 3
    # x86 CPUs without VNNI (AVX2, AVX-512 before VNNI: e.g. AMD Zen 3) run ORT's int8 U8S8 products with
    # 16-bit intermediates that saturate; ORT's documented switch uses exact U8U8 there and changes nothing
    # on VNNI CPUs (onnxruntime_session_options_config_keys.h, kOrtSessionOptionsAvx2PrecisionMode).
    # Measured on an AMD EPYC (Zen 3): agreement with the fake-quant model 0.986 without it.
    so.add_session_config_entry("session.x64quantprecision", "1")
    return ort.InferenceSession(path, so, providers=["CPUExecutionProvider"])


def ort_predict(session, x: torch.Tensor, batch: int = 256) -> torch.Tensor:
    """Logits of ``session`` on ``x``, in chunks of ``batch`` rows."""
    outs = [torch.from_numpy(session.run(None, {"input": x[i:i + batch].numpy()})[0]) for i in range(0, len(x), batch)]
    return torch.cat(outs)


def ort_latency(session, x: torch.Tensor, repeats: int) -> float:
    """Median seconds of one ``session.run`` on the batch ``x`` (after 5 warm-up runs)."""
    feed = {"input": x.numpy()}
    for _ in range(5):
        session.run(None, feed)
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        session.run(None, feed)
        times.append(time.perf_counter() - t0)
    times.sort()
    return times[len(times) // 2]
