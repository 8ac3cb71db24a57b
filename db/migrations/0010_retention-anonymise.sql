-- The event log stays append-only, with one exception the law asks for (UU PDP 27/2022): the
-- retention job replaces a call's caller number with 'anonim' (lib/calls/caller-number-privacy).
-- Any other change to a row, and any delete, is refused as before.
CREATE OR REPLACE FUNCTION incident_events_append_only() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND NEW.seq = OLD.seq
     AND NEW.type = OLD.type
     AND NEW.at = OLD.at
     AND NEW.incident_id IS NOT DISTINCT FROM OLD.incident_id
     AND NEW.station_id IS NOT DISTINCT FROM OLD.station_id
     AND NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id
     AND OLD.payload ? 'call'
     AND NEW.payload = jsonb_set(OLD.payload, '{call,callerNumber}', '"anonim"'::jsonb)
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'incident_events is append-only';
END;
$$ LANGUAGE plpgsql;
