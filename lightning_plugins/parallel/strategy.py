"""ThreeDParallelStrategy: pipeline x data x tensor parallelism for Lightning, with measured balancing.

Built on Lightning's :class:`~pytorch_lightning.strategies.ModelParallelStrategy` (process launch,
process group, device handling) and on PyTorch's own engine: a named ``DeviceMesh`` (``pp``, ``dp``,
``tp``), ``torch.distributed.tensor.parallel`` for TP, ``torch.distributed.pipelining``
(``PipelineStage``, ``ScheduleGPipe``, ``Schedule1F1B``) for PP, DDP over the ``dp`` dim and
``torch.distributed.checkpoint`` for save / resume.

Parallelism is applied in setup in a fixed order, by the helpers of
:mod:`lightning_plugins.parallel.partition`:

1. ``check_parallel_sizes`` / ``build_device_mesh``: degrees multiply to the world size;
2. ``configure_model`` (the LightningModule) applies tensor parallelism with ``device_mesh["tp"]``
   (or the strategy applies ``tensor_parallel_plan``);
3. ``profile_module`` + ``balanced_partition`` (or ``uniform_partition``): cut the ordered blocks;
4. ``apply_pipeline_split``: drop the blocks and first / last parts that are not on this stage;
5. ``localize_tensor_parallel_params``: DTensor params become local shards DDP can reduce;
6. DDP over the ``dp`` group (+ the ``gradient_compression`` hook).

Checkpoint I/O lives in :mod:`lightning_plugins.parallel.checkpoint`, straggler detection and the
lost-peer error in :mod:`lightning_plugins.parallel.health`.
"""

from __future__ import annotations

import time
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Callable, Literal, Mapping, Optional, Sequence, Union

import torch
import torch.distributed as dist
from prometheus_client import CollectorRegistry
from monitor._lightning import sub as _lightning_sub
ModelParallelStrategy = _lightning_sub("strategies").ModelParallelStrategy
TrainerFn = _lightning_sub("trainer.states").TrainerFn
from torch import nn
from typing_extensions import override

from lightning_plugins.parallel import checkpoint as ckpt
from lightning_plugins.parallel.health import (
    PeerDirectory,
    PeerLostError,
    StragglerDetector,
    interval_check,
    peer_failure,
)
from lightning_plugins.parallel.partition import (
    MESH_DIM_NAMES,
    build_device_mesh,
    check_options,
    check_parallel_sizes,
    check_pipeline_module,
    check_stages,
    cut_pipeline,
    localize_tensor_parallel_params,
    theoretical_bubble,
)
from monitor.context import resolve, validate_run_name
from monitor import metrics as M

if TYPE_CHECKING:
    from monitor._lightning import pl

__all__ = ["PeerLostError", "ThreeDParallelStrategy"]



