import { describe, expect, it } from 'vitest';
import { proposalAnswerRefusal } from './proposal-answer.js';

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
