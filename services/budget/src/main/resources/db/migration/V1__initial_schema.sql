-- The budget service's own schema. Amounts are 万元 kept to the fen: numeric(18, 6), never float.
create table submission (
    id                uuid primary key,
    department_code   text           not null,
    department_name   text           not null,
    region_code       text           not null,
    fiscal_year       integer        not null,
    version           integer        not null,
    revision          bigint         not null,
    status            text           not null,
    income_total      numeric(18, 6) not null,
    expenditure_total numeric(18, 6) not null,
    budget_total      numeric(18, 6) not null,
    review_comment    text,
    updated_by        text           not null,
    updated_at        timestamptz    not null,
    constraint submission_one_per_department_year unique (department_code, fiscal_year)
);
create index submission_region_year on submission (region_code, fiscal_year);

-- Every state change: who, when, what, before and after (DESIGN §7).
create table submission_audit (
    id              bigserial primary key,
    submission_id   uuid        not null references submission (id),
    actor           text        not null,
    action          text        not null,
    occurred_at     timestamptz not null,
    before_state    text,
    after_state     text        not null
);
create index submission_audit_submission on submission_audit (submission_id, id);
