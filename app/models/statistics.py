"""The statistics cube behind planStatistics (F3): counts of plans and workers kept per cell, so a
breakdown sums a few thousand cells instead of joining every plan to every worker.

The rows are written only by `app.domain.plans.tally`; the database's own triggers (migration 9)
note in `plan_tally_change` which cells a write to `plan` or `worker` touched, whoever wrote it
(the domain, the admin panel's SQLAlchemy session, seed-demo's bulk load).
"""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class PlanTally(Model):
    """Plans and workers of one cell: a plan's status, bureau, head-office prefecture and month of
    application (Japan time), and the worker attributes named by `grain` (a bit set of
    `app.domain.plans.tally.WORKER_BITS`; '' where the grain leaves an attribute out or it is null).

    `plans` counts the plans with at least one worker in the cell (every plan of the cell when the
    grain names no worker attribute), `workers` the workers in it. Cells add up over the plan's
    columns (each plan is in one) but not over worker attributes, hence one grain per combination."""

    id = fields.IntField(primary_key=True)
    grain = fields.SmallIntField()
    status = fields.CharField(max_length=20)
    bureau = fields.CharField(max_length=20)
    prefecture = fields.CharField(max_length=2)
    applied_month = fields.CharField(max_length=7)
    nationality = fields.CharField(max_length=2)
    job_category = fields.CharField(max_length=30)
    employment_status = fields.CharField(max_length=30)
    plans = fields.IntField()
    workers = fields.IntField()

    class Meta:
        table = "plan_tally"
        unique_together = (
            ("status", "bureau", "prefecture", "applied_month", "grain", "nationality", "job_category", "employment_status"),
        )
        indexes = (("grain", "status", "prefecture"),)


class PlanTallyChange(Model):
    """A plan's cell (status, bureau, prefecture, month) whose tallies a committed write may have
    changed; written by triggers, taken away when the cells are counted again."""

    id = fields.BigIntField(primary_key=True)
    status = fields.CharField(max_length=20)
    bureau = fields.CharField(max_length=20)
    prefecture = fields.CharField(max_length=2)
    applied_month = fields.CharField(max_length=7)

    class Meta:
        table = "plan_tally_change"
