-- Ages 12 up to 16 answer a proposal together (issue 14; BW 7:450 lid 2): the young person and a parent with
-- authority each answer, and only both yeses accept it; one no declines it. Every answer is kept, for every age: who
-- answered, on which side, yes or no, and why. One answer per side: a second tap of the same side, or the other parent
-- after the first, meets the primary key. The proposal's own status changes once, under its row lock (the route).
create table offer_proposal_answers (
  org_id uuid not null references organisations (id),
  proposal_id uuid not null,
  party text not null check (party in ('person', 'representative')),
  answer text not null check (answer in ('accepted', 'declined')),
  answered_by uuid not null,
  answered_at timestamptz not null default now(),
  reason text check (reason is null or length(trim(reason)) between 1 and 1000),
  primary key (org_id, proposal_id, party),
  foreign key (org_id, proposal_id) references offer_proposals (org_id, id),
  foreign key (org_id, answered_by) references users (org_id, id)
);

alter table offer_proposal_answers enable row level security;
create policy offer_proposal_answers_org on offer_proposal_answers using (org_id = app_org_id()) with check (org_id = app_org_id());
-- an answer is given once and never changed or deleted
grant select, insert on offer_proposal_answers to meedoen_app;
