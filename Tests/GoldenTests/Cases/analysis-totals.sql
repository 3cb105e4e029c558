-- Independent check of analysis-totals.pilar by DuckDB from the demo CSV files alone. Run in
-- examples/data/pekanbaru:  duckdb -csv < ../../../Tests/GoldenTests/Cases/analysis-totals.sql
-- Prints the same tables as analysis-totals.out, as CSV (null as pilar shows it), in the same
-- row order (pillars and horizons in their listed order); figures to 2 decimals.
create table pl as select code, row_number() over () as ord from read_csv('pillars.csv', header=true, all_varchar=true);
create table p as select * exclude (budget), budget::bigint as budget, row_number() over () as ord from read_csv('programmes.csv', header=true, all_varchar=true);
create table h(horizon varchar, ord int);
insert into h values ('quick-win', 1), ('short', 2), ('medium', 3), ('long', 4);

-- Budget per pillar and horizon, a subtotal per pillar and the total: the rollup's NULL rows.
-- avg is over the programmes of the group with a budget (count(*) counts them all).
select case when grouping(p.pillar) = 1 then 'Total' when grouping(p.horizon) = 1 then 'Subtotal ' || p.pillar else p.pillar end as pillar,
    coalesce(p.horizon, 'null') as horizon, sum(budget) as budget, count(*) as n, printf('%.2f', avg(budget)) as avg_budget
  from p join pl on p.pillar = pl.code join h on p.horizon = h.horizon
  group by rollup ((p.pillar, pl.ord), (p.horizon, h.ord))
  order by coalesce(pl.ord, 99), coalesce(h.ord, 99);

-- Share of the total budget per pillar, rounded to 1 decimal (shown with 2), and the Total row.
select pillar, total, share from (
  select pillar, ord, total, printf('%.2f', round(total * 100.0 / sum(total) over (), 1)) as share
    from (select p.pillar, pl.ord, sum(budget) as total from p join pl on p.pillar = pl.code group by all)
  union all select 'Total', 99, sum(budget), '100.00' from p)
  order by ord;

-- Without a summarize: MOB-01..03 and the sum of their budgets.
select code, name, budget from (
  select code, name, budget from p where code in ('MOB-01', 'MOB-02', 'MOB-03')
  union all select 'Total', 'null', sum(budget) from p where code in ('MOB-01', 'MOB-02', 'MOB-03'))
  order by code = 'Total', code;
