-- A department may withdraw its goals: the row stays (so that versions keep growing for the consumers)
-- and is marked withdrawn; the withdrawal is a revision of its own in the audit trail.
alter table goal_set add column withdrawn boolean not null default false;
alter table goal_revision add column withdrawn boolean not null default false;
