"""Parallel training: the 3D strategy, gradient-compression hooks and their shared health checks.

Modules (import the one you need; nothing here is imported eagerly):

* ``strategy``: :class:`ThreeDParallelStrategy` (pipeline x data x tensor parallelism);
* ``partition``: mesh degrees, measured pipeline partitioning, model surgery;
* ``checkpoint``: the 3D strategy's distributed checkpoint I/O;
* ``health``: straggler detection and :class:`PeerLostError` (a rank died);
* ``comm_hooks``: the measured DDP communication-hook core, :class:`NoCompression`, byte volumes;
* ``topk``, ``powersgd``: :class:`TopKCompression`, :class:`PowerSGDCompression`;
* ``compressed_ddp``: :class:`CompressedDDPStrategy` (Lightning DDP with one of the hooks, CPU and GPU).

The public names are exported from :mod:`lightning_plugins`.
"""
