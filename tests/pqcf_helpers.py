"""Small helpers shared by the PQCF tests (``test_quantization.py``, ``test_pqcf_io.py``, ``test_cli_progress.py``)."""

from __future__ import annotations

import pytorch_lightning as pl
import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from monitor.demo_model import DigitsMLP, digits_tensors


def digits_loaders(batch_size=64):
    (xt, yt), (xv, yv) = digits_tensors()
    train = DataLoader(TensorDataset(xt, yt), batch_size=batch_size, shuffle=True,
                       generator=torch.Generator().manual_seed(0))
    return train, DataLoader(TensorDataset(xv, yv), batch_size=256)


def cpu_trainer(**kw):
    return pl.Trainer(accelerator="cpu", logger=False, enable_progress_bar=False, enable_model_summary=False, **kw)


def train_plain(net: nn.Module, train, epochs: int = 3) -> None:
    """A few epochs of Adam on cross-entropy, outside Lightning."""
    opt = torch.optim.Adam(net.parameters(), 3e-3)
    for _ in range(epochs):
        for x, y in train:
            opt.zero_grad()
            F.cross_entropy(net(x), y).backward()
            opt.step()


def digits_checkpoint(out_dir, hidden: int = 64):
    """A Lightning checkpoint (``out_dir/digits.ckpt``) of a digits MLP trained for one epoch."""
    torch.manual_seed(0)
    train, _ = digits_loaders()
    trainer = cpu_trainer(max_epochs=1, enable_checkpointing=False, default_root_dir=out_dir)
    trainer.fit(DigitsMLP(hidden=hidden, lr=3e-3), train)
    trainer.save_checkpoint(out_dir / "digits.ckpt")
    return out_dir / "digits.ckpt"
