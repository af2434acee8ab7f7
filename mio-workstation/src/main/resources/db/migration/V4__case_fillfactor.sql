-- A case row is updated at every step of its workflow (executor, draft, decision); free room on its page lets the
-- updates that change no indexed column stay on the page (HOT), without new index entries (docs/performance.md).
ALTER TABLE service_case SET (fillfactor = 75);
