-- The applicant of each routed request: what binds a provider's later messages about the request (registry commands,
-- person look-ups, results) to the citizen the request is about. Requests routed before have none: messages about them
-- are refused (nothing can be checked).
ALTER TABLE routed_request ADD COLUMN applicant_iin CHAR(12);
