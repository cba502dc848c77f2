"""Samples as the benchmark collects them, built by hand for its report's unit tests."""

from __future__ import annotations


def samples_of(**apps: dict[str, list[float]]) -> dict:
    """``samples_of(bare={...}, caption={...})``: metric → app → samples."""
    samples: dict = {}
    for app, metrics in apps.items():
        for metric, values in metrics.items():
            samples.setdefault(metric, {})[app] = values
    return samples
