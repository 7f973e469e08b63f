"""Work that runs beside the main line of a one-story conversion, on another core.

Generating a cover means importing Pillow, loading fonts and encoding a JPEG: about a sixth
of a one-story conversion, and nothing else waits for it until the EPUB is packed. When the
command line converts one story, :func:`prepare_ahead` forks a helper as the story starts
to be read, which loads Pillow and the font at idle priority, on the core the command line
leaves idle while it waits for the story's text (a command that starts no early reading
uses :func:`prepare`, later); once the book is assembled, :func:`start` sends it the
cover's texts (pickled: the helper was forked before they existed) and the parent loads the
writer and renders the chapters while the cover is drawn, collecting its bytes when it needs
them. Building a long story's chapters from its classified lines is most of
reading it, and each chapter is built alone: :func:`map_shared` has a child (forked with
:func:`start`, which needs no pickling of the work) build the later half.

It is only done where it is safe and pays: on Linux (where ``fork`` is cheap and reliable),
from a process running one thread, and inside :func:`allowed`, which only the one-story
conversion uses (or, for the work started before the command line is parsed, through
:func:`fork_ahead` and :func:`prepare_ahead`). Batch conversion keeps every core busy with
whole stories already, so it never forks. Whenever the child cannot deliver (it could not
start, failed or was killed), the parent does the work itself, so the result never depends on
the child.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import struct
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from functools import partial
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")
S = TypeVar("S")

_allowed = False
# Children started and not yet collected, with the read end of each one's pipe.
_pending: dict[int, int] = {}
# Helpers forked ahead of their work, by name: each one's pid and the write end of the pipe
# its work goes through.
_waiting: dict[str, tuple[int, int]] = {}
# Children whose bytes were all received but which may still be exiting: see _received.
_exiting: set[int] = set()
# Helpers forked by prepare_ahead, running at idle priority, until their work is collected.
_idle_helpers: set[int] = set()
# How long the parent waits for such a helper's work, in seconds, once it needs it: ample
# on a machine with a core to spare (a cover takes some 15 ms to draw), and a bound where
# other work keeps every core busy and the helper does not run.
_IDLE_HELPER_WAIT = 0.5
# What a child writes before its bytes: their length, so that the parent knows when it has
# them all without waiting for the pipe to close.
_LENGTH = struct.Struct(">Q")


@contextmanager
def allowed() -> Iterator[None]:
    """Within this block, :func:`start` may run work in a child process; collect it inside.

    A child whose work was never collected (the conversion failed first) is stopped when the
    block ends, so that none is left behind waiting to hand over its bytes.
    """
    global _allowed
    previous, _allowed = _allowed, True
    started = set(_pending)
    try:
        yield
    finally:
        _allowed = previous
        for pid in set(_pending) - started:
            _abandon(pid)
        reap(wait=False)


def reap(*, wait: bool = True) -> None:
    """Wait for the children whose bytes were received and which were still exiting then.

    With ``wait`` False, only those that have exited by now are waited for; the others are
    left for a later call. Every :func:`allowed` block ends with such a call, so a process
    that goes on converting leaves no exited child unwaited for long; the command line waits
    for all of them as it ends (:func:`fic2epub.early_read.finish`).
    """
    for pid in list(_exiting):
        with suppress(ChildProcessError):  # waited for elsewhere already
            if os.waitpid(pid, 0 if wait else os.WNOHANG) == (0, 0):
                continue
        _exiting.discard(pid)


def prepare(name: str, warm: Callable[[], object]) -> None:
    """Fork a helper now for the work :func:`start` is given later under ``name``.

    The helper runs ``warm`` (loading the modules that work needs, say) while this process
    goes on, then waits for its work. Where :func:`start` could not fork, nothing happens.
    """
    if name not in _waiting and _can_fork():
        _fork_helper(name, warm)


def prepare_ahead(name: str, warm: Callable[[], object]) -> None:
    """:func:`prepare`, before :func:`allowed` can be entered, with a helper that runs only
    on a core nothing else wants.

    For the helper a command forks before its command line is even parsed (see
    :mod:`fic2epub.early_read`): it gets ready on the core left idle while the story is
    first read, and never slows the reading down where both cores are busy. Its work is
    awaited for :data:`_IDLE_HELPER_WAIT` at most: on a machine busy with other work, an
    idle-priority helper may not run for a long time, so the parent then does the work
    itself. A helper whose work never comes is stopped by :func:`drop_helpers`.
    """
    if name not in _waiting and _forkable():
        pid = _fork_helper(name, partial(_at_idle_priority, warm))
        if pid is not None:
            _idle_helpers.add(pid)


def drop_helpers() -> None:
    """Stop the helpers :func:`prepare_ahead` forked whose work was never collected."""
    for pid in _idle_helpers & set(_pending):
        _abandon(pid)
    _idle_helpers.clear()


def _at_idle_priority(warm: Callable[[], object]) -> None:
    """Run ``warm``, and then the helper's work, at Linux's idle priority (SCHED_IDLE): only
    when a core would otherwise be idle.

    An ordinary user cannot raise a process's priority again, so the work that follows runs
    so too; the parent bounds its wait (see :func:`prepare_ahead`).
    """
    with suppress(OSError, AttributeError):  # kept at the usual priority where refused
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
    warm()


def _fork_helper(name: str, warm: Callable[[], object]) -> int | None:
    """Fork the helper :func:`prepare` describes; its pid, or None if it could not fork."""
    read_end, write_end = _bytes_pipe()  # the bytes, from the helper
    work_read, work_write = os.pipe()  # the work, to the helper
    try:
        pid = os.fork()
    except OSError:
        for end in (read_end, write_end, work_read, work_write):
            os.close(end)
        return None
    if pid == 0:  # the helper: get ready, then wait for the work and do it
        os.close(read_end)
        os.close(work_write)
        _run_helper(warm, work_read, write_end)
    os.close(write_end)
    os.close(work_read)
    _pending[pid] = read_end
    _waiting[name] = (pid, work_write)
    return pid


def start(work: Callable[[], bytes], *, helper: str | None = None) -> Callable[[], bytes]:
    """Begin ``work``; return a function that waits for its bytes and returns them.

    ``work`` must be deterministic and free of side effects, since it may run twice (in
    the child, then again in the parent if the child could not finish). With ``helper``, the
    work goes to the helper :func:`prepare` forked under that name, if one is waiting: it
    reaches it pickled, so it must be picklable (a module-level function and its arguments)
    and should carry little.
    """
    if helper is not None and helper in _waiting:
        helper_pid, work_write = _waiting.pop(helper)
        _hand_over(work, work_write)
        return lambda: _collect(helper_pid, work)
    pid = _fork_child(work) if _can_fork() else None
    if pid is None:  # no child: the work is done here and now
        result = work()
        return lambda: result
    return lambda: _collect(pid, work)


def _fork_child(work: Callable[[], bytes]) -> int | None:
    """Fork a child that does ``work`` and hands over its bytes; its pid, or None if it
    could not be forked."""
    read_end, write_end = _bytes_pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:  # the child: do the work, hand over the bytes, and leave without cleanup
        os.close(read_end)
        _run_child(work, write_end)
    os.close(write_end)
    _pending[pid] = read_end
    return pid


def fork_ahead(work: Callable[[], bytes]) -> int | None:
    """Fork a child doing ``work`` now, before :func:`allowed` can be entered; its pid or None.

    For the work a command starts before its command line is even parsed (see
    :mod:`fic2epub.early_read`): the caller takes the bytes with :func:`collect_ahead`, or
    stops the child with :func:`drop_ahead` when they turn out not to be wanted. The same
    guards hold as for :func:`start`, but for :func:`allowed`: Linux, and one thread.
    """
    return _fork_child(work) if _forkable() else None


def collect_ahead(pid: int) -> bytes | None:
    """The bytes of the child :func:`fork_ahead` started, or None when it could not finish."""
    return _received(pid)


def drop_ahead(pid: int) -> None:
    """Stop the child :func:`fork_ahead` started, whose work is not wanted after all."""
    if pid in _pending:
        _abandon(pid)


def map_shared(
    work: Callable[[T], R],
    items: Sequence[T],
    weight: Callable[[T], int],
    *,
    least: int,
    send: Callable[[R], S] | None = None,
    receive: Callable[[S], R] | None = None,
) -> list[R]:
    """``[work(item) for item in items]``, with a child computing the later items meanwhile.

    The items are cut where their ``weight`` (the work each costs, roughly) splits in two,
    and only when the total reaches ``least``: below that, starting a child and pickling its
    results back costs more than it saves. ``work`` must be deterministic and free of side
    effects, and its results picklable, for the reasons :func:`start` gives.

    ``send`` and ``receive``, given together, carry the child's results in a cheaper form:
    the child pickles ``send(result)`` and the parent makes each back into the result with
    ``receive``, which must give a result equal to the one sent.
    """
    if len(items) < 2 or not _can_fork():
        return [work(item) for item in items]
    weights = [weight(item) for item in items]
    total = sum(weights)
    if total < least:
        return [work(item) for item in items]
    cut, running = 0, 0
    # The child also pickles its results, and the parent unpickles them: in the cheap form
    # that send gives, these cost about the same, so each keeps half and neither waits long.
    while cut < len(items) - 1 and running < total * _PARENT_SHARE:
        running += weights[cut]
        cut += 1
    later = items[cut:]
    collect = start(lambda: pickle.dumps(_sent(work, later, send), pickle.HIGHEST_PROTOCOL))
    earlier = [work(item) for item in items[:cut]]
    # Safe to unpickle: the bytes come from this program's own forked child (or from the
    # fallback in this process), never from outside.
    sent: list[Any] = pickle.loads(collect())
    if send is None or receive is None:
        return earlier + sent
    return earlier + [receive(result) for result in sent]


def _sent(work: Callable[[T], R], items: Sequence[T], send: Callable[[R], S] | None) -> list[Any]:
    """What the child sends back for ``items``: each one's result, in ``send``'s form if given."""
    if send is None:
        return [work(item) for item in items]
    return [send(work(item)) for item in items]


def _can_fork() -> bool:
    return _allowed and _forkable()


def _forkable() -> bool:
    """Whether this process may fork: on Linux, running one thread."""
    return sys.platform == "linux" and threading.active_count() == 1


def _run_child(work: Callable[[], bytes], write_end: int) -> None:
    status = 1
    try:
        data = work()
        for part in (_LENGTH.pack(len(data)), data):
            view = memoryview(part)
            while view:
                view = view[os.write(write_end, view) :]
        # The parent has all it needs now: closed here, the pipe does not keep it waiting
        # while this process's memory is given back, which takes milliseconds for a big one.
        os.close(write_end)
        status = 0
        _keep_compiled_patterns()
    except BaseException:  # the parent redoes the work, and reports any error itself
        pass
    finally:
        # os._exit: no atexit handlers, no flushing of the parent's inherited output buffers.
        os._exit(status)


def _keep_compiled_patterns() -> None:
    """Store the regular expressions this child compiled for the next run, as a process's
    exit does (see :mod:`fic2epub.regex_cache`), which ``os._exit`` skips: the reading child
    compiles most of a conversion's patterns, and would otherwise compile them every run."""
    cache = sys.modules.get("fic2epub.regex_cache")
    if cache is not None:
        cache.save()


