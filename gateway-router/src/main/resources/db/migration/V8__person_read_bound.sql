-- A ГБД ФЛ read is bound to its purpose: who acted (the session's citizen, the officer or operator entering a walk-in)
-- and, for a refused read, why it was refused (every refusal is logged as well as every read).
ALTER TABLE person_read ADD COLUMN actor_iin CHAR(12);
ALTER TABLE person_read ADD COLUMN refused VARCHAR(64);
