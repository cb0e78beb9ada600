"""What operators watch (#29), in the Prometheus text format through the well-kept `prometheus-client`.

Counters and histograms are per process (a scrape of one worker shows that worker's requests); the
gauges read the database at each scrape, so any process answers them for the whole installation.
Label values a client chooses (operation names, admin pages) are bounded: past `MAX_NAMES` distinct
values, new ones are counted as `other`.
"""

from __future__ import annotations

import re

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

REGISTRY = CollectorRegistry(auto_describe=True)

REQUESTS = Counter("shuro_http_requests", "HTTP requests by kind (graphql, admin, files, other), name and status",
                   ["kind", "name", "status"], registry=REGISTRY)
LATENCY = Histogram("shuro_http_request_seconds", "Time to answer an HTTP request, by kind and name", ["kind", "name"],
                    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10), registry=REGISTRY)
ERRORS = Counter("shuro_errors", "Errors answered to clients, by code (GraphQL errors and payload UserErrors)", ["code"],
                 registry=REGISTRY)
STORAGE_ERRORS = Counter("shuro_storage_errors", "Failures of the file store, by operation", ["operation"], registry=REGISTRY)
PERIODIC_RUNS = Counter("shuro_periodic_runs", "Rounds of a periodic task run by this process", ["task"], registry=REGISTRY)

OUTBOX_BACKLOG = Gauge("shuro_outbox_backlog", "Mails queued and not yet sent", registry=REGISTRY)
OUTBOX_OLDEST = Gauge("shuro_outbox_oldest_unsent_seconds", "Age of the oldest mail not yet sent (0 when none)", registry=REGISTRY)
OVERDUE_REPORTS = Gauge("shuro_overdue_reports", "Acceptance reports past their due date and not sent", registry=REGISTRY)
QUEUE_DEPTH = Gauge("shuro_review_queue_depth", "Plans and change applications waiting for review, by bureau", ["bureau"],
                    registry=REGISTRY)
CUBE_PENDING = Gauge("shuro_statistics_pending_cells", "Changes of the statistics cube not yet added up", registry=REGISTRY)

MAX_NAMES = 200
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]{0,95}$")
_seen: dict[str, set[str]] = {}


def bounded(kind: str, name: str) -> str:
    """`name` as a label value, or `other` for a malformed one or one past the first MAX_NAMES of its kind."""
    seen = _seen.setdefault(kind, set())
    if name in seen:
        return name
    if not _NAME.match(name) or len(seen) >= MAX_NAMES:
        return "other"
    seen.add(name)
    return name


def count_error(code: object) -> None:
    ERRORS.labels(code=str(code)).inc()
