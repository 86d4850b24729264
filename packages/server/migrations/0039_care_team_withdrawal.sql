-- A planned care-team membership (one that has not begun) can be withdrawn: its period becomes empty, ending the day
-- before it would have begun. Every access rule asks whether a date lies within valid_from … valid_until, and no date
-- lies within an empty period, so a withdrawn plan never opens the record to anyone, not even on its first day
-- (WGBO, BW 7:457: only those directly involved in the care). The row stays, as the record of what was planned.
alter table care_team_members drop constraint care_team_members_check;
alter table care_team_members
  add constraint care_team_members_period check (valid_until is null or valid_until >= valid_from - 1);
