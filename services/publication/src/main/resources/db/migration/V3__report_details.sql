-- The detailed tables of a submission (income by source, expenditure by nature and by 类/款/项, '三公',
-- projects, profile, self-evaluation) and the details of its score (self-score beside the bureau's,
-- items, projects), each as JSON beside the totals, written from the events that carry them.
alter table report_view add column details text;
alter table report_view add column score_details text;
