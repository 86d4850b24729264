import { describe, expect, it } from 'vitest';
import {
  answerChangeRefusal,
  currentAnswers,
  mayAnswerAgain,
  proposalAnswerRefusal,
  proposalAnsweredTogether,
  proposalOutcome,
} from './proposal-answer.js';

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

describe('a waiting yes may become a no ("Toch niet"), only by the one who said it', () => {
  const yes = (party: 'person' | 'representative') => ({ party, answer: 'accepted' as const });
  const no = (party: 'person' | 'representative') => ({ party, answer: 'declined' as const });
  const mine = { answer: 'accepted' as const, answeredById: 'noor' };

  it('a side’s later answer replaces its earlier one', () => {
    expect(currentAnswers([yes('person'), yes('representative'), no('person')])).toEqual([no('person'), yes('representative')]);
    expect(proposalOutcome('both', [yes('person'), no('person')], no('person'))).toBe('declined');
    expect(proposalOutcome('both', [yes('person'), no('person'), yes('representative')], yes('representative'))).toBe('declined');
  });

  it('the one who said yes changes it while the proposal waits', () => {
    const base = { status: 'proposed' as const, callerParty: 'person' as const, callerId: 'noor', side: 'person' as const };
    expect(answerChangeRefusal({ ...base, current: mine })).toBeNull();
    expect(answerChangeRefusal({ ...base, current: undefined })).toBe('proposal.no_yes_to_change');
    expect(answerChangeRefusal({ ...base, current: { ...mine, answer: 'declined' } })).toBe('proposal.no_yes_to_change');
  });

  it('not the other side’s answer, nor another parent’s; refused before anything about its state', () => {
    const parent = { status: 'accepted' as const, callerParty: 'representative' as const, callerId: 'vader' };
    expect(answerChangeRefusal({ ...parent, side: 'person', current: mine })).toBe('proposal.not_your_answer');
    expect(
      answerChangeRefusal({
        ...parent,
        status: 'proposed',
        side: 'representative',
        current: { ...mine, answeredById: 'moeder' },
      }),
    ).toBe('proposal.not_your_answer');
  });

  it('once accepted or declined the answers stand; a withdrawn proposal is not open', () => {
    const base = { callerParty: 'person' as const, callerId: 'noor', side: 'person' as const, current: mine };
    expect(answerChangeRefusal({ ...base, status: 'accepted' })).toBe('proposal.already_answered');
    expect(answerChangeRefusal({ ...base, status: 'declined' })).toBe('proposal.already_answered');
    expect(answerChangeRefusal({ ...base, status: 'withdrawn' })).toBe('proposal.not_open');
  });

  it('a side answers once, except a young person’s waiting yes confirmed once they are 16 (BW 7:447)', () => {
    expect(mayAnswerAgain('both', 'person', 'accepted', 'accepted')).toBe(false);
    expect(mayAnswerAgain('client', 'person', 'accepted', 'accepted')).toBe(true);
    expect(mayAnswerAgain('client', 'person', 'accepted', 'declined')).toBe(false);
    expect(mayAnswerAgain('client', 'representative', 'accepted', 'accepted')).toBe(false);
  });
});
