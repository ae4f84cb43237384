-- Issue 3: the whole submission document, its versions, explanations of warnings, what changed in
-- each audited step, the findings of every save (rule statistics), score and publication state from
-- other services' events, and the functional classification as reference data.

-- The current version's document (JSON of the submission document) and its explanations of warnings.
alter table submission add column document jsonb;
alter table submission add column explanations jsonb not null default '[]';
alter table submission add column correction_note text;
update submission set document = jsonb_build_object(
        'departmentCode', department_code, 'departmentName', department_name, 'fiscalYear', fiscal_year,
        'figures', jsonb_build_object('incomeTotal', income_total::text, 'expenditureTotal', expenditure_total::text,
                                      'budgetTotal', budget_total::text));
alter table submission alter column document set not null;
-- The effective totals; a draft may still lack them (a finding blocks its submission).
alter table submission alter column income_total drop not null;
alter table submission alter column expenditure_total drop not null;
alter table submission alter column budget_total drop not null;

-- Every version as it last stood; an accepted version is never changed again.
create table submission_version (
    submission_id   uuid        not null references submission (id),
    version         integer     not null,
    status          text        not null,
    document        jsonb       not null,
    explanations    jsonb       not null,
    correction_note text,
    review_comment  text,
    updated_by      text        not null,
    updated_at      timestamptz not null,
    primary key (submission_id, version)
);
insert into submission_version
select id, version, status, document, explanations, correction_note, review_comment, updated_by, updated_at from submission;

-- What changed in each audited step: [{"path": …, "before": …, "after": …}].
alter table submission_audit add column version integer;
alter table submission_audit add column changes jsonb not null default '[]';

-- The findings of every save, for the bureau's rule statistics (how often each rule fired, on whom).
create table finding_record (
    id              bigserial primary key,
    submission_id   uuid        not null references submission (id),
    revision        bigint      not null,
    region_code     text        not null,
    department_code text        not null,
    department_name text        not null,
    fiscal_year     integer     not null,
    rule_id         text        not null,
    severity        text        not null,
    location        text        not null,
    recorded_at     timestamptz not null
);
create index finding_record_region_rule on finding_record (region_code, fiscal_year, rule_id);
create index finding_record_submission on finding_record (submission_id, revision);

-- Score and publication state of a department-year, from scoring.results.v1 and publication.events.v1.
create table submission_outcome (
    id                  text primary key, -- departmentCode:fiscalYear, the events' key
    score_sequence      bigint      not null default 0,
    score_of_version    integer,
    execution_rate      numeric(9, 2),
    score_total         numeric(9, 2),
    score_max           numeric(9, 2),
    score_converted     numeric(9, 2),
    grade               text,
    scored_at           timestamptz,
    publication_sequence bigint     not null default 0,
    publication_action  text,
    public_version      integer,
    public_path         text,
    publication_note    text,
    published_at        timestamptz
);

-- 政府收支分类科目 (functional classification): reference data, extended by the admin.
create table classification_code (
    code        text primary key check (code ~ '^([0-9]{3}|[0-9]{5}|[0-9]{7})$'),
    name        text        not null,
    added_by    text        not null,
    added_at    timestamptz not null default now()
);
insert into classification_code (code, name, added_by) values
    ('201', '一般公共服务支出', 'system'),
    ('20101', '人大事务', 'system'),
    ('2010101', '行政运行', 'system'),
    ('20103', '政府办公厅（室）及相关机构事务', 'system'),
    ('2010301', '行政运行', 'system'),
    ('2010302', '一般行政管理事务', 'system'),
    ('2010350', '事业运行', 'system'),
    ('2010399', '其他政府办公厅（室）及相关机构事务支出', 'system'),
    ('20129', '群众团体事务', 'system'),
    ('2012901', '行政运行', 'system'),
    ('2012902', '一般行政管理事务', 'system'),
    ('2012903', '机关服务', 'system'),
    ('2012904', '工会事务', 'system'),
    ('2012950', '事业运行', 'system'),
    ('2012999', '其他群众团体事务支出', 'system'),
    ('204', '公共安全支出', 'system'),
    ('205', '教育支出', 'system'),
    ('206', '科学技术支出', 'system'),
    ('207', '文化旅游体育与传媒支出', 'system'),
    ('208', '社会保障和就业支出', 'system'),
    ('20801', '人力资源和社会保障管理事务', 'system'),
    ('2080101', '行政运行', 'system'),
    ('2080102', '一般行政管理事务', 'system'),
    ('2080109', '社会保险经办机构', 'system'),
    ('2080111', '公共就业服务和职业技能鉴定机构', 'system'),
    ('2080112', '劳动人事争议调解仲裁', 'system'),
    ('2080150', '事业运行', 'system'),
    ('2080199', '其他人力资源和社会保障管理事务支出', 'system'),
    ('20805', '行政事业单位养老支出', 'system'),
    ('2080501', '行政单位离退休', 'system'),
    ('2080502', '事业单位离退休', 'system'),
    ('2080505', '机关事业单位基本养老保险缴费支出', 'system'),
    ('2080506', '机关事业单位职业年金缴费支出', 'system'),
    ('2080599', '其他行政事业单位养老支出', 'system'),
    ('20807', '就业补助', 'system'),
    ('2080701', '就业创业服务补贴', 'system'),
    ('2080702', '职业培训补贴', 'system'),
    ('2080704', '社会保险补贴', 'system'),
    ('2080705', '公益性岗位补贴', 'system'),
    ('2080711', '就业见习补贴', 'system'),
    ('2080799', '其他就业补助支出', 'system'),
    ('20808', '抚恤', 'system'),
    ('2080801', '死亡抚恤', 'system'),
    ('2080802', '伤残抚恤', 'system'),
    ('20826', '财政对基本养老保险基金的补助', 'system'),
    ('2082602', '财政对城乡居民基本养老保险基金的补助', 'system'),
    ('20899', '其他社会保障和就业支出', 'system'),
    ('2089999', '其他社会保障和就业支出', 'system'),
    ('210', '卫生健康支出', 'system'),
    ('21011', '行政事业单位医疗', 'system'),
    ('2101101', '行政单位医疗', 'system'),
    ('2101102', '事业单位医疗', 'system'),
    ('2101103', '公务员医疗补助', 'system'),
    ('2101199', '其他行政事业单位医疗支出', 'system'),
    ('212', '城乡社区支出', 'system'),
    ('213', '农林水支出', 'system'),
    ('21305', '巩固脱贫攻坚成果衔接乡村振兴', 'system'),
    ('2130599', '其他巩固脱贫攻坚成果衔接乡村振兴支出', 'system'),
    ('221', '住房保障支出', 'system'),
    ('22102', '住房改革支出', 'system'),
    ('2210201', '住房公积金', 'system'),
    ('2210202', '提租补贴', 'system'),
    ('2210203', '购房补贴', 'system'),
    ('223', '国有资本经营预算支出', 'system'),
    ('224', '灾害防治及应急管理支出', 'system'),
    ('22407', '自然灾害救灾及恢复重建支出', 'system'),
    ('2240703', '自然灾害救灾补助', 'system'),
    ('229', '其他支出', 'system');
