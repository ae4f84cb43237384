-- Frameworks become versioned trees: a family code, a scope (department overall or project), items with
-- parents, keys, required evidence and a kind (scored or deduction); a maximum may be left to
-- configuration (徐水's categories). Frameworks are assigned per region and year. The shipped
-- frameworks themselves are loaded at start-up from classpath:frameworks/*.json.
alter table framework add column code text;
alter table framework add column scope text not null default 'PROJECT';
update framework set code = 'mof-project' where id = 'mof-project-2020';
alter table framework alter column code set not null;
alter table framework alter column scope drop default;
alter table framework add constraint framework_code_version unique (code, version);

alter table framework_item add column parent_id text references framework_item (id);
alter table framework_item add column item_key text;
update framework_item set item_key = substring(id from position('/' in id) + 1);
alter table framework_item alter column item_key set not null;
alter table framework_item add column evidence text;
alter table framework_item add column kind text not null default 'SCORED';
alter table framework_item alter column max_points drop not null;
alter table framework_item add constraint framework_item_max_not_negative check (max_points is null or max_points >= 0);

create table framework_assignment (
    id            text primary key,                 -- regionCode:fiscalYear:scope
    region_code   text        not null,
    fiscal_year   integer     not null,
    scope         text        not null,
    framework_id  text        not null references framework (id),
    assigned_by   text        not null,
    assigned_at   timestamptz not null
);
create index framework_assignment_region_year on framework_assignment (region_code, fiscal_year);

-- A department-year's goals document (the payload of indicator.goals.v1) and every accepted version.
create table goal_set (
    id               text primary key,              -- departmentCode:fiscalYear
    department_code  text        not null,
    fiscal_year      integer     not null,
    region_code      text        not null,
    department_name  text        not null,
    version          integer     not null,
    document         text        not null,
    saved_by         text        not null,
    saved_at         timestamptz not null
);
create index goal_set_region_year on goal_set (region_code, fiscal_year);

create table goal_revision (
    id               bigserial primary key,
    department_code  text        not null,
    fiscal_year      integer     not null,
    version          integer     not null,
    document         text        not null,
    saved_by         text        not null,
    saved_at         timestamptz not null,
    unique (department_code, fiscal_year, version)
);
