-- The six catalogue questions for DuckDB (same answers as questions.pilar; ma is the view
-- with pilar's achievement, made in load.duckdb.sql).
.print @@ a
SELECT indicator, year, target, actual FROM measurements
WHERE year >= 2020 AND actual > target ORDER BY actual DESC, indicator, year LIMIT 10;
.print @@ b
SELECT pillar, count(*) AS n, sum(budget) AS budget FROM programmes GROUP BY pillar;
.print @@ c
SELECT p.opd AS opd, count(*) AS n FROM ma JOIN programmes p ON p.code = ma.programme
WHERE ma.year = 2019 AND ma.achievement < 80 GROUP BY p.opd;
.print @@ d
SELECT opd, pillar, sum(budget) AS budget FROM programmes GROUP BY opd, pillar;
.print @@ e
SELECT code, name FROM opds o
WHERE NOT EXISTS (SELECT 1 FROM programmes p WHERE p.opd = o.code AND p.horizon = 'quick-win');
.print @@ f
-- avg() of a DECIMAL is a DOUBLE in DuckDB: the mean is taken exactly in 1e-18 units instead,
-- rounded once half away from zero, as pilar's avg.
SELECT p.pillar AS pillar, ma.year AS year,
       (sign(sum(achievement_units)) * ((2 * abs(sum(achievement_units)) + count(achievement_units))
          // (2 * count(achievement_units))))::DECIMAL(38,0) * 0.000000000000000001::DECIMAL(19,18)
         AS avg_achievement
FROM ma JOIN programmes p ON p.code = ma.programme GROUP BY p.pillar, ma.year;
