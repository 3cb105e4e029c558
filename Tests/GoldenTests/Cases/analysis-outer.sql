-- Independent check of analysis-outer.pilar by DuckDB from the demo CSV files alone, each
-- question a correlated subquery. Run in examples/data/pekanbaru:
--   duckdb -csv < ../../../Tests/GoldenTests/Cases/analysis-outer.sql
-- Prints the same tables as analysis-outer.out, as CSV (null as pilar shows it), in the same row order.
create table i as select * from read_csv('indicators.csv', header=true, all_varchar=true);
create table m as select m.rn, m.indicator, m.year::int as year, m.actual::decimal(18,4) as actual, i.programme,
    case when m.target is null or m.actual is null or m.target::decimal(18,4) = 0 then null
         when i.polarity = 'negative' then (2 * m.target::decimal(18,4) - m.actual::decimal(18,4)) * 100 / m.target::decimal(18,4)
         else m.actual::decimal(18,4) * 100 / m.target::decimal(18,4) end as ach
  from (select *, row_number() over () as rn from read_csv('measurements.csv', header=true, all_varchar=true)) m
  join i on m.indicator = i.code;

-- The previous year's actual of MOB-01.2, by a subquery and by a self-join (previous.actual).
select a.year, coalesce(printf('%.2f', a.actual), 'null') as actual,
    coalesce(printf('%.2f', (select max(b.actual) from m b where b.indicator = a.indicator and b.year = a.year - 1)), 'null') as prev,
    coalesce(printf('%.2f', c.actual), 'null') as same
  from m a left join m c on c.indicator = a.indicator and c.year = a.year - 1
  where a.indicator = 'MOB-01.2' order by a.rn;

-- Record highs per year: an actual above every earlier actual of its indicator (none earlier: no record).
select year, count(*) as n from m a
  where a.actual > (select max(b.actual) from m b where b.indicator = a.indicator and b.year < a.year)
  group by year order by year;

-- The first year each indicator reached its target: no earlier year reached it.
select year as first_year, count(*) as n from m a
  where a.ach >= 100 and (select count(*) from m b where b.indicator = a.indicator and b.year < a.year and b.ach >= 100) = 0
  group by year order by year;
