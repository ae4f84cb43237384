-- The scoring service's own schema: its projection of submissions with the current score, and every
-- computation ever made (inputs, result, rule version). Scores are numeric, never float.
create table scored_submission (
    id                   text primary key,              -- departmentCode:fiscalYear
    department_code      text           not null,
    fiscal_year          integer        not null,
    department_name      text           not null,
    region_code          text           not null,
    submission_version   integer        not null,
    submission_revision  bigint         not null,
    submission_status    text           not null,
    income_total         numeric(18, 6) not null,
    expenditure_total    numeric(18, 6) not null,
    budget_total         numeric(18, 6) not null,
    computation_count    integer        not null,
    execution_rate       numeric(9, 2)  not null,
    total                numeric(9, 2)  not null,
    max_total            numeric(9, 2)  not null,
    converted            numeric(9, 2)  not null,
    grade                text           not null,
    computed_at          timestamptz    not null
);
create index scored_submission_region_year on scored_submission (region_code, fiscal_year);

create table score_computation (
    id               bigserial primary key,
    department_code  text        not null,
    fiscal_year      integer     not null,
    sequence         integer     not null,
    rule_version     text        not null,
    inputs           text        not null,
    result           text        not null,
    computed_at      timestamptz not null,
    unique (department_code, fiscal_year, sequence)
);
