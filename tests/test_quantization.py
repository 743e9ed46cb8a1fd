"""PQCF compression: Hutchinson traces vs the exact Hessian, bit allocation, the full pipeline
(fake-quant distillation through Lightning, ONNX export verified in ONNX Runtime), bad input, resume.
The command line's input checks, file safety, the run label and output: ``test_pqcf_io.py``."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import numpy as np
import onnx
import pytest
import pytorch_lightning as pl
import torch
import torch.nn.functional as F
from scipy.stats import spearmanr
from torch import nn
from torch.func import functional_call
from torch.utils.data import DataLoader, TensorDataset

from lightning_plugins import PQCFCompression
from lightning_plugins.pqcf import (
    FP_BITS,
    LayerPlan,
    PQCFConfig,
    allocate_bits,
    apply_fake_quant,
    compress,
    hutchinson_traces,
    onnx_weight_bytes,
    ort_predict,
    ort_session,
    plan_with_bits,
    quadratic_perturbations,
    quantizable_layers,
    quantize_weight,
    remove_fake_quant,
)
from monitor import cli
from monitor import metrics as M
from monitor.demo_model import DigitsMLP, digits_tensors
from pqcf_helpers import cpu_trainer, digits_loaders, train_plain


# --------------------------------------------------------------------------- sensitivity
def _trained_tiny_mlp():
    torch.manual_seed(0)
    net = nn.Sequential(nn.Linear(8, 16), nn.Tanh(), nn.Linear(16, 12), nn.Tanh(), nn.Linear(12, 8), nn.Tanh(),
                        nn.Linear(8, 4))
    x = torch.randn(128, 8)
    y = (x[:, :4] * torch.tensor([1.0, -1.0, 0.5, 2.0])).argmax(1)
    opt = torch.optim.Adam(net.parameters(), 1e-2)
    for _ in range(300):
        opt.zero_grad()
        F.cross_entropy(net(x), y).backward()
        opt.step()
    return net, x, y


def test_hutchinson_matches_exact_hessian_trace():
    net, x, y = _trained_tiny_mlp()
    exact = {}
    for name in ("0", "2", "4", "6"):
        w0 = net.get_submodule(name).weight.detach()

        def loss_of(w, name=name):
            return F.cross_entropy(functional_call(net, {name + ".weight": w}, (x,)), y)

        hess = torch.autograd.functional.hessian(loss_of, w0)  # (*w, *w)
        exact[name] = float(hess.reshape(w0.numel(), w0.numel()).diagonal().sum())
    est = hutchinson_traces(net, F.cross_entropy, [(x, y)], samples=6000, tol=0.01, min_samples=500, seed=1)
    for name, t in exact.items():
        assert t > 0
        assert abs(est[name].trace - t) <= 0.05 * t, (name, est[name], t)
        assert abs(est[name].trace - t) <= 5 * est[name].stderr, (name, est[name], t)  # the error bar is honest
        assert est[name].stderr < 0.02 * t and est[name].n_params == net.get_submodule(name).weight.numel()
    assert spearmanr([exact[n] for n in exact], [est[n].trace for n in exact]).statistic >= 0.9


def test_quadratic_objective_is_the_exact_second_order_term():
    """1/2 dW^T H dW per layer and bit width, against the layer's exact Hessian; two batches average."""
    net, x, y = _trained_tiny_mlp()
    layers = quantizable_layers(net)
    quad = quadratic_perturbations(net, F.cross_entropy, [(x[:64], y[:64]), (x[64:], y[64:])], layers=layers,
                                   candidates={"0": (8, 4), "4": (4,)}, block_size=16)
    assert set(quad["0"]) == {8, 4} and set(quad["4"]) == {4} and quad["2"] == {} and quad["6"] == {}
    for name, bits in (("0", 8), ("0", 4), ("4", 4)):
        w0 = net.get_submodule(name).weight.detach()
        d = (quantize_weight(w0, bits, 16) - w0).flatten()
        exact = 0.0
        for xb, yb in ((x[:64], y[:64]), (x[64:], y[64:])):
            def loss_of(w, name=name, xb=xb, yb=yb):
                return F.cross_entropy(functional_call(net, {name + ".weight": w}, (xb,)), yb)

            hess = torch.autograd.functional.hessian(loss_of, w0).reshape(w0.numel(), w0.numel())
            exact += 0.5 * float(d @ hess @ d) / 2
        assert quad[name][bits] == pytest.approx(exact, rel=1e-4, abs=1e-12), (name, bits)
    assert quad["0"][4] > quad["0"][8]  # coarser rounding, larger loss change


