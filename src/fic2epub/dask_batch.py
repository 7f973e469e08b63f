"""Run a batch on an existing Dask distributed cluster (``--dask-scheduler``).

The jobs are the local batch's own :class:`~fic2epub.batch.Job` objects: each carries the story's
bytes, a worker returns the book's bytes, and the client writes the files. Workers therefore
need fic2epub installed but no access to the client's files (templates, stylesheets and cover
images named by options excepted: those must exist at the same path on every worker).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from fic2epub.batch import Job, Outcome, Runner, render_job, worker_failure
from fic2epub.errors import Fic2EpubError, UsageError

CONNECT_TIMEOUT = "10s"
"""How long to wait for the scheduler before giving up."""
MIN_IN_FLIGHT = 4
"""Jobs kept on the cluster at least, however few worker threads it reports."""


class SchedulerError(Fic2EpubError):
    """The Dask scheduler cannot be reached (exit code 1)."""


def dask_runner(address: str) -> Runner:
    """A runner that sends the jobs to the Dask scheduler at ``address``."""

    def run(jobs: Iterable[tuple[int, Job]]) -> Iterator[tuple[int, Outcome]]:
        client = connect(address)
        try:
            yield from run_on(client, jobs)
        finally:
            client.close()

    return run


def connect(address: str) -> Any:
    """A ``distributed.Client`` for ``address``; raises a one-line error naming the address."""
    try:
        from distributed import Client
    except ImportError:
        raise UsageError(
            "--dask-scheduler needs Dask; install it with: pip install 'fic2epub[dask]'"
        ) from None
    from distributed.comm.addressing import parse_address
    from distributed.comm.registry import get_backend

    try:
        scheme, location = parse_address(address)
        get_backend(scheme)
    except ValueError as error:
        # Checked first: a Client that fails on a bad address hangs 20 s while it is collected.
        raise UsageError(f"--dask-scheduler: {error}", source=address) from None
    if not location:
        raise UsageError("--dask-scheduler: no host in the address", source=address)
    try:
        # distributed has no type hints for these calls.
        return Client(  # type: ignore[no-untyped-call]
            address, timeout=CONNECT_TIMEOUT, set_as_default=False
        )
    except (OSError, TimeoutError, ValueError) as error:
        message = " ".join(str(error).split()) or type(error).__name__
        raise SchedulerError(
            f"cannot reach the Dask scheduler: {message}", source=address
        ) from None


def run_on(client: Any, jobs: Iterable[tuple[int, Job]]) -> Iterator[tuple[int, Outcome]]:
    """Run numbered jobs on ``client``'s cluster; yield each outcome as it finishes.

    A window of jobs is kept on the cluster (twice its worker threads) so that a large batch
    is not read into memory and shipped to the scheduler all at once.
    """
    from distributed import as_completed

    threads = sum(client.nthreads().values())
    limit = max(MIN_IN_FLIGHT, 2 * threads)
    queue = iter(jobs)
    first = list(islice(queue, limit))
    if not first:
        return
    futures = client.map(render_job, [job for _, job in first], pure=False)
    owners = {
        future.key: (index, job.source) for future, (index, job) in zip(futures, first, strict=True)
    }
    # The client is not the process default (set_as_default=False): name its loop.
    finished = as_completed(futures, loop=client.loop)  # type: ignore[no-untyped-call]
    for future in finished:
        index, source = owners.pop(future.key)
        try:
            outcome: Outcome = future.result()
        except Exception as error:
            # A lost worker or a worker without fic2epub fails this story, not the batch.
            outcome = worker_failure(source, error)
        future.release()
        yield index, outcome
        following = next(queue, None)
        if following is not None:
            index, job = following
            submitted = client.submit(render_job, job, pure=False)
            owners[submitted.key] = (index, job.source)
            finished.add(submitted)  # type: ignore[no-untyped-call]
