-- Independent check of analysis-previous.pilar by DuckDB from the demo CSV files alone, each
-- question a self-join on (indicator, year - 1 / - 2 / - 3). Run in examples/data/pekanbaru:
--   duckdb -csv < ../../../Tests/GoldenTests/Cases/analysis-previous.sql
-- Prints the same tables as analysis-previous.out, as CSV, in the same row order.
create table i as select * from read_csv('indicators.csv', header=true, all_varchar=true);
-- rn: the row order of measurements.csv, which is pilar's row order
create table m as select m.rn, m.indicator, m.year::int as year, m.actual::decimal(18,4) as actual, i.programme,
    case when m.target is null or m.actual is null or m.target::decimal(18,4) = 0 then null
         when i.polarity = 'negative' then (2 * m.target::decimal(18,4) - m.actual::decimal(18,4)) * 100 / m.target::decimal(18,4)
         else m.actual::decimal(18,4) * 100 / m.target::decimal(18,4) end as ach
  from (select *, row_number() over () as rn from read_csv('measurements.csv', header=true, all_varchar=true)) m
  join i on m.indicator = i.code;
-- exact decimals as pilar prints them in CSV: no trailing zeros
create macro exact(x) as case when x is null then '' when contains(x::varchar, '.') then rtrim(rtrim(x::varchar, '0'), '.') else x::varchar end;

-- Year-on-year change of actual for MOB-01 (a missing actual or year gives null).
select a.indicator, a.year, coalesce(printf('%.2f', a.actual), 'null') as actual, coalesce(printf('%.2f', a.actual - b.actual), 'null') as change
  from m a left join m b on b.indicator = a.indicator and b.year = a.year - 1
  where a.programme = 'MOB-01' order by a.rn;

-- Per year: how many changes and their exact sum.
select a.year, count(a.actual - b.actual) as n, exact(sum(a.actual - b.actual)) as total
  from m a left join m b on b.indicator = a.indicator and b.year = a.year - 1 group by a.year order by a.year;

-- Three falls of achievement in a row; the year is the last of the four.
select a.indicator, a.year from m a
  join m b on b.indicator = a.indicator and b.year = a.year - 1
  join m c on c.indicator = a.indicator and c.year = a.year - 2
  join m d on d.indicator = a.indicator and d.year = a.year - 3
  where a.ach < b.ach and b.ach < c.ach and c.ach < d.ach order by a.rn;

-- The first year each indicator reached its target, counted per year.
select first_year, count(*) as n from (select indicator, min(year) as first_year from m where ach >= 100 group by indicator)
  group by first_year order by first_year;
