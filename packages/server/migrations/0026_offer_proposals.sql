-- Matches are actionable (issue 14): a professional proposes an offer to the person, the person accepts or
-- declines in the portal (participation on the person's own wish, 003 L1540-1544), and an accepted proposal
-- becomes an enrolment request for the coordinator, who places the person or declines with a reason.
create table offer_proposals (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  client_id uuid not null,
  offer_id uuid not null,
  group_id uuid,
  message text not null check (length(trim(message)) between 1 and 1000),
  status text not null default 'proposed' check (status in ('proposed', 'accepted', 'declined', 'withdrawn')),
  proposed_by uuid not null,
  proposed_at timestamptz not null default now(),
  -- the person's (or their representative's) answer
  answered_by uuid,
  answered_at timestamptz,
  answer_reason text check (answer_reason is null or length(answer_reason) <= 1000),
  withdrawn_by uuid,
  withdrawn_at timestamptz,
  -- the enrolment request an acceptance makes, for the coordinator(s) named at that moment
  request_status text check (request_status in ('open', 'placed', 'declined')),
  coordinator_ids uuid[] not null default '{}',
  request_closed_by uuid,
  request_closed_at timestamptz,
  request_decline_reason text check (request_decline_reason is null or length(trim(request_decline_reason)) between 1 and 1000),
  enrolment_id uuid,
  unique (org_id, id),
  foreign key (org_id, client_id) references clients (org_id, id),
  foreign key (org_id, offer_id) references offers (org_id, id),
  foreign key (org_id, group_id) references activity_groups (org_id, id),
  foreign key (org_id, proposed_by) references users (org_id, id),
  foreign key (org_id, answered_by) references users (org_id, id),
  foreign key (org_id, withdrawn_by) references users (org_id, id),
  foreign key (org_id, request_closed_by) references users (org_id, id),
  foreign key (org_id, enrolment_id) references enrolments (org_id, id),
  check ((status = 'proposed') = (answered_at is null and withdrawn_at is null)),
  check ((status in ('accepted', 'declined')) = (answered_by is not null and answered_at is not null)),
  check ((status = 'withdrawn') = (withdrawn_by is not null and withdrawn_at is not null)),
  check ((status = 'accepted') = (request_status is not null)),
  check ((request_status in ('placed', 'declined')) = (request_closed_by is not null and request_closed_at is not null)),
  check ((request_status = 'declined') = (request_decline_reason is not null)),
  check ((request_status = 'placed') = (enrolment_id is not null))
);
-- No two open proposals of one offer to one person: a proposal waiting for the person's answer, or an accepted one
-- whose request the coordinator has not yet handled. Parallel proposals: one wins, the others meet this index.
create unique index offer_proposals_one_open on offer_proposals (client_id, offer_id)
  where status = 'proposed' or request_status = 'open';
create index offer_proposals_client_idx on offer_proposals (client_id, proposed_at desc);
create index offer_proposals_open_requests_idx on offer_proposals using gin (coordinator_ids) where request_status = 'open';

alter table offer_proposals enable row level security;
create policy offer_proposals_org on offer_proposals using (org_id = app_org_id()) with check (org_id = app_org_id());
-- each step is an update of the proposal's status with who and when; a proposal is never deleted
grant select, insert, update on offer_proposals to meedoen_app;

-- The two messages this leaves: for the person, an offer proposed; for the coordinator, an enrolment request.
alter table notifications drop constraint notifications_kind_check;
alter table notifications add constraint notifications_kind_check check (kind in ('referral_to_accept', 'plan_awaiting_agreement',
  'evaluation_recorded', 'offer_proposed', 'enrolment_request'));
