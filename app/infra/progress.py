"""Progress of long commands (seed-demo, the cube rebuild): tqdm's bar on a terminal, and a plain
line per stage when the output is a file or a pipe (a log stays readable, no carriage returns)."""

from __future__ import annotations

import sys
from typing import TextIO

from tqdm import tqdm


class StageProgress:
    """`report(stage, done, total)` as the work goes; one bar (or line) per stage."""

    def __init__(self, stream: TextIO = sys.stderr) -> None:
        self.stream = stream
        self.terminal = stream.isatty()
        self._stage: str | None = None
        self._bar: tqdm | None = None

    def report(self, stage: str, done: int, total: int) -> None:
        if stage != self._stage:
            self.close()
            self._stage = stage
            if self.terminal:
                self._bar = tqdm(total=total, desc=stage, file=self.stream, unit="件", dynamic_ncols=True)
            else:
                print(f"{stage}: 開始（{total}件）", file=self.stream, flush=True)
        if self._bar is not None:
            self._bar.update(done - self._bar.n)
        if done >= total:
            self.close(finished=True)

    def close(self, finished: bool = False) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
        elif finished and self._stage is not None and not self.terminal:
            print(f"{self._stage}: 完了", file=self.stream, flush=True)
        if finished:
            self._stage = None
