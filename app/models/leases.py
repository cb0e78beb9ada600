"""Leases on background work: each periodic task runs in one process of the installation at a time."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class TaskLease(Model):
    """Who runs a periodic task (`name`) until when; a process takes it when it is free or expired."""

    name = fields.CharField(max_length=50, primary_key=True)
    holder = fields.CharField(max_length=64)
    held_until = fields.DatetimeField()

    class Meta:
        table = "task_lease"
