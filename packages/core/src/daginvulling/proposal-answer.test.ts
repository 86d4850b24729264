import { describe, expect, it } from 'vitest';
import { proposalAnswerRefusal, proposalAnsweredTogether, proposalOutcome } from './proposal-answer.js';

const TODAY = '2026-12-02';
const CHILD = '2017-04-09'; // 9
const TEEN = '2012-06-01'; // 14
const SEVENTEEN = '2009-06-01';
const ADULT = '1991-06-21';

describe('who answers a proposal (WGBO ages)', () => {
  it('a professional or a relative by consent never answers', () => {
    for (const basis of ['care_team', 'consent', 'organisation', 'break_glass'] as const)
      expect(proposalAnswerRefusal({ basis, representations: [] }, ADULT, TODAY)).toBe('proposal.only_the_person');
  });

  it('under 12 the parent answers, not the child', () => {
    expect(proposalAnswerRefusal({ basis: 'self', representations: [] }, CHILD, TODAY)).toBe('proposal.representative_decides');
    expect(proposalAnswerRefusal({ basis: 'representative', representations: ['ouderlijk_gezag'] }, CHILD, TODAY)).toBeNull();
  });

  it('from 12 up to 16 the young person and the parent may each answer', () => {
    expect(proposalAnswerRefusal({ basis: 'self', representations: [] }, TEEN, TODAY)).toBeNull();
    expect(proposalAnswerRefusal({ basis: 'representative', representations: ['ouderlijk_gezag'] }, TEEN, TODAY)).toBeNull();
  });

  it('from 16 a parent no longer answers; a mentor or curator still does', () => {
    expect(proposalAnswerRefusal({ basis: 'self', representations: [] }, SEVENTEEN, TODAY)).toBeNull();
    expect(proposalAnswerRefusal({ basis: 'representative', representations: ['ouderlijk_gezag'] }, SEVENTEEN, TODAY)).toBe(
      'proposal.only_the_person',
    );
    expect(proposalAnswerRefusal({ basis: 'representative', representations: ['mentor'] }, ADULT, TODAY)).toBeNull();
    expect(proposalAnswerRefusal({ basis: 'representative', representations: ['curator'] }, ADULT, TODAY)).toBeNull();
  });
});

describe('ages 12 up to 16 answer together (BW 7:450 lid 2)', () => {
  it('the second answer comes from a parent with authority, not from someone authorised in writing', () => {
    expect(proposalAnswerRefusal({ basis: 'representative', representations: ['schriftelijk_gemachtigde'] }, TEEN, TODAY)).toBe(
      'proposal.parental_authority_required',
    );
  });

  it('both must say yes; one no declines; one yes waits for the other', () => {
    const yes = (party: 'person' | 'representative') => ({ party, answer: 'accepted' as const });
    const no = (party: 'person' | 'representative') => ({ party, answer: 'declined' as const });
    expect(proposalOutcome('both', [yes('person')], yes('person'))).toBe('waiting');
    expect(proposalOutcome('both', [yes('representative')], yes('representative'))).toBe('waiting');
    expect(proposalOutcome('both', [yes('person'), yes('representative')], yes('representative'))).toBe('accepted');
    expect(proposalOutcome('both', [yes('person'), no('representative')], no('representative'))).toBe('declined');
    expect(proposalOutcome('both', [no('person')], no('person'))).toBe('declined');
  });

  it('outside 12 up to 16 the one who may answer decides alone', () => {
    expect(proposalOutcome('client', [{ party: 'person', answer: 'accepted' }], { party: 'person', answer: 'accepted' })).toBe(
      'accepted',
    );
    expect(
      proposalOutcome('representative', [{ party: 'representative', answer: 'declined' }], {
        party: 'representative',
        answer: 'declined',
      }),
    ).toBe('declined');
  });

  it('the age is taken on the day of answering', () => {
    expect(proposalAnsweredTogether('2014-12-03', '2026-12-02')).toBe(false); // 11
    expect(proposalAnsweredTogether('2014-12-02', '2026-12-02')).toBe(true); // 12 today
    expect(proposalAnsweredTogether('2010-12-03', '2026-12-02')).toBe(true); // 15
    expect(proposalAnsweredTogether('2010-12-02', '2026-12-02')).toBe(false); // 16 today
  });
});
