"""Where the per-document stage runs: in this process, a local process pool, or Dask.

Reading, segmenting and extracting one document (:func:`aikg.graph.pipeline.process_document`)
needs nothing from the others, so documents are spread over workers and only their plain
:class:`~aikg.graph.pipeline.DocumentOutcome` comes back. Whatever runs them, outcomes are
returned in input order, so a build is the same whichever executor made it.

- ``Executor(jobs=1)``: in this process, one document after the other (from ten
  documents on, with what they all need loaded first and kept out of the collector's
  full passes).
- ``Executor(jobs=N)``: a local pool of N worker processes. Workers are started from a
  fork server that has already imported aikg and read an invented report (:func:`warm_up`:
  the rules, the name matcher, jieba's dictionary), so each worker forks with them loaded;
  workers live for the whole build.
- ``Executor(scheduler="tcp://HOST:PORT")``: the workers of an existing Dask distributed
  cluster (``pip install aikg[distributed]``). The workers need aikg installed and must
  see the input files at the same paths (shared storage).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aikg.schema import AikgError

__all__ = ["Executor", "ExecutorError", "default_jobs", "map_documents"]

Progress = Callable[[str, int, int], None]  # (document, done, total), as the pipeline's
Work = Callable[[str], Any]  # one document's path -> its outcome (module-level: picklable)
Failed = Callable[[str, str], Any]  # (path, reason) -> the outcome of a worker that died


class ExecutorError(AikgError, RuntimeError):
    """The executor could not be used at all (no Dask installed, scheduler unreachable)."""


@dataclass(frozen=True)
class Executor:
    """How to run the per-document stage: ``jobs`` local processes, or a Dask scheduler.

    >>> Executor().describe(), Executor(jobs=4).describe()
    ('in-process', '4 local processes')
    >>> Executor(scheduler="tcp://10.0.0.5:8786").describe()
    'Dask scheduler tcp://10.0.0.5:8786'
    """

    jobs: int = 1
    scheduler: str | None = None

    def describe(self) -> str:
        """The executor in words, for progress and logs."""
        if self.scheduler:
            return f"Dask scheduler {self.scheduler}"
        return "in-process" if self.jobs <= 1 else f"{self.jobs} local processes"


def default_jobs() -> int:
    """The CPUs this process may use (its affinity mask, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def map_documents(
    paths: Sequence[Path],
    work: Work,
    failed: Failed,
    executor: Executor | None = None,
    progress: Progress | None = None,
) -> Iterator:
    """``work(path)`` for every path, in input order, where ``executor`` says (the
    pipeline passes :func:`~aikg.graph.pipeline.process_document`).

    ``progress(path, done, total)`` is called before each document in-process and as
    each one is done otherwise (in input order locally, in finishing order on Dask),
    then once with ``"done"``. A worker that dies leaves ``failed(path, reason)`` for
    its document; the others are kept.
    Raises :class:`ExecutorError` when a Dask scheduler is asked for and cannot be used.
    """
    executor = executor or Executor()
    if executor.scheduler:
        yield from _on_dask(paths, work, failed, executor.scheduler, progress)
    elif executor.jobs <= 1 or len(paths) <= 1:
        yield from _in_process(paths, work, progress)
    else:
        yield from _on_pool(paths, work, failed, min(executor.jobs, len(paths)), progress)
    if progress:
        progress("done", len(paths), len(paths))


def _in_process(paths: Sequence[Path], work: Work, progress: Progress | None) -> Iterator:
    """The documents one after the other, in this process. What every document needs
    is loaded first (:func:`warm_up`) and set apart from the collector for the run
    (``gc.freeze``, undone at the end): its full collections, some ten per hundred
    reports, then no longer walk the rules, the name matcher and the dictionaries.
    A short run has no full collection to spare: it reads its documents as they come."""
    if len(paths) < _FREEZE_FROM:
        yield from (_told(work, path, index, paths, progress) for index, path in enumerate(paths))
        return
    warm_up()
    gc.freeze()
    try:
        for index, path in enumerate(paths):
            yield _told(work, path, index, paths, progress)
    finally:
        gc.unfreeze()


# The collector's full pass comes about once per ten reports in a build.
_FREEZE_FROM = 10


def _told(work: Work, path: Path, index: int, paths: Sequence[Path], progress: Progress | None):
    """``work(path)``, progress told before it."""
    if progress:
        progress(str(path), index, len(paths))
    return work(str(path))


# An invented two-language report: reading it loads what every document needs.
_WARM_UP_TEXT = (
    "# 示例科技行业月报\n\n## 投资要点\n\n2031年3月4日, 甲乙科技发布新一代模型, "
    "并向丙丁智能投资 10 亿元。\n\nOn March 4, 2031, Zentrix Labs released Zyra 2 and "
    "agreed to buy chips from Borealis Inc. for $1.8 billion.\n"
)


def warm_up() -> None:
    """Load what every document's extraction loads on first use, once: every rules file,
    the name matcher and jieba's dictionary (about 1 s of CPU alone), the extractors'
    compiled patterns, by reading an invented report. The fork server calls it
    (:mod:`aikg.graph.preload`), so that each worker forks with all of it instead of
    loading it again. Only caches of pure functions are filled: no output changes."""
    from aikg.extractors import rules, run_extractors
    from aikg.extractors.document import segment
    from aikg.extractors.names.open_world import is_generic
    from aikg.schema import Document

    rules.examples()  # every rules file read and checked
    is_generic("云杉算力")  # a name no word list rules out: jieba's frequencies are read
    doc = Document(path="warm-up.md", report_id="warm-up", text=_WARM_UP_TEXT)
    run_extractors(segment(doc))  # what the pipeline's extract_report runs


def _pool_context() -> multiprocessing.context.BaseContext:
    """A fork server that has imported the pipeline and read an invented report
    (:func:`warm_up`): workers start warm, and nothing is forked from a parent that may
    hold threads (a driver, a client) mid-lock."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["aikg.graph.pipeline", "aikg.graph.preload"])
    return context


def _on_pool(
    paths: Sequence[Path], work: Work, failed: Failed, workers: int, progress: Progress | None
) -> Iterator:
    with ProcessPoolExecutor(max_workers=workers, mp_context=_pool_context()) as pool:
        futures = [pool.submit(work, str(path)) for path in paths]
        # Progress is told here, in input order, from this thread: a progress bar
        # is not fed from the pool's threads.
        for done, (path, future) in enumerate(zip(paths, futures, strict=True), 1):
            outcome = _outcome_of(path, future, failed)
            if progress:
                progress(str(path), done, len(paths))
            yield outcome


def _outcome_of(path: Path, future: Future, failed: Failed):
    """The future's outcome, or ``failed(path, reason)`` for a worker that failed."""
    try:
        return future.result()
    except Exception as exc:  # a worker killed or out of memory: that document only
        return failed(str(path), f"worker failed: {type(exc).__name__}: {exc}".strip())


def _on_dask(
    paths: Sequence[Path], work: Work, failed: Failed, scheduler: str, progress: Progress | None
) -> Iterator:
    client = _dask_client(scheduler)
    try:
        from distributed import as_completed

        # pure=False: two paths with the same text are still two tasks, as in-process.
        futures = client.map(work, [str(p) for p in paths], pure=False)
        index = {future.key: n for n, future in enumerate(futures)}
        done = 0
        with client.as_current():  # as_completed finds its client there
            for future in as_completed(futures):
                done += 1
                if progress:
                    progress(str(paths[index[future.key]]), done, len(paths))
        for path, future in zip(paths, futures, strict=True):
            yield _outcome_of(path, future, failed)
    finally:
        client.close()


def _dask_client(scheduler: str):
    """A client of the scheduler at ``scheduler``, or :class:`ExecutorError` in one line."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise ExecutorError(
            f"--scheduler {scheduler}: Dask is not installed (pip install 'aikg[distributed]')"
        ) from exc
    try:
        return Client(scheduler, timeout="15s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ExecutorError(f"--scheduler {scheduler}: cannot reach the scheduler: {exc}") from exc
