-- Withdrawing a proposal says why (issue 14): the person sees that it was withdrawn, by whom and why. Earlier
-- withdrawals kept no reason, so the reason is required only from now on (the route requires it).
alter table offer_proposals add column withdraw_reason text
  check (withdraw_reason is null or (status = 'withdrawn' and length(trim(withdraw_reason)) between 1 and 1000));
