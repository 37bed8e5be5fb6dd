"""The analytics read model: `analytics_jobs`, one row of facts per job (its filters, the times of its main
steps, quoted and weighed grams, quoted and paid cents), derived from `jobs`, `job_events` and `payments`.

The same set-based statement refreshes one job (from the service's own events) or all of them (the
`rebuild-analytics` command): the row is recomputed from the sources, so replaying an event changes nothing.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from printdesk.jobs.adapters.orm import metadata

analytics_jobs = sa.Table(
    "analytics_jobs",
    metadata,
    sa.Column("job_id", sa.String(32), primary_key=True),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("printer", sa.String(60)),
    sa.Column("print_method", sa.String(40)),
    sa.Column("discipline", sa.String(60)),
    # The printer it was last printed on (else the one assigned).
    sa.Column("printed_on", sa.String(60)),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("approved_at", sa.DateTime(timezone=True)),
    sa.Column("printing_at", sa.DateTime(timezone=True)),
    # Null while a reverted completion has put the job back in the queue.
    sa.Column("completed_at", sa.DateTime(timezone=True)),
    sa.Column("paid_at", sa.DateTime(timezone=True)),
    sa.Column("estimated_g", sa.Numeric(9, 2)),
    sa.Column("weighed_g", sa.Numeric(9, 2)),
    sa.Column("print_hours", sa.Numeric(6, 2)),
    sa.Column("quoted_cents", sa.BigInteger),
    sa.Column("paid_cents", sa.BigInteger),
    sa.Column("refreshed_at", sa.DateTime(timezone=True), nullable=False),
)

# As in migration 0007: each time column's index carries the filters and what its reports read.
_FILTERS = ["printer", "print_method", "discipline"]
for _column, _carried in {
    "created_at": [], "approved_at": [], "completed_at": ["created_at"], "printing_at": ["printed_on", "print_hours"],
    "paid_at": ["printed_on", "paid_cents", "quoted_cents", "weighed_g", "estimated_g"],
}.items():
    sa.Index(f"ix_analytics_jobs_{_column}", analytics_jobs.c[_column],
             postgresql_include=[*_FILTERS, *_carried])
sa.Index("ix_analytics_jobs_status_created", analytics_jobs.c.status, analytics_jobs.c.created_at)

_COLUMNS = [c.name for c in analytics_jobs.c if c.name != "job_id"]

# {jobs_where} / {events_where} / {payments_where} narrow the statement to one job, or are empty.
_REFRESH = """
INSERT INTO analytics_jobs (job_id, {columns})
SELECT j.id, j.status, j.printer, j.print_method, j.discipline, COALESCE(j.printing_printer, j.printer),
       j.created_at, e.approved_at, e.printing_at,
       CASE WHEN j.status IN ('UPLOADED', 'PENDING', 'READYTOPRINT', 'PRINTING') THEN NULL ELSE e.completed_at END,
       p.recorded_at, j.weight_g, p.grams, j.time_hours,
       round(j.cost * 100)::bigint, round(p.price * 100)::bigint, now()
FROM jobs j
LEFT JOIN (
    SELECT job_id,
           min(at) FILTER (WHERE event_type = 'JobApproved') AS approved_at,
           max(at) FILTER (WHERE event_type = 'JobMarkedPrinting') AS printing_at,
           max(at) FILTER (WHERE event_type = 'JobMarkedComplete') AS completed_at
    FROM job_events
    WHERE event_type IN ('JobApproved', 'JobMarkedPrinting', 'JobMarkedComplete') {events_where}
    GROUP BY job_id
) e ON e.job_id = j.id
LEFT JOIN (
    SELECT DISTINCT ON (job_id) job_id, grams, price, recorded_at
    FROM payments WHERE is_current {payments_where}
    ORDER BY job_id, id DESC
) p ON p.job_id = j.id
{jobs_where}
ON CONFLICT (job_id) DO UPDATE SET {updates}
"""


def _statement(one_job: bool) -> sa.TextClause:
    narrow = "AND job_id = :job_id" if one_job else ""
    return sa.text(_REFRESH.format(
        columns=", ".join(_COLUMNS), events_where=narrow, payments_where=narrow,
        jobs_where="WHERE j.id = :job_id" if one_job else "",
        updates=", ".join(f"{c} = EXCLUDED.{c}" for c in _COLUMNS),
    ))


async def refresh_job(session: AsyncSession, job_id: str) -> bool:
    """Recompute the facts of one job; a job that is gone (deleted, pruned) leaves the read model.
    True if the job exists."""
    written = await session.execute(_statement(one_job=True), {"job_id": job_id})
    if written.rowcount:
        return True
    await session.execute(sa.delete(analytics_jobs).where(analytics_jobs.c.job_id == job_id))
    return False


async def rebuild_all(session: AsyncSession) -> int:
    """Recompute the whole read model from the sources in one statement; the number of jobs."""
    await session.execute(sa.text("DELETE FROM analytics_jobs"))
    written = await session.execute(_statement(one_job=False))
    return written.rowcount


# Run outside a transaction after a rebuild: fresh statistics, and a visibility map for index-only scans.
VACUUM = ("VACUUM (ANALYZE) analytics_jobs", "VACUUM (ANALYZE) job_events")
