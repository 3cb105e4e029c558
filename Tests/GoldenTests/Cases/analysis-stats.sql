-- Independent check of analysis-stats.pilar by DuckDB from the demo CSV files alone. Run in
-- examples/data/pekanbaru:  duckdb -csv < ../../../Tests/GoldenTests/Cases/analysis-stats.sql
-- Prints the same CSV as analysis-stats.out, in the same row order. pilar's stddev and avg_if
-- are exact to 18 digits, DuckDB's are doubles: they are printed to 10 decimals here and
-- analysis-verify.sh rounds the .out's longer figures to 10 decimals before comparing.
create table pl as select code, row_number() over () as ord from read_csv('pillars.csv', header=true, all_varchar=true);
create table p as select * exclude (budget), budget::bigint as budget, row_number() over () as rn
  from read_csv('programmes.csv', header=true, all_varchar=true);
create table o as select *, row_number() over () as rn from read_csv('opds.csv', header=true, all_varchar=true);
create table i as select * from read_csv('indicators.csv', header=true, all_varchar=true);
create table m as select m.rn, m.indicator, m.year::int as year, m.actual::decimal(18,4) as actual, p.pillar, pl.ord as pillar_ord,
    case when m.target is null or m.actual is null or m.target::decimal(18,4) = 0 then null
         when i.polarity = 'negative' then (2 * m.target::decimal(18,4) - m.actual::decimal(18,4)) * 100 / m.target::decimal(18,4)
         else m.actual::decimal(18,4) * 100 / m.target::decimal(18,4) end as ach
  from (select *, row_number() over () as rn from read_csv('measurements.csv', header=true, all_varchar=true)) m
  join i on m.indicator = i.code join p on i.programme = p.code join pl on p.pillar = pl.code;
create table h(horizon varchar, ord int);
insert into h values ('quick-win', 1), ('short', 2), ('medium', 3), ('long', 4);
-- exact decimals as pilar prints them in CSV: no trailing zeros, null as nothing
-- percentile as pilar (and Excel's PERCENTILE.INC) interpolates it, in exact decimals: DuckDB's
-- quantile_cont goes through doubles (people's p90 would be 8369999999.999994)
create macro pct(l, q) as list_sort(list_filter(l, lambda x: x is not null))[floor((len(list_filter(l, lambda x: x is not null)) - 1) * q)::int + 1]
  + (list_sort(list_filter(l, lambda x: x is not null))[ceil((len(list_filter(l, lambda x: x is not null)) - 1) * q)::int + 1]
     - list_sort(list_filter(l, lambda x: x is not null))[floor((len(list_filter(l, lambda x: x is not null)) - 1) * q)::int + 1])
    * ((len(list_filter(l, lambda x: x is not null)) - 1) * q - floor((len(list_filter(l, lambda x: x is not null)) - 1) * q));
create macro exact(x) as case when x is null then '' when contains(x::varchar, '.') then rtrim(rtrim(x::varchar, '0'), '.') else x::varchar end;

-- Median and percentiles (interpolated, as quantile_cont; on DECIMAL so exact) of budgets per pillar.
select p.pillar, count(*) as n, exact(pct(list(budget::decimal(18,2)), 0.5)) as med, exact(pct(list(budget::decimal(18,2)), 0.9)) as p90,
    exact(pct(list(budget::decimal(18,2)), 0.0)) as p0, exact(pct(list(budget::decimal(18,2)), 1.0)) as p100
  from p join pl on p.pillar = pl.code group by p.pillar, pl.ord order by pl.ord;

-- 2019: spread of achievement, how many below 76 (below "high"), the average of those not "very high" (below 91).
select pillar, printf('%.10f', stddev_samp(ach)) as sd, count(*) filter (ach < 76) as weak, printf('%.10f', avg(ach) filter (ach < 91)) as soft
  from m where year = 2019 group by pillar, pillar_ord order by pillar_ord;

-- The usual horizon per OPD (ties: the smallest in domain order), the long budget, the codes in row order.
select opd, (select h.horizon from p q join h on q.horizon = h.horizon where q.opd = p.opd group by h.horizon, h.ord order by count(*) desc, h.ord limit 1) as common,
    exact(sum(budget) filter (horizon = 'long')) as long_budget, string_agg(code, ' ' order by rn) as codes
  from p group by opd order by opd;

-- First and last actual (by year) per MOB-0 indicator, rows without actual skipped.
select indicator, exact(arg_min(actual, year) filter (actual is not null)) as first_actual, exact(arg_max(actual, year) filter (actual is not null)) as last_actual
  from m where indicator like 'MOB-0%' group by indicator order by min(rn);

-- Budgets above the 75th percentile of all budgets.
select count(*) as n, string_agg(code, ', ' order by rn) as codes from p where budget > (select pct(list(budget), 0.75) from p);

-- The first three OPDs starting with DIS: median budget and codes of their programmes (a join).
select o.code, exact(pct(list(p.budget::decimal(18,2)), 0.5)) as median_budget, string_agg(p.code, '/' order by p.rn) as codes
  from o join p on p.opd = o.code where o.code like 'DIS%' group by o.code, o.rn order by o.rn limit 3;

-- Over no rows: every aggregate null but count_if, 0.
select coalesce(median(budget)::varchar, 'null') as median_budget, coalesce(stddev_samp(budget)::varchar, 'null') as stddev_budget,
    count(*) filter (budget > 0) as "count_if(budget > 0)", coalesce(string_agg(code), 'null') as string_agg_code,
    coalesce(arg_min(code, budget), 'null') as first_code_budget, coalesce(mode(code), 'null') as mode_code
  from p where code = 'none';
