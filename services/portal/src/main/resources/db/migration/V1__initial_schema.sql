-- The portal's own schema: the directory of regions and departments that users' token claims refer
-- to (users themselves live in Keycloak).
create table region (
    code  text primary key,
    name  text not null
);
create table department (
    code         text primary key,
    name         text not null,
    region_code  text not null references region (code)
);
insert into region (code, name) values
    ('130609', '保定市徐水区'),
    ('510422', '盐边县'),
    ('430611', '岳阳市君山区');
insert into department (code, name, region_code) values
    ('130609001', '保定市徐水区总工会', '130609'),
    ('130609002', '保定市徐水区人力资源和社会保障局', '130609'),
    ('130609003', '漕河镇人民政府', '130609'),
    ('510422001', '盐边县总工会', '510422'),
    ('430611001', '岳阳市君山区总工会', '430611');
