-- The publication service's read model: one row per department-year, fed by budget.submissions.v1
-- and scoring.results.v1. Each source keeps its own version so that late or repeated events are ignored.
create table region (
    code  text primary key,
    name  text not null
);
insert into region (code, name) values
    ('130609', '保定市徐水区'),
    ('510422', '盐边县'),
    ('430611', '岳阳市君山区');

create table report_view (
    id                   text primary key,              -- departmentCode:fiscalYear
    department_code      text        not null,
    fiscal_year          integer     not null,
    department_name      text,
    region_code          text,
    submission_revision  bigint      not null default 0,
    submission_status    text,
    income_total         numeric(18, 6),
    expenditure_total    numeric(18, 6),
    budget_total         numeric(18, 6),
    score_version        bigint      not null default 0,
    execution_rate       numeric(9, 2),
    score_total          numeric(9, 2),
    score_max            numeric(9, 2),
    score_converted      numeric(9, 2),
    grade                text,
    updated_at           timestamptz not null
);
create index report_view_region_year on report_view (region_code, fiscal_year);
