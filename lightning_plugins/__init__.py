"""Lightning plugins: precision (DPS), 3D-parallel strategy, gradient compression, PQCF compression."""
