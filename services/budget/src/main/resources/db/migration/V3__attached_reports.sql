-- The narrative report attached to a submission version: its metadata with the version, its content
-- once per submission and digest (a correction that keeps the report does not copy it).
alter table submission add column report jsonb;
alter table submission_version add column report jsonb;

create table report_document (
    submission_id uuid        not null references submission (id),
    sha256        text        not null,
    content_type  text        not null,
    content       bytea       not null,
    stored_at     timestamptz not null default now(),
    primary key (submission_id, sha256)
);
