-- Independent check of analysis-unpivot.pilar by DuckDB from the demo CSV files alone. Run in
-- examples/data/pekanbaru:  duckdb -csv < ../../../Tests/GoldenTests/Cases/analysis-unpivot.sql
-- Prints the same tables as analysis-unpivot.out, as CSV (null as pilar shows it), in the
-- same row order; achievements to 2 decimals.
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

-- MOB-01's average achievement per indicator, a column per year.
select indicator, coalesce(printf('%.2f', avg(ach) filter (year = 2018)), 'null') as "2018", coalesce(printf('%.2f', avg(ach) filter (year = 2019)), 'null') as "2019",
    coalesce(printf('%.2f', avg(ach) filter (year = 2020)), 'null') as "2020", coalesce(printf('%.2f', avg(ach) filter (year = 2021)), 'null') as "2021",
    coalesce(printf('%.2f', avg(ach) filter (year = 2022)), 'null') as "2022", coalesce(printf('%.2f', avg(ach) filter (year = 2023)), 'null') as "2023"
  from m where programme = 'MOB-01' group by indicator order by indicator;
-- Unpivoted 2022 and 2023: a null cell is left out (as DuckDB's UNPIVOT drops NULLs).
select indicator, year, printf('%.2f', ach) as achievement from m
  where programme = 'MOB-01' and year in (2022, 2023) and ach is not null order by indicator, year;
-- Rounding ties (a row here would need an exact look; expect none).
.headers off
select * from m where programme = 'MOB-01' and abs(abs(ach * 100 - trunc(ach * 100)) - 0.5) < 1e-7;
.headers on

-- Programmes of governance per horizon, zero counts kept.
select 'governance' as pillar, h.horizon, count(p.code) as n from h left join p on p.horizon = h.horizon and p.pillar = 'governance'
  group by all order by any_value(h.ord);
