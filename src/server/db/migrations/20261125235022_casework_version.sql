CREATE TABLE "casework_version" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "casework_version_one_row" CHECK ("casework_version"."id" = 1)
);
