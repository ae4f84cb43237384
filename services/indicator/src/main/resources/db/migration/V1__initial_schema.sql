-- The indicator service's own schema. Evaluation frameworks are versioned data: a framework and its
-- items with maximum points (numeric, never float).
create table framework (
    id          text primary key,
    name        text    not null,
    version     integer not null,
    source      text    not null
);

create table framework_item (
    id            text primary key,
    framework_id  text          not null references framework (id),
    position      integer       not null,
    level         integer       not null,
    name          text          not null,
    max_points    numeric(7, 2) not null,
    criteria      text
);
create index framework_item_framework on framework_item (framework_id, position);

-- 财预〔2020〕10号: 项目支出绩效自评表 (预算执行率 10, 产出 50, 效益 30, 服务对象满意度 10).
insert into framework (id, name, version, source) values
    ('mof-project-2020', '项目支出绩效自评表', 1, '财政部 财预〔2020〕10号');
insert into framework_item (id, framework_id, position, level, name, max_points, criteria) values
    ('mof-project-2020/execution', 'mof-project-2020', 1, 1, '预算执行率', 10, '执行数/预算数 × 10，最高10分'),
    ('mof-project-2020/output', 'mof-project-2020', 2, 1, '产出指标', 50, '数量、质量、时效、成本指标'),
    ('mof-project-2020/effect', 'mof-project-2020', 3, 1, '效益指标', 30, '经济、社会、生态效益与可持续影响'),
    ('mof-project-2020/satisfaction', 'mof-project-2020', 4, 1, '满意度指标', 10, '服务对象满意度');
