-- Every statement that changes a table whose reads a replica keeps in memory says so when it
-- commits, so that every replica drops what it kept. NOTIFY is transactional: a rolled-back
-- change says nothing, and one transaction's repeats of a table are sent once.
CREATE FUNCTION notify_table_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('backline_table_changes', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;

CREATE TRIGGER model_deployments_changes
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON model_deployments
  FOR EACH STATEMENT EXECUTE FUNCTION notify_table_change();

CREATE TRIGGER health_reports_changes
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON health_reports
  FOR EACH STATEMENT EXECUTE FUNCTION notify_table_change();

CREATE TRIGGER incidents_changes
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON incidents
  FOR EACH STATEMENT EXECUTE FUNCTION notify_table_change();