def _run_helper(warm: Callable[[], object], work_read: int, write_end: int) -> None:
    try:
        warm()
        # One pickle is read, up to its end: other children may hold the pipe's write end
        # open too, so the helper cannot wait for the pipe to close.
        with os.fdopen(work_read, "rb") as stream:
            # Safe to unpickle: the bytes come from this program's own parent.
            work: Callable[[], bytes] = pickle.load(stream)
    except BaseException:  # the parent redoes the work, and reports any error itself
        os._exit(1)
    _run_child(work, write_end)


def _hand_over(work: Callable[[], bytes], work_write: int) -> None:
    """Send ``work`` to a waiting helper; if it cannot go, the helper fails and the parent
    does the work when it collects."""
    try:
        view = memoryview(pickle.dumps(work, pickle.HIGHEST_PROTOCOL))
        while view:
            view = view[os.write(work_write, view) :]
    except Exception:  # a helper gone (a broken pipe), or work that does not pickle
        pass
    finally:
        os.close(work_write)


def _collect(pid: int, work: Callable[[], bytes]) -> bytes:
    if pid in _idle_helpers:
        _idle_helpers.discard(pid)
        ready, _, _ = select.select([_pending[pid]], [], [], _IDLE_HELPER_WAIT)
        if not ready:  # the machine is busy, and the helper has not run: do it here
            _abandon(pid)
            return work()
    received = _received(pid)
    return work() if received is None else received