# --------------------------------------------------------------------------- the strategy
class ThreeDParallelStrategy(ModelParallelStrategy):
    """Pipeline x data x tensor parallelism on a named ``DeviceMesh`` (``pp``, ``dp``, ``tp``).

    Usage (see docs/guide/parallelism.md)::

        strategy = ThreeDParallelStrategy(pipeline_parallel_size=2, data_parallel_size=2,
                                          tensor_parallel_size=2, num_microbatches=4, schedule="1F1B")
        pl.Trainer(accelerator="cpu", devices=8, strategy=strategy).fit(TinyGPT(), datamodule=TokenDataModule())

    What the LightningModule provides:

    * tensor parallel (``tensor_parallel_size > 1``): apply the plan in ``configure_model`` with
      ``self.device_mesh["tp"]``, or pass ``tensor_parallel_plan`` (``{submodule_fqn: ParallelStyle}``);
    * pipeline parallel (``pipeline_parallel_size > 1``): ``pipeline_blocks()`` returning an ordered
      ``nn.ModuleDict``; class attributes ``pipeline_first`` / ``pipeline_last`` naming the parts run
      only before / after the blocks (set to ``None`` off those stages); a ``forward(x)`` that skips
      ``None`` parts; ``loss_fn(output, target)`` with mean reduction; batches ``(inputs, target)``.
      The strategy then drives forward + backward (``training_step`` is not called); the step's loss
      (identical on every rank) reaches ``on_train_batch_end(outputs, ...)`` as ``outputs["loss"]``,
      and the callbacks, like under any other strategy.

    Parameters
    ----------
    pipeline_parallel_size, data_parallel_size, tensor_parallel_size
        Mesh degrees; their product must equal ``devices x num_nodes``. ``data_parallel_size="auto"``
        takes what pp x tp leaves.
    num_microbatches
        Microbatches per step for the pipeline schedule (must divide the per-rank batch; >= stages
        for 1F1B). Default: ``2 x pipeline_parallel_size``.
    schedule
        ``"1F1B"`` (lower activation memory) or ``"GPipe"``.
    partition
        ``"measured"`` (profile each block's forward + backward on ``example_input_array`` and cut to
        minimise the slowest stage), ``"uniform"`` (equal block counts) or a list of block counts.
    gradient_compression
        An object with ``register(ddp_module, process_group)`` (and optionally ``state_dict()`` /
        ``load_state_dict()``, saved per rank with checkpoints). Forces DDP on the ``dp`` group.
        A lightwatch hook's (``TopKCompression``, ``PowerSGDCompression``, ``NoCompression``)
        measurements replace the strategy's dp communication metrics (bytes, seconds, exposed ratio);
        for any other hook the strategy measures the dp wait itself (not the bytes it sends).
    tensor_parallel_plan
        Optional ``{fqn: ParallelStyle}`` the strategy applies with ``parallelize_module`` when the
        module does not apply TP itself.
    check_every_n_steps
        Interval of the straggler / imbalance check: one small ``all_gather`` of per-rank timings
        (no per-step collective of its own) and the metric update.
    straggler_factor, straggler_patience
        A rank is flagged when its median compute time over the interval exceeds ``straggler_factor``
        x its dp group's median for ``straggler_patience`` consecutive checks. With two dp ranks the
        median is their mean, so the factor must stay below 2 (1.5, the default, flags a rank at 3x its
        peer); a factor >= 2 is refused before launch.
    timeout
        Process-group timeout: a rank that dies or stalls makes the others fail within it.
    registry, run_name
        Metrics registry (``None``: lightwatch's) and ``run`` label (default: the module's class name),
        used only when no ``PrometheusMonitor`` is attached (its run context wins).
    """

    def __init__(
        self,
        pipeline_parallel_size: int = 1,
        data_parallel_size: Union[Literal["auto"], int] = "auto",
        tensor_parallel_size: int = 1,
        *,
        num_microbatches: Optional[int] = None,
        schedule: str = "1F1B",
        partition: Union[str, Sequence[int]] = "measured",
        gradient_compression: Any = None,
        tensor_parallel_plan: Optional[Mapping[str, Any]] = None,
        check_every_n_steps: int = 10,
        straggler_factor: float = 1.5,
        straggler_patience: int = 2,
        profile_repeats: int = 3,
        timeout: timedelta = timedelta(minutes=5),
        process_group_backend: Optional[str] = None,
        registry: Optional[CollectorRegistry] = None,
        run_name: Optional[str] = None,
    ) -> None:
        num_microbatches, partition = check_options(
            pipeline_parallel_size=pipeline_parallel_size, data_parallel_size=data_parallel_size,
            tensor_parallel_size=tensor_parallel_size, num_microbatches=num_microbatches, schedule=schedule,
            partition=partition, check_every_n_steps=check_every_n_steps, profile_repeats=profile_repeats)
        if gradient_compression is not None and not callable(getattr(gradient_compression, "register", None)):
            raise ValueError(f"gradient_compression={gradient_compression!r} must have a "
                             f"register(ddp_module, process_group) method")
        if not isinstance(timeout, timedelta) or timeout.total_seconds() <= 0:
            raise ValueError(f"timeout={timeout!r} must be a positive datetime.timedelta")
        super().__init__(data_parallel_size=data_parallel_size, tensor_parallel_size=tensor_parallel_size,
                         save_distributed_checkpoint=True, process_group_backend=process_group_backend,
                         timeout=timeout)
        self.pipeline_parallel_size = pipeline_parallel_size
        self.tensor_parallel_size = tensor_parallel_size
        #: data-parallel degree (ranks that see different samples); an int once resolved
        self.data_parallel_size: Union[int, str] = data_parallel_size
        self.num_microbatches = num_microbatches
        self.schedule_name = schedule
        self.partition = partition
        self.gradient_compression = gradient_compression
        self.tensor_parallel_plan = tensor_parallel_plan
        self.check_every_n_steps = check_every_n_steps
        self.profile_repeats = profile_repeats
        self.straggler = StragglerDetector(factor=straggler_factor, patience=straggler_patience)
        self.registry = registry
        self.run_name = validate_run_name(run_name)
        #: block counts per stage and predicted stage seconds (set in setup)
        self.stage_sizes: list[int] | None = None
        self.predicted_stage_seconds: list[float] | None = None
        self.block_costs: list[float] | None = None
        self.last_check: dict | None = None
        self._reset_runtime()

    def _reset_runtime(self) -> None:
        self._metrics = None
        self._schedule = None
        self._stage = None
        self._sharded: dict = {}
        self._ddp = None
        self._steps = 0
        self._window: list[tuple[float, float, float]] = []  # (step, compute, dp wait) seconds
        self._compute = 0.0
        self._dp_wait = 0.0
        self._t_step = 0.0
        self._last_grad_t = 0.0
        self._p2p_bytes = 0
        self._in_bytes = 0
        self._grad_bytes = 0
        self._coords = {"pp": 0, "dp": 0, "tp": 0}
        self._checked_batch = False
        self._parked_grads: list = []

    # ------------------------------------------------------------------ mesh
    @property
    def coordinates(self) -> dict[str, int]:
        """This rank's ``{"pp": i, "dp": j, "tp": k}`` on the mesh."""
        mesh = self.device_mesh
        return {name: mesh[name].get_local_rank() for name in MESH_DIM_NAMES}

    @property
    @override
    def distributed_sampler_kwargs(self) -> dict[str, Any]:
        dp = self.device_mesh["dp"]
        return {"num_replicas": dp.size(), "rank": dp.get_local_rank()}

    def _resolve_sizes(self, world_size: int) -> None:
        pp, dp, tp = check_parallel_sizes(pipeline_parallel_size=self.pipeline_parallel_size,
                                          data_parallel_size=self.data_parallel_size,
                                          tensor_parallel_size=self.tensor_parallel_size, world_size=world_size)
        self.data_parallel_size = self._data_parallel_size = dp
        self._tensor_parallel_size = tp
        if dp == 2 and self.straggler.factor >= 2.0:
            # the median of two ranks is their mean, so a rank's relative time 2a / (a + b) stays below 2
            raise ValueError(f"straggler_factor={self.straggler.factor!r} can never flag a rank with "
                             f"data_parallel_size=2 (a rank's time over the median of two stays below 2); "
                             f"use a factor in (1.0, 2.0)")

    @override
    def _configure_launcher(self) -> None:
        # runs in the launching process, before any worker exists: a bad mesh fails here
        self._resolve_sizes(self.num_nodes * self.num_processes)
        super()._configure_launcher()

    @override
    def setup_environment(self) -> None:
        self._resolve_sizes(self.num_nodes * self.num_processes)
        module = self.lightning_module
        if self.pipeline_parallel_size > 1:
            check_pipeline_module(module)
            n_blocks = len(module.pipeline_blocks())
            check_stages(n_blocks, self.pipeline_parallel_size)
            if isinstance(self.partition, list) and sum(self.partition) != n_blocks:
                raise ValueError(f"partition={self.partition} covers {sum(self.partition)} blocks; the model has "
                                 f"{n_blocks}")
            if self.partition == "measured" and getattr(module, "example_input_array", None) is None:
                raise ValueError("partition='measured' profiles the blocks on the LightningModule's "
                                 "example_input_array: set it, or use partition='uniform' or a list")
        # the base class inits the process group; build our own 3-D mesh instead of its 2-D one
        self._setup_distributed()
        self._device_mesh = build_device_mesh(pp=self.pipeline_parallel_size, dp=self.data_parallel_size,
                                              tp=self.tensor_parallel_size, device_type=self.root_device.type)
        module._device_mesh = self._device_mesh

    # ------------------------------------------------------------------ setup
    @override
    def setup(self, trainer: "pl.Trainer") -> None:
        self._reset_runtime()
        self.accelerator.setup(trainer)
        module = self.lightning_module
        if self.pipeline_parallel_size > 1 and trainer.accumulate_grad_batches != 1:
            raise ValueError("ThreeDParallelStrategy with pipeline_parallel_size > 1 needs accumulate_grad_batches=1 "
                             "(use num_microbatches to trade memory)")
        tp_mesh = self.device_mesh["tp"]
        if self.tensor_parallel_plan is not None and tp_mesh.size() > 1:
            from torch.distributed.tensor.parallel import parallelize_module

            parallelize_module(module, tp_mesh, dict(self.tensor_parallel_plan))
        module.to(self.root_device)
        self._coords = self.coordinates
        self._bind_metrics(trainer)
        PeerDirectory.exchange()  # who is who, so a survivor can name a lost rank
        if self.pipeline_parallel_size > 1:
            cut_pipeline(self, module)
        from torch.distributed.tensor import DTensor

        has_dtensor = any(isinstance(p, DTensor) for p in module.parameters())
        if tp_mesh.size() > 1 and not has_dtensor:
            raise ValueError(f"tensor_parallel_size={tp_mesh.size()} but the model has no tensor-parallel parameters: "
                             "apply a plan in configure_model() with self.device_mesh['tp'], or pass "
                             "tensor_parallel_plan")
        self._sharded = localize_tensor_parallel_params(module)
        self.model = self._wrap_data_parallel(module)
        self._grad_bytes = sum(p.numel() * p.element_size() for p in module.parameters() if p.requires_grad)
        for p in module.parameters():
            if p.requires_grad:
                p.register_post_accumulate_grad_hook(self._on_grad_ready)
        if self.pipeline_parallel_size > 1:
            self._build_schedule(module)
        self.barrier()
        if trainer.state.fn == TrainerFn.FITTING:
            self.setup_optimizers(trainer)
        self.setup_precision_plugin()

    def _bind_metrics(self, trainer: "pl.Trainer") -> None:
        context = resolve(trainer, self.lightning_module, run_name=self.run_name, registry=self.registry,
                          rank=self.global_rank, owner="ThreeDParallelStrategy")
        self._metrics = m = context.bind()
        for name, size in zip(MESH_DIM_NAMES, (self.pipeline_parallel_size, self.data_parallel_size,
                                               self.tensor_parallel_size)):
            m(M.PARALLEL_DEGREE, dim=name).set(size)
        m(M.PIPELINE_BUBBLE, kind="theoretical").set(
            theoretical_bubble(self.pipeline_parallel_size, self.num_microbatches))
        m(M.STRAGGLER).set(0)

    def _wrap_data_parallel(self, module: nn.Module) -> nn.Module:
        dp_mesh = self.device_mesh["dp"]
        if dp_mesh.size() == 1 and self.gradient_compression is None:
            return module
        from torch.nn.parallel import DistributedDataParallel

        device_ids = [self.root_device.index] if self.root_device.type == "cuda" else None
        # Under a pipeline schedule each step runs several backward passes (one per microbatch); DDP's
        # one-off bucket rebuild would record every one of them and fail its size check, so pipeline
        # stages take the find_unused_parameters path, which does not rebuild buckets.
        ddp = DistributedDataParallel(module, device_ids=device_ids, process_group=dp_mesh.get_group(),
                                      find_unused_parameters=self.pipeline_parallel_size > 1)
        if self.gradient_compression is not None:
            self.gradient_compression.register(ddp, dp_mesh.get_group())
        self._ddp = ddp
        return ddp

    def _hook_reports_comm(self) -> bool:
        """True when the compression hook measures the dp exchange itself (lightwatch's hooks do:
        ``reports_comm_metrics``); the strategy then leaves the dp communication metrics to it."""
        return bool(getattr(self.gradient_compression, "reports_comm_metrics", False))

    def _build_schedule(self, module: nn.Module) -> None:
        from torch.distributed.pipelining import PipelineStage, Schedule1F1B, ScheduleGPipe

        pp_mesh = self.device_mesh["pp"]
        self._stage = PipelineStage(self.model, pp_mesh.get_local_rank(), pp_mesh.size(), self.root_device,
                                    group=pp_mesh.get_group())
        cls = ScheduleGPipe if self.schedule_name == "GPipe" else Schedule1F1B
        self._schedule = cls(self._stage, self.num_microbatches, loss_fn=module.loss_fn)
        module.register_forward_pre_hook(self._record_input)
        self._timed(self._stage, "forward_one_chunk", forward=True)
        self._timed(self._stage, "backward_one_chunk", forward=False)

    def _timed(self, pipeline_stage, name: str, *, forward: bool) -> None:
        """Wrap a stage method: add its compute time (and the dp wait after the last gradient) per step."""
        original = getattr(pipeline_stage, name)
        stage = self.device_mesh["pp"].get_local_rank()
        is_first, is_last = stage == 0, stage == self.pipeline_parallel_size - 1

        def wrapper(*args, **kwargs):
            t0 = time.perf_counter()
            out = original(*args, **kwargs)
            t1 = time.perf_counter()
            if forward:
                self._compute += t1 - t0
                if not is_last and isinstance(out, torch.Tensor):
                    self._p2p_bytes += out.numel() * out.element_size()
            else:
                done = self._last_grad_t if self._last_grad_t > t0 else t1
                self._compute += done - t0
                self._dp_wait += t1 - done
                if not is_first:  # the gradient of this stage's input goes back to the previous stage
                    self._p2p_bytes += self._in_bytes
            return out

        setattr(pipeline_stage, name, wrapper)

    def _record_input(self, _module, args) -> None:
        if args and isinstance(args[0], torch.Tensor):
            self._in_bytes = args[0].numel() * args[0].element_size()

    def _on_grad_ready(self, _param: torch.Tensor) -> None:
        self._last_grad_t = time.perf_counter()

    # ------------------------------------------------------------------ step
    @override
    def training_step(self, *args: Any, **kwargs: Any):
        self._compute = self._dp_wait = 0.0
        self._t_step = time.perf_counter()
        with self._peer_failure_context("training_step"):
            if self.pipeline_parallel_size == 1:
                out = super().training_step(*args, **kwargs)
                self._compute += time.perf_counter() - self._t_step
                return out
            return self._pipeline_step(*args, **kwargs)

    def _pipeline_step(self, batch: Any, batch_idx: int = 0, *_: Any) -> dict:
        x, target = batch
        if not self._checked_batch:
            n = x.shape[0]
            if n % self.num_microbatches:
                raise ValueError(f"num_microbatches={self.num_microbatches} must divide the per-rank batch size {n} "
                                 f"(global batch / data_parallel_size={self.data_parallel_size})")
            self._checked_batch = True
        pp_mesh = self.device_mesh["pp"]
        stage, last = pp_mesh.get_local_rank(), self.pipeline_parallel_size - 1
        for p in self.lightning_module.parameters():
            p.grad = None  # Lightning's zero_grad comes after training_step: start from clean gradients
        with self.precision_plugin.train_step_context():
            if stage == 0:
                self._schedule.step(x)
                loss = torch.zeros((), device=self.root_device)
            elif stage == last:
                losses: list[torch.Tensor] = []
                self._schedule.step(target=target, losses=losses)
                loss = torch.stack([v.detach().float() for v in losses]).mean()
            else:
                self._schedule.step()
                loss = torch.zeros((), device=self.root_device)
        # Lightning zeroes gradients between training_step and backward: park the schedule's
        # gradients until backward() puts them back (pointer swaps, no copies)
        self._parked_grads = [(p, p.grad) for p in self.lightning_module.parameters()]
        for p, _ in self._parked_grads:
            p.grad = None
        # the loss lives on the last stage: one scalar broadcast gives every rank Lightning's loss
        dist.broadcast(loss, src=dist.get_global_rank(pp_mesh.get_group(), last), group=pp_mesh.get_group())
        return {"loss": loss}

    def _no_pipeline_eval(self, what: str) -> None:
        if self.pipeline_parallel_size > 1:
            raise NotImplementedError(f"ThreeDParallelStrategy trains with pipeline_parallel_size > 1 but does not run "
                                      f"{what} through the pipeline: set limit_val_batches=0, or load the checkpoint "
                                      f"with pipeline_parallel_size=1 for {what}")

    @override
    def validation_step(self, *args: Any, **kwargs: Any):
        self._no_pipeline_eval("validation")
        return super().validation_step(*args, **kwargs)

    @override
    def test_step(self, *args: Any, **kwargs: Any):
        self._no_pipeline_eval("test")
        return super().test_step(*args, **kwargs)

    @override
    def predict_step(self, *args: Any, **kwargs: Any):
        self._no_pipeline_eval("predict")
        return super().predict_step(*args, **kwargs)

    @override
    def backward(self, closure_loss: torch.Tensor, optimizer, *args: Any, **kwargs: Any) -> torch.Tensor:
        module = self.lightning_module
        if self.pipeline_parallel_size > 1:
            # the schedule already ran backward per microbatch: only the hooks (on_before/after_backward)
            closure_loss = self.precision_plugin.pre_backward(closure_loss, module)
            for p, grad in self._parked_grads:
                p.grad = grad
            self._parked_grads = []
            return self.precision_plugin.post_backward(closure_loss, module)
        t0 = time.perf_counter()
        with self._peer_failure_context("backward"):
            out = super().backward(closure_loss, optimizer, *args, **kwargs)
        t1 = time.perf_counter()
        done = self._last_grad_t if self._last_grad_t > t0 else t1
        self._compute += done - t0
        self._dp_wait += t1 - done
        return out

    @override
    def optimizer_step(self, optimizer, closure: Callable[[], Any], model=None, **kwargs: Any) -> Any:
        out = super().optimizer_step(optimizer, closure, model, **kwargs)
        self._end_step()
        return out

    def _end_step(self) -> None:
        step = time.perf_counter() - self._t_step
        self._window.append((step, self._compute, self._dp_wait))
        m = self._metrics
        m(M.STAGE_COMPUTE, stage=self._coords["pp"]).set(self._compute)
        if self.data_parallel_size > 1 and self.gradient_compression is None:
            m(M.COMM_BYTES, kind="dp_allreduce").inc(self._grad_bytes)
        if self.data_parallel_size > 1 and not self._hook_reports_comm():
            m(M.COMM_DURATION, kind="dp_allreduce").inc(self._dp_wait)
        if self.pipeline_parallel_size > 1:
            m(M.COMM_DURATION, kind="pp_p2p").inc(max(0.0, step - self._compute - self._dp_wait))
            m(M.COMM_BYTES, kind="pp_p2p").inc(self._p2p_bytes)
            self._p2p_bytes = 0
        self._steps += 1
        if self._steps % self.check_every_n_steps == 0:
            with self._peer_failure_context("straggler check"):
                self._check()

    def _check(self) -> None:
        interval_check(self)

    def _peer_failure_context(self, phase: str):
        """A failed collective (dead or stalled peer) becomes :class:`PeerLostError` naming the lost rank."""
        c = self._coords
        return peer_failure("ThreeDParallelStrategy", rank=self.global_rank, phase=phase, steps=self._steps,
                            timeout_s=self._timeout.total_seconds(), where=f"(pp={c['pp']}, dp={c['dp']}, tp={c['tp']})")

    # ------------------------------------------------------------------ checkpoints
    @override
    def lightning_module_state_dict(self) -> dict[str, Any]:
        return {}  # saved by save_checkpoint with torch.distributed.checkpoint (sharded, per stage)

    @override
    def optimizer_state(self, optimizer) -> dict[str, Any]:
        return {}

    @override
    def save_checkpoint(self, checkpoint: dict[str, Any], filepath, storage_options: Optional[Any] = None) -> None:
        if storage_options is not None:
            raise TypeError("ThreeDParallelStrategy.save_checkpoint does not take storage_options")
        with self._peer_failure_context("checkpoint save"):
            ckpt.save(self, checkpoint, filepath)

    @override
    def load_checkpoint(self, checkpoint_path, weights_only: Optional[bool] = None) -> dict[str, Any]:
        return ckpt.load(self, checkpoint_path, weights_only=weights_only)

    @override
    def teardown(self) -> None:
        self._schedule = self._stage = None
        super().teardown()


