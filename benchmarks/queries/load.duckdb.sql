-- Loads a pilar CSV folder ({data}) into DuckDB tables with explicit types; the view ma with
-- pilar's achievement comes from achievement.duckdb-exact.sql or achievement.duckdb-double.sql. Figures are
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
.mode csv
.nullvalue ''
