-- The platform's record of which Keycloak user fills in for which department (ADR 0018). The user
-- accounts and the claims in their tokens stay in Keycloak; the admin keeps this mapping in the portal.
create table department_user (
    username         text primary key,
    department_code  text not null references department (code),
    added_by         text not null,
    added_at         timestamptz not null default now()
);
insert into department_user (username, department_code, added_by) values
    ('dept-xushui-zgh', '130609001', 'realm'),
    ('dept-xushui-rsj', '130609002', 'realm'),
    ('dept-xushui-chz', '130609003', 'realm'),
    ('dept-yanbian-zgh', '510422001', 'realm'),
    ('dept-junshan-zgh', '430611001', 'realm');