def _received(pid: int) -> bytes | None:
    """A child's bytes, as soon as it has sent them all; None when it failed.

    The bytes are complete when as many came as the child said it would send: it can only
    say so once its work is done. The parent does not wait for it to exit (while a big
    process exits, its memory is given back page by page): it is waited for later, by
    :func:`reap`. A child that failed is waited for at once.
    """
    read_end = _pending.pop(pid)
    try:
        head = _read_exactly(read_end, _LENGTH.size)
        data = None if head is None else _read_exactly(read_end, _LENGTH.unpack(head)[0])
    finally:
        os.close(read_end)
    if data is None:
        os.waitpid(pid, 0)
        return None
    _exiting.add(pid)
    reap(wait=False)
    return data


def _bytes_pipe() -> tuple[int, int]:
    """A pipe for a child's bytes, as large as the system allows an ordinary user.

    A long story's chapters are over a megabyte: through the default 64 KiB, the child
    and the parent would take turns some twenty times, each turn a wait on the other.
    """
    import fcntl  # here, as only Linux has it, and only Linux forks (see _forkable)

    read_end, write_end = os.pipe()
    with suppress(OSError):  # a system with a lower limit keeps its default size
        fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, _PIPE_SIZE)
    return read_end, write_end


def _read_exactly(read_end: int, size: int) -> bytes | None:
    """``size`` bytes from a pipe; None if it closes before they all came."""
    buffer = bytearray(size)
    view = memoryview(buffer)
    while view:
        count = os.readv(read_end, [view])
        if not count:
            return None
        view = view[count:]
    return bytes(buffer)


def _abandon(pid: int) -> None:
    for name, (helper, work_write) in list(_waiting.items()):
        if helper == pid:  # a helper whose work never came
            del _waiting[name]
            os.close(work_write)
    os.close(_pending.pop(pid))
    with suppress(ProcessLookupError):  # it may have finished already
        os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


_PARENT_SHARE = 0.5
# Linux's /proc/sys/fs/pipe-max-size by default: the largest pipe a user may ask for.
_PIPE_SIZE = 1 << 20
