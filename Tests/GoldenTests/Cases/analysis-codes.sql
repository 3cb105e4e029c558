-- Independent check of analysis-codes.pilar by DuckDB from the demo CSV files alone: each
-- count, and that the warned codes name no row while their suggestions do. Run in
-- examples/data/pekanbaru:  duckdb -csv < ../../../Tests/GoldenTests/Cases/analysis-codes.sql
-- Prints the counts of analysis-codes.out, as CSV (the warnings are pilar's own text).
create table p as select * from read_csv('programmes.csv', header=true, all_varchar=true);
create table i as select * from read_csv('indicators.csv', header=true, all_varchar=true);
create table m as select * from read_csv('measurements.csv', header=true, all_varchar=true);
create table o as select * from read_csv('opds.csv', header=true, all_varchar=true);
select count(*) as count from p where opd = 'DISHUBB';
select count(*) as count from p where opd = 'dishub';
select count(*) as count from m where indicator = 'MOB-1.1';
select count(*) as count from p where opd in ('DISHUB', 'dinkes');
select count(*) as count from p where 'bappeda' <> opd;
select count(*) as count from i join p on i.programme = p.code where p.opd = 'Dishub';
-- The warnings: no such code, and the suggested one exists (expect nothing printed).
.headers off
select 'missing: ' || c from (values ('DISHUB'), ('DINKES'), ('BAPPEDA')) t(c) where c not in (select code from o)
union all select 'missing: MOB-01.1' where 'MOB-01.1' not in (select code from i)
union all select 'exists: ' || c from (values ('DISHUBB'), ('dishub'), ('dinkes'), ('bappeda'), ('Dishub')) t(c) where c in (select code from o)
union all select 'exists: MOB-1.1' where 'MOB-1.1' in (select code from i);
.headers on