def test_public_names_keep_their_old_homes():
    """``lightning_plugins`` and the former module ``lightning_plugins.quantization`` (README's import
    path) give the same objects as the package."""
    import lightning_plugins
    import lightning_plugins.pqcf as pqcf
    import lightning_plugins.quantization as old

    assert old.__all__ == pqcf.__all__ and all(getattr(old, n) is getattr(pqcf, n) for n in pqcf.__all__)
    assert lightning_plugins.PQCFCompression is PQCFCompression and lightning_plugins.PQCFConfig is PQCFConfig
    assert lightning_plugins.compress is compress is old.compress


def test_objective_is_checked():
    with pytest.raises(ValueError, match=r"objective='hessian' must be one of \('trace', 'quadratic'\)"):
        PQCFConfig(size_ratio=0.5, objective="hessian")


def test_quantizers_match_onnxruntime_4bit_kernel():
    from onnxruntime.capi._pybind_state import quantize_matmul_4bits

    torch.manual_seed(0)
    w = torch.randn(6, 70)  # (out, in); in is not a multiple of the block: padded like MatMulNBits
    bs, (n, k) = 32, w.shape
    kb = -(-k // bs)
    wk = np.zeros((kb * bs, n), np.float32)
    wk[:k] = w.T.numpy()
    packed, scales = np.zeros((n, kb, bs // 2), np.uint8), np.zeros((n, kb), np.float32)
    zp = np.zeros((n, -(-kb // 2)), np.uint8)
    quantize_matmul_4bits(packed, wk, scales, zp, bs, n, kb * bs, False)
    q = np.stack([packed & 15, packed >> 4], -1).reshape(n, kb, bs).astype(np.float32)
    z = np.stack([zp & 15, zp >> 4], -1).reshape(n, -1)[:, :kb].astype(np.float32)
    ort_deq = ((q - z[..., None]) * scales[..., None]).reshape(n, -1)[:, :k]
    np.testing.assert_allclose(quantize_weight(w, 4, bs).numpy(), ort_deq, rtol=0, atol=1e-6)
    zp = np.zeros((n, 1), np.uint8)
    quantize_matmul_4bits(packed, wk, scales, zp, bs, n, kb * bs, True)  # symmetric: implicit zero point 8
    q = np.stack([packed & 15, packed >> 4], -1).reshape(n, kb, bs).astype(np.float32)
    ort_deq = ((q - 8) * scales[..., None]).reshape(n, -1)[:, :k]
    np.testing.assert_allclose(quantize_weight(w, 4, bs, symmetric=True).numpy(), ort_deq, rtol=0, atol=1e-6)
    q8 = quantize_weight(w, 8)
    assert torch.allclose(q8, w, atol=w.abs().amax() / 127) and len(torch.unique(q8[0])) <= 255


def test_activation_fake_quant_matches_matmulnbits_int8_compute():
    """MatMulNBits at accuracy_level=4 quantizes its input per block to int8 on CPU; the fake quant
    reproduces it (and at level 0 adds nothing)."""
    import onnxruntime as ort
    from onnx import TensorProto, helper, numpy_helper
    from onnxruntime.capi._pybind_state import quantize_matmul_4bits

    torch.manual_seed(0)
    (n, k), bs = (24, 96), 32
    lin = nn.Linear(k, n, bias=False)
    x = torch.randn(3, 5, k) * torch.rand(3, 5, 1) * 4  # (B, T, K): rows of different scales
    kb = k // bs
    packed, scales = np.zeros((n, kb, bs // 2), np.uint8), np.zeros((n, kb), np.float32)
    quantize_matmul_4bits(packed, lin.weight.detach().T.numpy().copy(), scales, np.zeros((n, 1), np.uint8), bs, n, k,
                          True)
    for level in (0, 4):
        node = helper.make_node("MatMulNBits", ["A", "B", "S"], ["Y"], domain="com.microsoft", K=k, N=n, bits=4,
                                block_size=bs, accuracy_level=level)
        graph = helper.make_graph([node], "g", [helper.make_tensor_value_info("A", TensorProto.FLOAT, [3, 5, k])],
                                  [helper.make_tensor_value_info("Y", TensorProto.FLOAT, [3, 5, n])],
                                  [numpy_helper.from_array(packed, "B"), numpy_helper.from_array(scales.ravel(), "S")])
        proto = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 21),
                                                        helper.make_opsetid("com.microsoft", 1)],
                                  ir_version=10)  # opset 21's IR: onnx's newest (14) is past ORT 1.23's (Python 3.10)
        y_ort = ort.InferenceSession(proto.SerializeToString(), providers=["CPUExecutionProvider"]).run(
            None, {"A": x.numpy()})[0]
        model = nn.Sequential(lin)
        handles = apply_fake_quant(model, {"0": 4}, {}, block_size=bs, symmetric_4bit=True, accuracy_level=level)
        with torch.no_grad():
            y_fq = model(x).numpy()
        remove_fake_quant(model, handles)
        np.testing.assert_allclose(y_fq, y_ort, rtol=0, atol=2e-5 * np.abs(y_ort).max())
    with torch.no_grad():  # the int8 input rounding is visible at this tolerance: the check can fail
        plain = (x @ quantize_weight(lin.weight, 4, bs, symmetric=True).T).numpy()
    assert np.abs(plain - y_ort).max() > 1e-3 * np.abs(y_ort).max()


# --------------------------------------------------------------------------- allocation
def _plans(sens, sizes, pinned=()):
    out = []
    for i, (s, n) in enumerate(zip(sens, sizes)):
        name = f"l{i}"
        pin = name in pinned
        out.append(LayerPlan(name=name, kind="Linear", n_params=n, trace=s * n, trace_stderr=0.0, sensitivity=s,
                             omega={} if pin else {8: s * 0.01, 4: s * 1.0}, bytes_at={8: n, 4: n // 2, FP_BITS: 4 * n},
                             candidates=() if pin else (8, 4), pinned=pin))
        out[-1].omega[FP_BITS] = 0.0
    return out


def test_allocation_is_exact_and_prefers_sensitive_layers():
    sens = [5.0, 0.1, 3.0, 0.2, 9.0, 1.0]
    sizes = [1000] * 6
    plans = _plans(sens, sizes)
    fp = sum(4 * n for n in sizes)
    # room for exactly two upgrades to 8 bits: the two most sensitive layers get them
    plan = allocate_bits(plans, fp_bytes=fp, size_ratio=(6 * 500 + 2 * 500) / fp)
    assert [lp.name for lp in plan.layers if lp.bits == 8] == ["l0", "l4"]
    assert plan.planned_bytes == 4000 and plan.planned_bytes <= plan.budget_value * fp
    # unequal sizes: the MILP optimum equals brute force over all 2^L plans, never over budget
    sizes = [1000, 3000, 500, 2000, 800, 1200]
    plans = _plans(sens, sizes)
    fp = sum(4 * n for n in sizes)
    for ratio in (0.14, 0.16, 0.19, 0.22):
        plan = allocate_bits(plans, fp_bytes=fp, size_ratio=ratio)
        assert plan.planned_bytes <= ratio * fp
        best = min(sum(p.omega[b] for p, b in zip(plans, bits))
                   for bits in itertools.product((8, 4), repeat=len(plans))
                   if sum(p.bytes_at[b] for p, b in zip(plans, bits)) <= ratio * fp)
        assert sum(lp.omega[lp.bits] for lp in plan.layers) == pytest.approx(best)
        greedy = allocate_bits(plans, fp_bytes=fp, size_ratio=ratio, exact_max_layers=1)
        assert greedy.solver == "greedy" and greedy.planned_bytes <= ratio * fp
    # average-bits budget, with a pinned layer that stays fp32 and counts 32 bits
    plans = _plans(sens, [1000] * 6, pinned=("l1",))
    plan = allocate_bits(plans, fp_bytes=24000, avg_bits=(4 * 4 + 32 + 8) / 6)
    assert plan.bits == {"l0": 4, "l1": 32, "l2": 4, "l3": 4, "l4": 8, "l5": 4}
    assert plan.avg_bits <= plan.budget_value


def test_impossible_budget_is_a_clear_error():
    plans = _plans([1.0, 2.0], [1000, 1000], pinned=("l0",))
    with pytest.raises(ValueError, match=r"size_ratio=0.2 cannot be met.*pinned \['l0'\]"):
        allocate_bits(plans, fp_bytes=8000, size_ratio=0.2)
    with pytest.raises(ValueError, match="exactly one budget"):
        PQCFConfig(size_ratio=0.2, avg_bits=5)
    with pytest.raises(ValueError, match="avg_bits=3"):
        PQCFConfig(avg_bits=3)


# --------------------------------------------------------------------------- pipeline
@pytest.fixture(scope="module")
def compressed(tmp_path_factory):
    """Train the digits MLP with PQCFCompression(after fit), save a checkpoint: shared by tests."""
    from prometheus_client import CollectorRegistry

    torch.manual_seed(0)
    out = tmp_path_factory.mktemp("pqcf")
    registry = CollectorRegistry()
    train, val = digits_loaders()
    cb = PQCFCompression(out / "export", size_ratio=0.22, pinned=["net.4"], distill_steps=60, hutchinson_samples=32,
                         calib_batches=2, registry=registry, run_name="digits", verbose=False)
    trainer = cpu_trainer(max_epochs=6, callbacks=[cb], default_root_dir=out, enable_checkpointing=False)
    model = DigitsMLP(hidden=256, lr=3e-3)
    trainer.fit(model, train, val)
    ckpt = out / "digits.ckpt"
    trainer.save_checkpoint(ckpt)
    return cb, registry, ckpt, out


def test_callback_compresses_and_onnx_agrees(compressed):
    cb, registry, _, out = compressed
    res = cb.result
    plan = res.plan
    assert plan.bits["net.4"] == FP_BITS and plan.layers[-1].pinned
    # room for one int8 layer: both export paths (int8 QDQ and 4-bit MatMulNBits) are exercised
    assert plan.planned_bytes <= 0.22 * plan.fp_bytes and set(plan.bits.values()) == {4, 8, FP_BITS}
    # ONNX Runtime (real int8 QDQ / MatMulNBits weights) agrees with the fake-quant PyTorch model
    assert res.agreement >= 0.99
    ops = {n.op_type for n in onnx.load(res.export.quant_path).graph.node}
    assert {"MatMulNBits", "DequantizeLinear", "QuantizeLinear", "MatMul"} <= ops
    assert res.accuracy["fp32"] > 0.9 and res.accuracy["onnx"] >= res.accuracy["fp32"] - 0.05
    # the file really is smaller by the planned ratio: its stored weights are the planned bytes
    stored_bytes = onnx_weight_bytes(res.export.quant_path)
    assert plan.planned_bytes <= stored_bytes <= plan.planned_bytes * 1.01 + 64
    assert res.export.file_ratio >= 0.93 * plan.ratio
    assert onnx_weight_bytes(res.export.fp32_path) == plan.fp_bytes
    # the int8 weights ORT's quantize_static stored are exactly the fake quantizer's
    int8_layer = next(n for n, b in plan.bits.items() if b == 8)
    inits = {i.name: onnx.numpy_helper.to_array(i) for i in onnx.load(res.export.quant_path).graph.initializer}
    w_fp = {i.name: onnx.numpy_helper.to_array(i) for i in onnx.load(res.export.fp32_path).graph.initializer}
    w = torch.tensor(w_fp[f"{int8_layer}.weight_KxN"]).T  # (K, N) -> (out, in)
    stored = inits[f"{int8_layer}.weight_KxN_quantized"].astype(np.float32) * inits[f"{int8_layer}.weight_KxN_scale"]
    np.testing.assert_allclose(stored.T, quantize_weight(w, 8).numpy(), rtol=0, atol=1e-6)
    # the TensorRT-oriented QDQ model runs in ORT too and predicts the same classes
    _, (xv, _) = digits_tensors()
    trt = ort_predict(ort_session(res.export.trt_path), xv).argmax(-1)
    ort = ort_predict(ort_session(res.export.quant_path), xv).argmax(-1)
    assert (trt == ort).float().mean() >= 0.99
    assert "--int8" in res.export.trtexec and (Path(res.out_dir) / "trtexec.sh").read_text().count("trtexec") == 1
    # metrics, report, chart
    v = lambda name, **lab: registry.get_sample_value(name, {"run": "digits", "rank": "0", **lab})  # noqa: E731
    assert v(M.PQCF_LAYER_BITS.series, layer="net.4") == 32 and v(M.PQCF_LAYER_BITS.series, layer="net.0") in (4, 8)
    assert v(M.PQCF_LAYER_SENSITIVITY.series, layer="net.2") == pytest.approx(plan.layers[1].trace)
    assert v(M.PQCF_MODEL_BYTES.series, stage="after") == plan.planned_bytes
    assert v(M.PQCF_COMPRESSION_RATIO.series) == pytest.approx(plan.ratio)
    assert v(M.PQCF_ACCURACY.series, stage="onnx") == pytest.approx(res.accuracy["onnx"])
    assert v(M.PQCF_LATENCY.series, model="pqcf") > 0
    report = json.loads((Path(res.out_dir) / "report.json").read_text())
    assert report["plan"]["layers"][2]["bits"] == 32 and report["agreement"] == res.agreement
    assert (Path(res.out_dir) / "sensitivity.png").stat().st_size > 5000
    assert "| net.4 | Linear |" in (Path(res.out_dir) / "report.md").read_text()


def test_resume_does_not_compress_twice(compressed):
    cb, _, ckpt, out = compressed
    state = cb.state_dict()
    assert state["done"] and state["plan"]["layers"][0]["name"] == "net.0"
    cb2 = PQCFCompression(out / "again", size_ratio=0.22, pinned=["net.4"], verbose=False)
    train, val = digits_loaders()
    model = DigitsMLP(hidden=256, lr=3e-3)
    cpu_trainer(max_epochs=7, callbacks=[cb2], enable_checkpointing=False, default_root_dir=out).fit(
        model, train, val, ckpt_path=str(ckpt))
    assert cb2.done and cb2.result is None and cb2.plan.bits == cb.plan.bits
    assert not (out / "again").exists()


def test_cli_compress_checkpoint(compressed, tmp_path, capsys):
    _, _, ckpt, _ = compressed
    rc = cli.main(["compress", str(ckpt), "--avg-bits", "5", "--out-dir", str(tmp_path / "cli"),
                   "--distill-steps", "10", "--hutchinson-samples", "16", "--calib-batches", "1"])
    assert rc == 0
    report = json.loads((tmp_path / "cli" / "report.json").read_text())
    assert report["plan"]["avg_bits"] <= 5 and report["agreement"] >= 0.99
    assert "| layer |" in capsys.readouterr().out
    rc = cli.main(["compress", str(ckpt), "--avg-bits", "5", "--out-dir", str(tmp_path / "quad"), "--objective",
                   "quadratic", "--distill-steps", "0", "--hutchinson-samples", "4", "--calib-batches", "1"])
    assert rc == 0 and "objective quadratic" in capsys.readouterr().out
    plan = json.loads((tmp_path / "quad" / "report.json").read_text())["plan"]
    assert plan["objective"] == "quadratic" and plan["avg_bits"] <= 5
    for lp in plan["layers"]:  # the exact second-order term: coarser rounding costs more
        if not lp["pinned"]:
            assert lp["omega"]["4"] > lp["omega"]["8"] >= 0, lp
    assert cli.main(["compress", str(tmp_path / "missing.ckpt"), "--size-ratio", "0.2"]) == 2
    assert cli.main(["compress", str(ckpt), "--size-ratio", "0.01", "--out-dir", str(tmp_path / "x")]) == 2
    assert "cannot be met" in capsys.readouterr().err and not (tmp_path / "x").exists()


# --------------------------------------------------------------------------- bad input
def test_bad_layer_names_fail_before_training(tmp_path):
    train, val = digits_loaders()
    model = DigitsMLP(hidden=32)
    before = [p.detach().clone() for p in model.parameters()]
    cb = PQCFCompression(tmp_path / "out", size_ratio=0.3, pinned=["net.9"])
    trainer = cpu_trainer(max_epochs=1, callbacks=[cb], enable_checkpointing=False, default_root_dir=tmp_path)
    with pytest.raises(ValueError, match=r"pinned has unknown layer names \['net.9'\].*net.0"):
        trainer.fit(model, train, val)
    assert trainer.global_step == 0 and all(torch.equal(a, b) for a, b in zip(before, model.parameters()))
    assert not (tmp_path / "out").exists()
    with pytest.raises(ValueError, match=r"unknown layer names \['fc'\]"):
        compress(model, train, val, out_dir=tmp_path / "o", size_ratio=0.3, layers=["fc"])
    with pytest.raises(ValueError, match="unknown PQCF options"):
        PQCFCompression(tmp_path, size_ratio=0.3, bits=3)


def test_no_quantizable_layer_and_impossible_budget_fail_before_fine_tuning(tmp_path):
    train, val = digits_loaders()
    with pytest.raises(ValueError, match="no quantizable layer"):
        compress(nn.Sequential(nn.Flatten(), nn.LayerNorm(64)), train, val, out_dir=tmp_path / "a", size_ratio=0.5)
    with pytest.raises(ValueError, match="every candidate .* is pinned"):
        compress(DigitsMLP(hidden=16), train, val, out_dir=tmp_path / "b", size_ratio=0.5,
                 pinned=["net.0", "net.2", "net.4"])
    model = DigitsMLP(hidden=32)
    with pytest.raises(ValueError, match="cannot be met"):
        compress(model, train, val, out_dir=tmp_path / "c", size_ratio=0.05, hutchinson_samples=4, calib_batches=1,
                 distill_steps=1000)
    assert not (tmp_path / "a").exists() and not (tmp_path / "c").exists()


def test_callback_at_chosen_epoch(tmp_path):
    torch.manual_seed(0)
    train, val = digits_loaders()
    seen = {}

    class Probe(pl.Callback):
        def on_train_epoch_end(self, trainer, pl_module):
            seen.setdefault(trainer.current_epoch, cb.done)

    cb = PQCFCompression(tmp_path / "e0", at_epoch=0, avg_bits=6, distill_steps=5, hutchinson_samples=4,
                         calib_batches=1, feature_layers=["net.1"], feature_weight=0.5, verbose=False)
    cpu_trainer(max_epochs=2, callbacks=[cb, Probe()], enable_checkpointing=False, default_root_dir=tmp_path).fit(
        DigitsMLP(hidden=32), train, val)
    assert seen == {0: True, 1: True} and cb.result.plan.avg_bits <= 6
    assert (tmp_path / "e0" / "model_pqcf.onnx").is_file()
    with pytest.raises(ValueError, match="at_epoch"):
        PQCFCompression(tmp_path, at_epoch=-1, avg_bits=6)


def test_conv_layers_get_int8_qdq_and_agree(tmp_path):
    torch.manual_seed(0)
    train, val = digits_loaders()
    net = nn.Sequential(nn.Unflatten(1, (1, 8, 8)), nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.Flatten(),
                        nn.Linear(512, 10))
    train_plain(net, train)
    res = compress(net.eval(), train, val, out_dir=tmp_path, size_ratio=0.2, distill_steps=5, hutchinson_samples=8,
                   calib_batches=1, verbose=False)
    assert res.plan.layers[0].candidates == (8,) and res.plan.bits == {"1": 8, "4": 4}
    ops = [n.op_type for n in onnx.load(res.export.quant_path).graph.node]
    assert "Conv" in ops and "MatMulNBits" in ops and res.agreement >= 0.99
    assert res.accuracy["onnx"] > 0.85


class _TwoBranch(nn.Module):
    """An int8 layer and a 4-bit layer read the same tensor (like a transformer's q, k and v)."""

    def __init__(self) -> None:
        super().__init__()
        self.norm = nn.LayerNorm(64)
        self.a, self.b = nn.Linear(64, 64), nn.Linear(64, 64)
        self.head = nn.Linear(128, 10)

    def forward(self, x):
        h = self.norm(x)
        return self.head(torch.cat([torch.tanh(self.a(h)), torch.tanh(self.b(h))], -1))


def test_int8_input_pair_is_not_shared_with_4bit_readers(tmp_path):
    """ORT's QDQ pass would feed its uint8-rounded copy of the shared tensor to the 4-bit layer too;
    the export gives that layer the fp32 tensor, so ORT computes what the fake-quant model does."""
    torch.manual_seed(0)
    train, val = digits_loaders()
    net = _TwoBranch()
    train_plain(net, train)
    opts = dict(distill_steps=0, hutchinson_samples=4, calib_batches=1, block_size=16, verbose=False)
    first = compress(net.eval(), train, val, out_dir=tmp_path / "a", size_ratio=0.5, **opts)
    plan = plan_with_bits(first.plan, {"a": 8, "b": 4, "head": 8})
    res = compress(net.eval(), train, val, out_dir=tmp_path / "b", plan=plan, size_ratio=0.5, **opts)
    graph = onnx.load(res.export.quant_path).graph
    producer = {o: n.op_type for n in graph.node for o in n.output}
    (nbits,) = [n for n in graph.node if n.op_type == "MatMulNBits"]
    assert producer[nbits.input[0]] == "LayerNormalization", producer[nbits.input[0]]
    assert res.agreement >= 0.999 and abs(res.accuracy["onnx"] - res.accuracy["quantized"]) <= 0.002


def test_transformer_next_token_pipeline(tmp_path):
    """The reference transformer: Hutchinson through attention (double backward), token-level
    (B, T, V) logits through distillation, and 4-bit/int8 export verified in ONNX Runtime."""
    from lightning_plugins.models import TinyGPT, token_sequences

    torch.manual_seed(0)
    x, y = token_sequences(640, seq_len=16, vocab_size=32, seed=0)
    model = TinyGPT(vocab_size=32, seq_len=16, d_model=32, n_head=4, n_layer=1, lr=1e-2)
    opt = torch.optim.AdamW(model.parameters(), 1e-2)
    for i in range(120):
        idx = torch.arange(i * 32, i * 32 + 32) % 512
        opt.zero_grad()
        model.loss_fn(model(x[idx]), y[idx]).backward()
        opt.step()
    model.eval()

    def token_ce(logits, target):
        return F.cross_entropy(logits.flatten(0, -2), target.flatten())  # (B*T, V) vs (B*T,)

    traces = hutchinson_traces(model, token_ce, [(x[:32], y[:32])], samples=16)
    assert set(traces) == {f"layers.0.{n}" for n in ("attn.q", "attn.k", "attn.v", "attn.proj", "mlp.fc",
                                                        "mlp.proj")} | {"head"}
    assert all(np.isfinite(t.trace) and t.stderr < np.inf for t in traces.values())
    train = DataLoader(TensorDataset(x[:512], y[:512]), batch_size=32)
    val = DataLoader(TensorDataset(x[512:], y[512:]), batch_size=64)
    res = compress(model, train, val, out_dir=tmp_path, avg_bits=6.0, distill_steps=10, hutchinson_samples=8,
                   calib_batches=2, block_size=32, loss_fn=token_ce, verbose=False)
    assert set(res.plan.bits.values()) == {4, 8} and res.plan.avg_bits <= 6.0
    ops = [n.op_type for n in onnx.load(res.export.quant_path).graph.node]
    assert "MatMulNBits" in ops and "DequantizeLinear" in ops  # 4-bit and int8 QDQ layers
    assert res.agreement >= 0.99, res.agreement
    assert res.accuracy["onnx"] > 0.9 and res.kl_to_teacher["onnx"] < 0.1
