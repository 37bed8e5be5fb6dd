import { describe, expect, it } from 'vitest';
import { eventActor, eventLabel } from './event-labels';

describe('audit trail wording', () => {
  it('names known events in the lab’s words and spaces out new ones', () => {
    expect(eventLabel('JobApproved')).toBe('Approved and quoted');
    expect(eventLabel('PickupReverted')).toBe('Pickup undone');
    expect(eventLabel('FileOpenedInSlicer')).toBe('File opened in slicer');
    expect(eventLabel('FileOpenedInSlicer', { file: 'Uploaded/a.stl', slicer: 'PrusaSlicer' })).toBe('Opened in PrusaSlicer');
    expect(eventLabel('JobApproved', { slicer: 'PrusaSlicer' })).toBe('Approved and quoted');
  });

  it('says who did it', () => {
    expect(eventActor({ staff_name: 'Grace', workstation: 'front-desk', event_type: 'JobApproved' })).toBe('Grace at front-desk');
    expect(eventActor({ staff_name: null, workstation: null, event_type: 'StudentConfirmed' })).toBe('Student');
    expect(eventActor({ staff_name: null, workstation: null, event_type: 'ConfirmationResent' })).toBe('PrintDesk');
    // The workstation handler reports the opening; no staff member is named by it.
    expect(eventActor({ staff_name: null, workstation: 'front-desk', event_type: 'FileOpenedInSlicer' })).toBe('front-desk');
  });
});
