-- Every public version of a department-year's report, immutable: published, corrected (with its
-- 更正说明) or withdrawn (with its reason). A version with content keeps the facts it showed as JSON,
-- so that it reads the same forever, whatever the read model becomes.
create table published_version (
    id               bigserial primary key,
    department_code  text        not null,
    fiscal_year      integer     not null,
    region_code      text        not null,
    version          integer     not null,
    action           text        not null,
    note             text,
    actor            text        not null,
    occurred_at      timestamptz not null,
    facts            text,
    constraint published_version_once unique (department_code, fiscal_year, version)
);
create index published_version_region_year on published_version (region_code, fiscal_year);
