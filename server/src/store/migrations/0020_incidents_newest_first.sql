-- The incident list's order (newest first, by number within the same instant) as an index, so
-- that its first page and each page after a cursor read only the rows they show.
CREATE INDEX incidents_newest_first ON incidents (triggered_at DESC, number DESC);
DROP INDEX incidents_triggered_at;
