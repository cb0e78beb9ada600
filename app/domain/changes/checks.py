"""Every change is checked as the plan would be after it (D8): the plan's own rules (`plan_problems`,
what `submitPlan` requires) are run on the plan with the change written, and a problem the change
would add refuses it, named where the change's input says it. A certified plan never holds what a
submission would refuse."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from tortoise.transactions import in_transaction

from app.domain.changes.attachments import AttachmentChanges
from app.domain.errors import DomainError, Problem
from app.domain.plans.validation import plan_rows, problems_in
from app.models import Attachment, AttachmentCoverage, Plan


class _Trial(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("trial write rolled back")
        self.problems = problems


async def _items_held(removed: tuple[int, ...]) -> dict[int, set[str]]:
    """The document items each removed file holds (its own, or those a bulk file covers)."""
    held: dict[int, set[str]] = {file_id: set() for file_id in removed}
    if not removed:
        return held
    for file_id, item in await Attachment.filter(id__in=list(removed)).values_list("id", "document_item_id"):
        if item:
            held[file_id].add(item)
    for file_id, item in await AttachmentCoverage.filter(attachment_id__in=list(removed)).values_list("attachment_id", "document_item_id"):
        held[file_id].add(item)
    return held


def _named_by_input(problem: Problem, removed: tuple[int, ...], held: dict[int, set[str]], workers: dict[int, int] | None) -> Problem:
    """The problem named where the change's input says it: a missing document by the removal that
    takes it away (a plan-level one otherwise by the files to add), a worker by its place in the input."""
    parts = (problem.field or "").split(".")
    if len(parts) >= 2 and parts[-2] == "attachments":
        index = next((i for i, file_id in enumerate(removed) if parts[-1] in held.get(file_id, ())), None)
        if index is not None:
            return Problem(f"removedAttachmentIds.{index}", problem.code, problem.message)
        if len(parts) == 2:
            return Problem("attachmentIds", problem.code, problem.message)
    if workers is not None and len(parts) > 2 and parts[0] == "workers" and int(parts[1]) in workers:
        return Problem(".".join(["workers", str(workers[int(parts[1])]), *parts[2:]]), problem.code, problem.message)
    return problem


async def refuse_new_problems(plan: Plan, write: Callable[[], Awaitable[None]], files: AttachmentChanges, *, keep: bool,
                              workers: dict[int, int] | None = None, also: list[Problem] | None = None,
                              plan_row_only: bool = False) -> None:
    """Write the change with `write` and refuse it with every problem it adds to the plan.

    `keep=True`: inside the caller's transaction, which the refusal rolls back (certification,
    notification). `keep=False`: a trial in a transaction of its own that is always rolled back
    (the filing of an application, which reaches the plan only when certified). `workers` maps a
    worker's place in the plan to its place in the input, where the two differ. `also`: problems of
    the change found before (refused together with the plan's). `plan_row_only`: the write changes the plan's own
    row and nothing else (no licence, worker or file), whose rows are then read once (#28)."""
    rows = await plan_rows(plan.id)
    before = {(p.field, p.message) for p in problems_in(plan, rows)}
    held = await _items_held(files.removed)  # read before the write removes them

    async def found_after() -> list[Problem]:
        return problems_in(await Plan.get(id=plan.id), rows if plan_row_only else await plan_rows(plan.id))

    if keep:
        await write()
        after = await found_after()
    else:
        try:
            async with in_transaction():
                await write()
                raise _Trial(await found_after())
        except _Trial as trial:
            after = trial.problems
    added = [*(also or []), *(p for p in after if (p.field, p.message) not in before)]
    if added:
        raise DomainError.of([_named_by_input(p, files.removed, held, workers) for p in added])
