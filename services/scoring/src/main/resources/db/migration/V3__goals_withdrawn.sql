-- A department may withdraw its goals (indicator.goals.withdrawn): the projection keeps the row, and its
-- version, so that an older goals event arriving late is still ignored; a withdrawn row is not scored.
alter table goal_projection add column withdrawn boolean not null default false;
