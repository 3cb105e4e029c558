-- Independent check of `check` on the demo: the same problems from the CSV files by DuckDB.
-- line = data row number + 1 (the header is line 1; the demo has no line break inside a cell).
create table p as select *, row_number() over () + 1 as line from read_csv('programmes.csv', header=true, all_varchar=true);
create table i as select *, row_number() over () + 1 as line from read_csv('indicators.csv', header=true, all_varchar=true);
create table m as select *, row_number() over () + 1 as line from read_csv('measurements.csv', header=true, all_varchar=true);
create table mm as select m.indicator, m.year::int as year, m.target::decimal(18,4) as target, m.actual::decimal(18,4) as actual, m.line,
  i.programme, i.name as iname, i.unit, i.polarity, p.status, p.start_year::int as s, p.end_year::int as e
  from m join i on m.indicator = i.code join p on i.programme = p.code;
create table ref as select max(year) as y from mm where actual is not null;
copy (
select * from (
  select 1 as r, 'missing_actual' as rule, 'measurement' as entity, indicator || ' ' || year as code, 'demo/measurements.csv:' || line as loc, line as ord
    from mm, ref where actual is null and year < ref.y and status in ('ongoing','done','stalled') and year between s and e
  union all
  select 4, 'no_indicator', 'programme', p.code, 'demo/programmes.csv:' || p.line, p.line from p where p.code not in (select programme from i)
  union all
  select 5, 'past_end_not_done', 'programme', code, 'demo/programmes.csv:' || line, line from p, ref where end_year::int < ref.y and status in ('planned','ongoing','stalled')
  union all
  select 6, 'actuals_before_start', 'programme', p.code, 'demo/programmes.csv:' || p.line, p.line from p
    where p.status = 'planned' and exists (select 1 from mm where mm.programme = p.code and mm.actual is not null and mm.year < p.start_year::int)
  union all
  select 7, 'done_still_reporting', 'programme', p.code, 'demo/programmes.csv:' || p.line, p.line from p
    where p.status = 'done' and exists (select 1 from mm where mm.programme = p.code and mm.actual is not null and mm.year > p.end_year::int)
  union all
  select 8, 'absorption_over_100', 'measurement', indicator || ' ' || year, 'demo/measurements.csv:' || line, line
    from mm where unit = '%' and (lower(iname) like '%absorption%' or lower(iname) like '%serapan%') and actual > 100
  union all
  select 3, 'falling_target', 'measurement', a.indicator || ' ' || a.year, 'demo/measurements.csv:' || a.line, a.line
    from mm a join mm b on a.indicator = b.indicator and b.year = a.year - 1 where a.polarity = 'positive' and a.target < b.target
  union all
  select 9, 'duplicate_name', 'programme', b.code, 'demo/programmes.csv:' || b.line, b.line
    from p a join p b on a.opd = b.opd and lower(trim(a.name)) = lower(trim(b.name)) and a.line < b.line
  union all
  select 2, 'missing_target', 'indicator', i.code, 'demo/indicators.csv:' || i.line, i.line
    from i join p on i.programme = p.code, ref
    where p.status <> 'cancelled' and exists (
      select 1 from range(p.start_year::int, least(p.end_year::int, ref.y) + 1) t(y)
      where not exists (select 1 from mm where mm.indicator = i.code and mm.year = t.y and mm.target is not null))
) order by r, ord
) to '/dev/stdout' (header false);
