-- The department-year's performance goals and indicators (indicator.goals.v1) as JSON, with the goals'
-- own version so that a late or repeated event changes nothing.
alter table report_view add column goals_version bigint not null default 0;
alter table report_view add column goals text;
