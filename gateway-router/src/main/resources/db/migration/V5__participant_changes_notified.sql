-- Every change of a participant (registration, re-pinning, deactivation), whichever gateway instance or tool makes it,
-- is announced on commit to every instance listening (ParticipantChanges), which drops that participant from its
-- cache: a deactivated or re-pinned participant is refused by all instances within a moment, not only by the one
-- that made the change.
CREATE FUNCTION participant_changed() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('participant_changed', COALESCE(NEW.id, OLD.id));
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER participant_changed AFTER INSERT OR UPDATE OR DELETE ON participant
    FOR EACH ROW EXECUTE FUNCTION participant_changed();
