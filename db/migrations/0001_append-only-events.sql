-- incident_events is the audit trail: rows are appended, never changed or removed.
CREATE OR REPLACE FUNCTION incident_events_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'incident_events is append-only';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER incident_events_no_update_delete
  BEFORE UPDATE OR DELETE ON incident_events
  FOR EACH ROW EXECUTE FUNCTION incident_events_append_only();
