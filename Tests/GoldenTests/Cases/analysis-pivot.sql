-- Independent check of analysis-pivot.pilar by DuckDB from the demo CSV files alone. Run in
-- examples/data/pekanbaru:  duckdb -csv < ../../../Tests/GoldenTests/Cases/analysis-pivot.sql
-- Prints the same tables as analysis-pivot.out, as CSV, in the same row order (pillars and
-- horizons in their listed order); figures rounded to 2 decimals, half away from zero.
create table pl as select code, row_number() over () as ord from read_csv('pillars.csv', header=true, all_varchar=true);
create table p as select *, row_number() over () as ord from read_csv('programmes.csv', header=true, all_varchar=true);
create table i as select * from read_csv('indicators.csv', header=true, all_varchar=true);
-- achievement as the loader computes it: null without actual or target, or target 0
create table m as select m.indicator, m.year::int as year, m.target::decimal(18,4) as target, m.actual::decimal(18,4) as actual,
    i.programme, p.pillar, pl.ord as pillar_ord,
    case when m.target is null or m.actual is null or m.target::decimal(18,4) = 0 then null
         when i.polarity = 'negative' then (2 * m.target::decimal(18,4) - m.actual::decimal(18,4)) * 100 / m.target::decimal(18,4)
         else m.actual::decimal(18,4) * 100 / m.target::decimal(18,4) end as ach
  from read_csv('measurements.csv', header=true, all_varchar=true) m
  join i on m.indicator = i.code join p on i.programme = p.code join pl on p.pillar = pl.code;
create table h(horizon varchar, ord int);
insert into h values ('quick-win', 1), ('short', 2), ('medium', 3), ('long', 4);

-- Average achievement per pillar, a column per year.
select pillar, printf('%.2f', avg(ach) filter (year = 2018)) as "2018", printf('%.2f', avg(ach) filter (year = 2019)) as "2019",
    printf('%.2f', avg(ach) filter (year = 2020)) as "2020", printf('%.2f', avg(ach) filter (year = 2021)) as "2021",
    printf('%.2f', avg(ach) filter (year = 2022)) as "2022", printf('%.2f', avg(ach) filter (year = 2023)) as "2023"
  from m group by pillar, pillar_ord order by pillar_ord;
-- Rounding ties: no average may lie within 1e-7 of a half cent, where a double could round the
-- other way than pilar's exact decimals; such a row would be printed here (expect none).
.headers off
select pillar, year, avg(ach) from m group by all having abs(abs(avg(ach) * 100 - trunc(avg(ach) * 100)) - 0.5) < 1e-7;
.headers on

-- Number of programmes per OPD × horizon.
select opd, count(*) filter (horizon = 'quick-win') as "quick-win", count(*) filter (horizon = 'short') as short,
    count(*) filter (horizon = 'medium') as medium, count(*) filter (horizon = 'long') as long
  from p group by opd order by opd;

-- The pillars by their 2019 achievement.
select pillar, printf('%.2f', avg(ach)) as "2019" from m where year = 2019 group by pillar order by avg(ach) desc;

-- Count and budget per pillar for the quick-win and long horizons.
select p.pillar, count(*) filter (horizon = 'quick-win') as "quick-win_n", sum(budget::bigint) filter (horizon = 'quick-win') as "quick-win_budget",
    count(*) filter (horizon = 'long') as long_n, sum(budget::bigint) filter (horizon = 'long') as long_budget
  from p join pl on p.pillar = pl.code group by p.pillar, pl.ord order by pl.ord;
