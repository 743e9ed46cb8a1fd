"""Reference models that show the plugin contracts.

:class:`TinyGPT` is a small GPT-style language model that runs under every mesh of
:class:`~lightning_plugins.strategy.ThreeDParallelStrategy`:

* **tensor parallel**: ``configure_model`` shards attention and MLP projections over the mesh's
  ``tp`` dim with Lightning's documented pattern (``self.device_mesh["tp"]``);
* **pipeline parallel**: the transformer blocks live in an ordered ``nn.ModuleDict``
  (:meth:`TinyGPT.pipeline_blocks`); the embeddings run only on the first stage and the final norm
  and head only on the last (``pipeline_first`` / ``pipeline_last``), so ``forward`` skips the parts
  the strategy removed (set to ``None``) on a stage;
* **data parallel**: nothing to do; the strategy wraps the stage in DDP over the ``dp`` dim.

The data is synthetic (seeded) token sequences: no download.
"""

from __future__ import annotations

from monitor._lightning import pl
import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


def token_sequences(num_samples: int, seq_len: int, vocab_size: int, seed: int = 0) -> tuple[torch.Tensor, torch.Tensor]:
    """Seeded, learnable token streams: each sequence walks the vocabulary with a fixed random stride.

    Returns ``(inputs, targets)``, both ``(num_samples, seq_len)`` int64; ``targets`` is ``inputs``
    shifted by one token.
    """
    g = torch.Generator().manual_seed(seed)
    start = torch.randint(0, vocab_size, (num_samples, 1), generator=g)
    stride = torch.randint(1, 4, (num_samples, 1), generator=g)
    steps = torch.arange(seq_len + 1).unsqueeze(0)  # (1, T+1)
    tokens = (start + stride * steps) % vocab_size  # (N, T+1)
    return tokens[:, :-1].contiguous(), tokens[:, 1:].contiguous()


class TokenDataModule(pl.LightningDataModule):
    """Synthetic next-token data for :class:`TinyGPT`; sequential order unless ``shuffle``."""

    def __init__(self, *, num_samples: int = 256, seq_len: int = 16, vocab_size: int = 64, batch_size: int = 8,
                 seed: int = 0, shuffle: bool = False) -> None:
        super().__init__()
        self.num_samples, self.seq_len, self.vocab_size = num_samples, seq_len, vocab_size
        self.batch_size, self.seed, self.shuffle = batch_size, seed, shuffle

    def train_dataloader(self) -> DataLoader:
        x, y = token_sequences(self.num_samples, self.seq_len, self.vocab_size, self.seed)
        return DataLoader(TensorDataset(x, y), batch_size=self.batch_size, shuffle=self.shuffle, drop_last=True,
                          generator=torch.Generator().manual_seed(self.seed) if self.shuffle else None)


class CausalSelfAttention(nn.Module):
    def __init__(self, d_model: int, n_head: int) -> None:
        super().__init__()
        self.head_dim = d_model // n_head
        # separate q/k/v projections so a column shard holds whole heads of each
        self.q = nn.Linear(d_model, d_model)
        self.k = nn.Linear(d_model, d_model)
        self.v = nn.Linear(d_model, d_model)
        self.proj = nn.Linear(d_model, d_model)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b, t, _ = x.shape
        q, k, v = self.q(x), self.k(x), self.v(x)  # (B, T, d_local): d_local = d / tp under tensor parallel
        heads = q.shape[-1] // self.head_dim  # local heads
        q, k, v = (z.view(b, t, heads, self.head_dim).transpose(1, 2) for z in (q, k, v))  # (B, h, T, hd)
        y = F.scaled_dot_product_attention(q, k, v, is_causal=True)  # (B, h, T, hd)
        y = y.transpose(1, 2).reshape(b, t, heads * self.head_dim)  # (B, T, d_local)
        return self.proj(y)  # (B, T, d)


class MLP(nn.Module):
    def __init__(self, d_model: int) -> None:
        super().__init__()
        self.fc = nn.Linear(d_model, 4 * d_model)
        self.proj = nn.Linear(4 * d_model, d_model)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.proj(F.gelu(self.fc(x)))  # (B, T, d) -> (B, T, 4d / tp) -> (B, T, d)


class Block(nn.Module):
    """Pre-norm transformer block."""

    def __init__(self, d_model: int, n_head: int) -> None:
        super().__init__()
        self.ln1 = nn.LayerNorm(d_model)
        self.attn = CausalSelfAttention(d_model, n_head)
        self.ln2 = nn.LayerNorm(d_model)
        self.mlp = MLP(d_model)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x + self.attn(self.ln1(x))
        return x + self.mlp(self.ln2(x))


