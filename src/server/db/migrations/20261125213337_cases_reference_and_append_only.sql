-- The default life-domain framework: the Zelfredzaamheid-Matrix 2017 (GGD Amsterdam), 13 domains, scale 1-5.
-- Configurable as data: another framework is a row in life_domain_frameworks with its domains.
INSERT INTO life_domain_frameworks (key, name, scale_min, scale_max, scale_labels, source) VALUES
  ('zrm-2017', 'Zelfredzaamheid-Matrix 2017', 1, 5,
   '["Acuut probleem","Niet zelfredzaam","Beperkt zelfredzaam","Voldoende zelfredzaam","Volledig zelfredzaam"]'::jsonb,
   'Zelfredzaamheid-Matrix (ZRM), GGD Amsterdam, versie 2017: 13 domeinen')
ON CONFLICT (key) DO NOTHING;
--> statement-breakpoint
INSERT INTO life_domains (framework_key, key, name, sort_order) VALUES
  ('zrm-2017', 'financien', 'Financiën', 1),
  ('zrm-2017', 'werk_opleiding', 'Werk & opleiding', 2),
  ('zrm-2017', 'tijdsbesteding', 'Tijdsbesteding', 3),
  ('zrm-2017', 'huisvesting', 'Huisvesting', 4),
  ('zrm-2017', 'huiselijke_relaties', 'Huiselijke relaties', 5),
  ('zrm-2017', 'geestelijke_gezondheid', 'Geestelijke gezondheid', 6),
  ('zrm-2017', 'lichamelijke_gezondheid', 'Lichamelijke gezondheid', 7),
  ('zrm-2017', 'middelengebruik', 'Middelengebruik', 8),
  ('zrm-2017', 'basale_adl', 'Basale ADL', 9),
  ('zrm-2017', 'instrumentele_adl', 'Instrumentele ADL', 10),
  ('zrm-2017', 'sociaal_netwerk', 'Sociaal netwerk', 11),
  ('zrm-2017', 'maatschappelijke_participatie', 'Maatschappelijke participatie', 12),
  ('zrm-2017', 'justitie', 'Justitie', 13)
ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- The data-processing log is append-only: it can be read and added to, never rewritten.
CREATE OR REPLACE FUNCTION koers_processing_log_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'processing_log is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER processing_log_no_update BEFORE UPDATE OR DELETE ON processing_log
  FOR EACH ROW EXECUTE FUNCTION koers_processing_log_append_only();
--> statement-breakpoint
CREATE TRIGGER processing_log_no_truncate BEFORE TRUNCATE ON processing_log
  FOR EACH STATEMENT EXECUTE FUNCTION koers_processing_log_append_only();
