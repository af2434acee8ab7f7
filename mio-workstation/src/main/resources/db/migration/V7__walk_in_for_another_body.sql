-- A request an office keys in for another body that provides the service (channel VIA_OTHER_BODY, V12: the employment
-- centre takes the application, the akimat decides): what the provider answers comes back here, to its origin, and the
-- office issues the result to the applicant and reports the hand-over.
ALTER TABLE walk_in_draft ADD COLUMN channel VARCHAR(20) NOT NULL DEFAULT 'PROVIDER_OFFICE';
ALTER TABLE walk_in_draft ADD COLUMN business_status VARCHAR(40);
ALTER TABLE walk_in_draft ADD COLUMN status_comment TEXT;
ALTER TABLE walk_in_draft ADD COLUMN status_at TIMESTAMPTZ;
ALTER TABLE walk_in_draft ADD COLUMN result_document BYTEA;
ALTER TABLE walk_in_draft ADD COLUMN result_signature BYTEA;
ALTER TABLE walk_in_draft ADD COLUMN handed_over_at TIMESTAMPTZ;
