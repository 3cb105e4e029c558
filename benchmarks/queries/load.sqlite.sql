-- Loads a pilar CSV folder ({data}) into typed sqlite3 tables. .import keeps an empty field as
-- '' rather than NULL, so the optional columns are set to NULL afterwards (part of the load).
.bail on
CREATE TABLE pillars(code TEXT PRIMARY KEY, name TEXT, name_id TEXT);
CREATE TABLE opds(code TEXT PRIMARY KEY, name TEXT, kind TEXT, head TEXT);
CREATE TABLE programmes(code TEXT PRIMARY KEY, name TEXT, opd TEXT, pillar TEXT, horizon TEXT,
                        start_year INTEGER, end_year INTEGER, budget INTEGER, status TEXT);
CREATE TABLE indicators(code TEXT PRIMARY KEY, programme TEXT, name TEXT, unit TEXT, polarity TEXT,
                        baseline REAL);
CREATE TABLE measurements(indicator TEXT, year INTEGER, target REAL, actual REAL);
.import --csv --skip 1 {data}/pillars.csv pillars
.import --csv --skip 1 {data}/opds.csv opds
.import --csv --skip 1 {data}/programmes.csv programmes
.import --csv --skip 1 {data}/indicators.csv indicators
.import --csv --skip 1 {data}/measurements.csv measurements
UPDATE opds SET head = NULL WHERE head = '';
UPDATE programmes SET budget = NULL WHERE budget = '';
UPDATE indicators SET baseline = NULL WHERE baseline = '';
UPDATE measurements SET actual = NULL WHERE actual = '';
-- pilar's achievement (README): REAL is all sqlite3 has, so answers are compared with a tolerance.
-- round(…, 10) undoes binary error at the band edges (79.99999999999999 for an exact 80); with
-- figures of at most 4 decimals distinct achievements are much further apart than 1e-10.
CREATE VIEW ma AS
SELECT m.indicator, m.year, m.target, m.actual, i.programme,
       CASE WHEN m.actual IS NULL OR m.target = 0 THEN NULL
            WHEN i.polarity = 'positive' THEN round(m.actual * 100.0 / m.target, 10)
            ELSE round((2 * m.target - m.actual) * 100.0 / m.target, 10) END AS achievement
FROM measurements m JOIN indicators i ON i.code = m.indicator;
.mode csv
.headers on
