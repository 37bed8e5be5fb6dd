'use client';

import { useRef, type KeyboardEvent } from 'react';
import { JOB_STATUSES, JOB_STATUS_LABELS, type JobCounts, type JobStatus } from '../api/jobs';

export const jobTabId = (status: JobStatus) => `job-tab-${status}`;
export const JOB_PANEL_ID = 'job-panel';

interface StatusTabsProps {
  selected: JobStatus;
  counts: JobCounts | null;
  onSelect: (status: JobStatus) => void;
  /** Search or filters are on: the counts are match counts (shown in orange). */
  matching?: boolean;
}

/**
 * One tab per job status (WAI-ARIA tabs pattern, automatic activation):
 * arrow keys move between tabs, Home/End jump to the ends, and only the
 * selected tab is in the Tab order.
 */
export function StatusTabs({ selected, counts, onSelect, matching = false }: StatusTabsProps) {
  const tabRefs = useRef<Partial<Record<JobStatus, HTMLButtonElement | null>>>({});

  function move(to: JobStatus) {
    onSelect(to);
    const tab = tabRefs.current[to];
    tab?.focus();
    // The tab row scrolls sideways on narrow screens: keep the chosen tab in view.
    tab?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = JOB_STATUSES.indexOf(selected);
    const last = JOB_STATUSES.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? JOB_STATUSES[index === last ? 0 : index + 1]
        : event.key === 'ArrowLeft'
          ? JOB_STATUSES[index === 0 ? last : index - 1]
          : event.key === 'Home'
            ? JOB_STATUSES[0]
            : event.key === 'End'
              ? JOB_STATUSES[last]
              : undefined;
    if (!target) return;
    event.preventDefault();
    move(target);
  }

  return (
    <div className="-mx-4 overflow-x-auto px-4 pt-1 sm:mx-0 sm:px-0">
      <div
        role="tablist"
        aria-label="Jobs by status"
        onKeyDown={handleKeyDown}
        className="flex min-w-max gap-1 border-b border-slate-200"
      >
        {JOB_STATUSES.map((status) => {
          const isSelected = status === selected;
          const count = counts?.[status];
          return (
            <button
              key={status}
              ref={(el) => {
                tabRefs.current[status] = el;
              }}
              id={jobTabId(status)}
              type="button"
              role="tab"
              aria-selected={isSelected}
              aria-controls={JOB_PANEL_ID}
              tabIndex={isSelected ? 0 : -1}
              aria-label={
                count === undefined
                  ? JOB_STATUS_LABELS[status]
                  : `${JOB_STATUS_LABELS[status]} ${count} ${matching ? 'matching ' : ''}${count === 1 ? 'job' : 'jobs'}`
              }
              onClick={() => onSelect(status)}
              className={`-mb-px inline-flex min-h-11 items-center gap-2 rounded-t-lg border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap transition-colors focus-visible:-outline-offset-3 ${
                isSelected
                  ? 'border-teal-700 text-teal-900'
                  : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900'
              }`}
            >
              {JOB_STATUS_LABELS[status]}{' '}
              <span
                data-testid={`count-${status}`}
                className={`min-w-6 rounded-full px-1.5 py-0.5 text-center text-xs font-semibold tabular-nums ${
                  matching
                    ? isSelected
                      ? 'bg-orange-700 text-white'
                      : count
                        ? 'bg-orange-100 text-orange-900 ring-1 ring-orange-300'
                        : 'bg-orange-50 text-orange-700'
                    : isSelected
                      ? 'bg-teal-700 text-white'
                      : count
                        ? 'bg-slate-200 text-slate-800'
                        : 'bg-slate-100 text-slate-500'
                }`}
              >
                {count ?? '–'}
              </span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
