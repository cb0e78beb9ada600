"""The printable documents' speed (#25, G1: a plan of 200 workers prints within 1 s): builds one
certified plan of 200 workers through the domain on a fresh SQLite file, then times the 認定証 and the
申請書控え end to end (the reads, the PDF, the download record), several times each.

    .venv/bin/python -m bench.documents
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from app.domain.accounts.passwords import configure_hashing
from app.infra.database import apply_migrations, database
from app.infra.pdf import render
from app.models.enums import DocumentKind, PlanAction, Role

ROUNDS = 7


async def main() -> None:
    from app.domain.plans.documents import printable_document
    from app.domain.review.moves import review_plan
    from tests.plan_builder import staff, submitted_plan

    configure_hashing(1, 1024)
    with tempfile.TemporaryDirectory(prefix="shuro-bench-documents-") as tmp:
        url = f"sqlite://{Path(tmp) / 'bench.sqlite3'}"
        async with database(url):
            await apply_migrations(url)
            from app.models import Plan, Worker

            company, plan = await submitted_plan(Path(tmp) / "uploads", workers=2)
            reviewer = await staff(Role.MLIT_STAFF)
            for action in (PlanAction.ACCEPT, PlanAction.CERTIFY):
                await review_plan(reviewer, plan.id, action, "")
            first = await Worker.filter(plan_id=plan.id).first()
            fields = {k: v for k, v in first.__dict__.items() if not k.startswith("_") and k not in ("id", "position", "name")}
            await Worker.bulk_create([Worker(**fields, position=n, name=f"WORKER {n:03d} NGUYEN") for n in range(2, 200)])
            await Plan.filter(id=plan.id).update(worker_count=200, full_time_staff_count=500)
            for kind in (DocumentKind.CERTIFICATE, DocumentKind.APPLICATION_COPY):
                times, size = [], 0
                for _ in range(ROUNDS):
                    started = time.perf_counter()
                    pdf = render(await printable_document(company, plan.id, kind))
                    times.append(time.perf_counter() - started)
                    size = len(pdf)
                print(f"{kind.label}: 200 workers, {size:,} bytes, median {statistics.median(times) * 1000:.0f} ms, "
                      f"max {max(times) * 1000:.0f} ms over {ROUNDS} runs")


if __name__ == "__main__":
    asyncio.run(main())
