import { describe, expect, it } from 'vitest';
import { parentalAuthorityUntil, relationOf, validateRepresentation, validateRepresentationApproval } from './representation.js';

const TODAY = '2026-11-22';

describe('legal representation needs a legal basis (finding 1)', () => {
  it('parental authority is derived from the date of birth and ends at 18', () => {
    expect(validateRepresentation({ basis: 'ouderlijk_gezag', documentRef: null }, { birthDate: '2017-04-09' }, TODAY)).toEqual(
      [],
    );
    expect(
      validateRepresentation({ basis: 'ouderlijk_gezag', documentRef: null }, { birthDate: '2008-11-22' }, TODAY).map(
        (v) => v.code,
      ),
    ).toEqual(['representation.parental_authority_ended']);
    expect(parentalAuthorityUntil('2017-04-09')).toBe('2035-04-08');
    expect(parentalAuthorityUntil('2008-02-29')).toBe('2026-02-28');
    expect(relationOf('ouderlijk_gezag')).toBe('ouder');
    expect(relationOf('mentor')).toBe('wettelijk_vertegenwoordiger');
  });

  it('a curator, mentor or written authorisation needs its document', () => {
    for (const basis of ['curator', 'mentor', 'schriftelijk_gemachtigde'] as const) {
      expect(validateRepresentation({ basis, documentRef: null }, { birthDate: '1960-01-01' }, TODAY).map((v) => v.code)).toEqual(
        ['representation.document_required'],
      );
      expect(
        validateRepresentation({ basis, documentRef: 'Beschikking rb. Utrecht 2025/811' }, { birthDate: '1960-01-01' }, TODAY),
      ).toEqual([]);
    }
  });

  it('a representation not derived from the date of birth is approved by a second person', () => {
    const pending = { basis: 'mentor' as const, recordedBy: 'u1', approvedAt: null };
    expect(validateRepresentationApproval(pending, 'u1').map((v) => v.code)).toEqual(['representation.second_person_required']);
    expect(validateRepresentationApproval(pending, 'u2')).toEqual([]);
    expect(validateRepresentationApproval({ ...pending, approvedAt: '2026-11-01T10:00:00Z' }, 'u2').map((v) => v.code)).toEqual([
      'representation.approval_not_needed',
    ]);
    expect(validateRepresentationApproval({ ...pending, basis: 'ouderlijk_gezag' }, 'u2').map((v) => v.code)).toEqual([
      'representation.approval_not_needed',
    ]);
  });
});
