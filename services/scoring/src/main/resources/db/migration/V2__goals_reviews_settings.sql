-- Scoring grows from the execution rate alone to DESIGN §4 in full: the projection keeps the latest
-- goals document of each department-year (from indicator.goals.v1), the bureau's re-scores (复核) are
-- kept row by row as the audit trail, each jurisdiction chooses among the formula variants, and the
-- current score carries the department's own score beside the final one.
create table goal_projection (
    id               text primary key,              -- departmentCode:fiscalYear
    department_code  text        not null,
    fiscal_year      integer     not null,
    goals_revision   bigint      not null,          -- the producer's aggregateVersion
    goals_version    integer     not null,
    document         text        not null,          -- GoalsAccepted as received
    received_at      timestamptz not null
);

create table score_review (
    id               bigserial primary key,
    department_code  text          not null,
    fiscal_year      integer       not null,
    item_code        text          not null,
    item_name        text          not null,
    points           numeric(9, 2),                 -- null: the bureau withdrew its re-score
    previous_points  numeric(9, 2) not null,        -- the item's final points before this review
    reason           text          not null,
    reviewer         text          not null,
    reviewed_at      timestamptz   not null
);
create index score_review_department_year on score_review (department_code, fiscal_year, id);

create table jurisdiction_setting (
    region_code                  text primary key,  -- GB/T 2260 code, or '*' for the default
    reverse_formula              text          not null,
    qualitative_achieved         numeric(5, 4) not null,
    qualitative_partial          numeric(5, 4) not null,
    qualitative_failed           numeric(5, 4) not null,
    deviation_threshold_percent  numeric(7, 2) not null,
    updated_by                   text          not null,
    updated_at                   timestamptz   not null
);
insert into jurisdiction_setting values ('*', 'LINEAR_TO_DOUBLE_TARGET', 1, 0.7, 0.3, 130, 'system', now());

alter table scored_submission add column goals_version integer;
alter table scored_submission add column self_total numeric(9, 2);
alter table scored_submission add column self_converted numeric(9, 2);
alter table scored_submission add column self_grade text;
alter table scored_submission add column reviewed boolean not null default false;
alter table scored_submission add column finding_count integer not null default 0;
update scored_submission set self_total = total, self_converted = converted, self_grade = grade;

alter table score_computation add column trigger text not null default 'submission';
alter table score_computation add column detail text;