def block_tp_plan() -> dict:
    """Megatron-style plan for one :class:`Block`: column-shard q/k/v and fc, row-shard the outputs."""
    from torch.distributed.tensor.parallel import ColwiseParallel, RowwiseParallel

    return {"attn.q": ColwiseParallel(), "attn.k": ColwiseParallel(), "attn.v": ColwiseParallel(),
            "attn.proj": RowwiseParallel(), "mlp.fc": ColwiseParallel(), "mlp.proj": RowwiseParallel()}


class TinyGPT(pl.LightningModule):
    """A small GPT-style LightningModule that supports tensor, pipeline and data parallelism.

    Usage::

        from monitor._lightning import pl
        from lightning_plugins import ThreeDParallelStrategy
        from lightning_plugins.models import TinyGPT, TokenDataModule

        strategy = ThreeDParallelStrategy(pipeline_parallel_size=2, data_parallel_size=2,
                                          tensor_parallel_size=2, num_microbatches=4)
        trainer = pl.Trainer(accelerator="cpu", devices=8, strategy=strategy, max_steps=20)
        trainer.fit(TinyGPT(n_layer=4), datamodule=TokenDataModule(batch_size=8))

    The pipeline contract it shows: :meth:`pipeline_blocks` (ordered blocks), ``pipeline_first`` /
    ``pipeline_last`` (attribute names the strategy sets to ``None`` off the first / last stage),
    :meth:`loss_fn` (the per-microbatch loss) and a ``forward`` that skips ``None`` parts.
    """

    pipeline_first = ("tok_emb", "pos_emb")
    pipeline_last = ("norm", "head")

    def __init__(self, *, vocab_size: int = 64, seq_len: int = 16, d_model: int = 32, n_head: int = 4,
                 n_layer: int = 4, lr: float = 1e-3, optimizer: str = "adamw") -> None:
        super().__init__()
        if d_model % n_head:
            raise ValueError(f"d_model={d_model} must be divisible by n_head={n_head}")
        if optimizer not in ("adamw", "sgd"):
            raise ValueError(f"optimizer={optimizer!r}: valid are 'adamw', 'sgd'")
        self.save_hyperparameters()
        self.tok_emb = nn.Embedding(vocab_size, d_model)
        self.pos_emb = nn.Embedding(seq_len, d_model)
        self.layers = nn.ModuleDict({str(i): Block(d_model, n_head) for i in range(n_layer)})
        self.norm = nn.LayerNorm(d_model)
        self.head = nn.Linear(d_model, vocab_size, bias=False)
        self.example_input_array = torch.zeros(2, seq_len, dtype=torch.long)

    def pipeline_blocks(self) -> nn.ModuleDict:
        return self.layers

    def configure_model(self) -> None:
        mesh = self.device_mesh if self._device_mesh is not None else None
        if mesh is None or "tp" not in (mesh.mesh_dim_names or ()) or mesh["tp"].size() == 1:
            return
        tp = mesh["tp"].size()
        if self.hparams.n_head % tp:
            raise ValueError(f"n_head={self.hparams.n_head} must be divisible by tensor_parallel_size={tp}")
        from torch.distributed.tensor.parallel import parallelize_module

        for block in self.layers.values():
            parallelize_module(block, mesh["tp"], block_tp_plan())

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.tok_emb is not None:  # first stage: x is (B, T) token ids
            pos = torch.arange(x.shape[1], device=x.device)
            x = self.tok_emb(x) + self.pos_emb(pos)  # (B, T, d)
        for block in self.layers.values():
            x = block(x)  # (B, T, d)
        if self.norm is not None:  # last stage
            x = self.head(self.norm(x))  # (B, T, vocab)
        return x

    def loss_fn(self, logits: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
        return F.cross_entropy(logits.reshape(-1, logits.shape[-1]), target.reshape(-1))  # (B*T, V) vs (B*T,)

    def training_step(self, batch, batch_idx):
        x, y = batch
        return self.loss_fn(self(x), y)

    def on_train_batch_end(self, outputs, batch, batch_idx) -> None:
        # logged here, not in training_step, so it also runs under pipeline parallelism, where the
        # strategy drives forward + backward and hands the loss to this hook
        self.log("train_loss", outputs["loss"], prog_bar=True)

    def configure_optimizers(self):
        if self.hparams.optimizer == "sgd":
            return torch.optim.SGD(self.parameters(), lr=self.hparams.lr, momentum=0.9)
        return torch.optim.AdamW(self.parameters(), lr=self.hparams.lr)
