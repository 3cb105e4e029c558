-- Independent check of analysis-text.pilar by DuckDB from the demo CSV files alone (pilar's
-- contains, ends_with and like ignore case, as ILIKE). Run in examples/data/pekanbaru:
--   duckdb -csv < ../../../Tests/GoldenTests/Cases/analysis-text.sql
-- Prints the same CSV as analysis-text.out, rows in file order.
create table pl as select code, row_number() over () as ord from read_csv('pillars.csv', header=true, all_varchar=true);
create table p as select * exclude (budget, start_year), budget::bigint as budget, start_year::int as start_year, row_number() over () as rn
  from read_csv('programmes.csv', header=true, all_varchar=true);
create table h(horizon varchar, ord int);
insert into h values ('quick-win', 1), ('short', 2), ('medium', 3), ('long', 4);

select code, name from p where name ilike '%digital%' and name ilike '%app' order by rn;
select code, name from p where code ilike 'mob-0_' and name ilike '%traffic%' order by rn;
select code, opd, horizon from p where lower(name) = 'umkm go digital' or (lower(opd) = 'dpupr' and lower(horizon) = 'long') order by rn;
select p.pillar, count(*) as n, sum(budget) as total from p join pl on p.pillar = pl.code
  where budget between 1e9 and 5e9 group by p.pillar, pl.ord order by pl.ord;
select code, start_year from p where start_year not between 2019 and 2021 order by rn;
-- between on the horizon's domain order: quick-win < short < medium < long
select code, p.horizon, budget from p join h on p.horizon = h.horizon
  where h.ord between 2 and 3 and budget between 10000000000 and 20000000000 order by rn;
-- like with a null pattern is null, so if() takes its else branch (print shows no header)
.headers off
select case when 'x' like null then 'yes' else 'null gives null' end;
