-- What the executor enters with a prepared result (e.g. a referral's employer and vacancy), as a JSON object: it goes
-- into the registry command's data and fills the result document.
ALTER TABLE service_case ADD COLUMN draft_details TEXT;
