-- Loads a pilar CSV folder ({data}) into DuckDB tables with explicit types. Figures are
-- DECIMAL(18,4) (the generator writes at most 4 decimals), so sums and comparisons are exact.
CREATE TABLE pillars AS SELECT * FROM read_csv('{data}/pillars.csv', header = true,
  columns = {'code': 'VARCHAR', 'name': 'VARCHAR', 'name_id': 'VARCHAR'});
CREATE TABLE opds AS SELECT * FROM read_csv('{data}/opds.csv', header = true,
  columns = {'code': 'VARCHAR', 'name': 'VARCHAR', 'kind': 'VARCHAR', 'head': 'VARCHAR'});
CREATE TABLE programmes AS SELECT * FROM read_csv('{data}/programmes.csv', header = true,
  columns = {'code': 'VARCHAR', 'name': 'VARCHAR', 'opd': 'VARCHAR', 'pillar': 'VARCHAR',
             'horizon': 'VARCHAR', 'start_year': 'INTEGER', 'end_year': 'INTEGER',
             'budget': 'BIGINT', 'status': 'VARCHAR'});
CREATE TABLE indicators AS SELECT * FROM read_csv('{data}/indicators.csv', header = true,
  columns = {'code': 'VARCHAR', 'programme': 'VARCHAR', 'name': 'VARCHAR', 'unit': 'VARCHAR',
             'polarity': 'VARCHAR', 'baseline': 'DECIMAL(18,4)'});
CREATE TABLE measurements AS SELECT * FROM read_csv('{data}/measurements.csv', header = true,
  columns = {'indicator': 'VARCHAR', 'year': 'INTEGER', 'target': 'DECIMAL(18,4)',
             'actual': 'DECIMAL(18,4)'});
-- pilar's achievement (README) with exact decimals. DuckDB's `/` on DECIMAL gives DOUBLE, so
-- the quotient is taken in HUGEINT units of 1e-18 and rounded once, half away from zero, as
-- pilar rounds a quotient (grammar.md, "Numbers"); the figures are scaled to whole 1e-4 units.
CREATE VIEW ma_units AS
SELECT m.indicator, m.year, m.target, m.actual, i.programme,
       CASE WHEN m.actual IS NULL OR m.target = 0 THEN NULL
            ELSE (CASE WHEN i.polarity = 'positive' THEN m.actual ELSE 2 * m.target - m.actual END
                  * 10000)::HUGEINT * 100 END AS num,
       (m.target * 10000)::HUGEINT AS den
FROM measurements m JOIN indicators i ON i.code = m.indicator;
CREATE VIEW ma_exact AS
SELECT indicator, year, target, actual, programme,
       sign(num) * sign(den) * ((2 * abs(num) * 1000000000000000000 + abs(den)) // (2 * abs(den)))
         AS achievement_units
FROM ma_units;
CREATE VIEW ma AS
SELECT *, achievement_units::DECIMAL(38,0) * 0.000000000000000001::DECIMAL(19,18) AS achievement
FROM ma_exact;
.mode csv
.nullvalue ''
