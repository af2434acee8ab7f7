-- Every request's row is updated twice as its statuses come back (receipt, «поступившие»), without touching an
-- indexed column. Free room on each page lets PostgreSQL keep the new version there (a HOT update: no new index
-- entries); on full pages three in four of those updates wrote three index entries each (docs/performance.md).
ALTER TABLE portal_request SET (fillfactor = 75);
