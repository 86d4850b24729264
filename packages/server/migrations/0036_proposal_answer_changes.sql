-- A yes may become a no while the proposal still waits (issue 14): the person's wish leads (003 L21), and from 12 up
-- to 16 a proposal needs the young person's and a parent's yes (BW 7:450 lid 2), so until both are there either side
-- that said yes may still say no. An answer is still never changed or deleted: a side's later answer is a new row
-- with the next number, so the yes that was taken back stays readable; a side's current answer is its highest number.
-- Two changes of the same answer meet the primary key; the route counts them under the proposal's row lock.
alter table offer_proposal_answers add column seq smallint not null default 1 check (seq between 1 and 10);
alter table offer_proposal_answers drop constraint offer_proposal_answers_pkey;
alter table offer_proposal_answers add constraint offer_proposal_answers_pkey primary key (org_id, proposal_id, party, seq);
