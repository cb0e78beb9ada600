"""Row leases on background work (#29): of all the processes of an installation (workers of one
server, several servers on one database), one runs a periodic task at a time; when it stops or dies,
another takes over once the lease has run out."""

from __future__ import annotations

import os
import socket
import uuid
from datetime import timedelta

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q

from app.domain import clock
from app.models import TaskLease

HOLDER = f"{socket.gethostname()[:40]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


async def take_lease(name: str, duration: timedelta) -> bool:
    """Hold `name` for `duration` from now, when it is free, expired or already ours."""
    now = clock.now()
    renewed = await TaskLease.filter(Q(name=name) & (Q(held_until__lt=now) | Q(holder=HOLDER))).update(
        holder=HOLDER, held_until=now + duration)
    if renewed:
        return True
    try:
        await TaskLease.create(name=name, holder=HOLDER, held_until=now + duration)
    except IntegrityError:
        return False  # another process holds it
    return True


async def release_leases() -> None:
    """At shutdown: what this process held is free at once for the others."""
    await TaskLease.filter(holder=HOLDER).update(held_until=clock.now() - timedelta(seconds=1))
