-- Independent check of analysis-window.pilar by DuckDB from the demo CSV files alone, with SQL
-- window functions. Run in examples/data/pekanbaru:
--   duckdb -csv < ../../../Tests/GoldenTests/Cases/analysis-window.sql
-- Prints the same CSV as analysis-window.out, rows in the input (file) order.
create table m as select row_number() over () as rn, indicator, year::int as year, actual::decimal(18,4) as actual
  from read_csv('measurements.csv', header=true, all_varchar=true);
create table p as select * exclude (budget), budget::bigint as budget, row_number() over () as rn
  from read_csv('programmes.csv', header=true, all_varchar=true);
-- exact decimals as pilar prints them in CSV: no trailing zeros, null as nothing
create macro exact(x) as case when x is null then '' when contains(x::varchar, '.') then rtrim(rtrim(x::varchar, '0'), '.') else x::varchar end;

-- lag, lead, change, running sum (in year order) and rank of the actual (desc, nulls last).
select indicator, year, exact(actual) as actual, exact(lag(actual) over w) as before, exact(lead(actual) over w) as after,
    exact(actual - lag(actual) over w) as change,
    exact(sum(actual) over (partition by indicator order by year rows between unbounded preceding and current row)) as running,
    rank() over (partition by indicator order by actual desc nulls last) as r
  from m where indicator in ('MOB-01.2', 'MOB-01.3')
  window w as (partition by indicator order by year) order by rn;

-- Top 2 programmes by budget per OPD (null last, ties in input order), kept in input order.
select opd, code, exact(budget) as budget, n from (
  select *, row_number() over (partition by opd order by budget desc nulls last, rn) as n from p)
  where n <= 2 order by rn;

-- Share of the pillar's total budget, rounded to 2 decimals.
select pillar, code, exact(budget) as budget, exact(round(budget * 100 / sum(budget) over (partition by pillar), 2)) as share
  from p where pillar = 'mobility' order by rn;

-- dense_rank over the horizon's domain order.
select code, horizon, dense_rank() over (order by case horizon when 'quick-win' then 1 when 'short' then 2 when 'medium' then 3 else 4 end) as r
  from p where pillar = 'economy' order by rn;
