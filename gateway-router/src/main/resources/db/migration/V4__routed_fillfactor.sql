-- Each routed request is updated once when the provider acknowledges it (technical status, delivered_at), no indexed
-- column changed: free room on its page lets that be a HOT update (docs/performance.md).
ALTER TABLE routed_request SET (fillfactor = 80);
