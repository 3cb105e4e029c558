-- The six catalogue questions for sqlite3 (same answers as questions.pilar; ma is the view
-- with pilar's achievement, made in load.sqlite.sql).
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
SELECT p.pillar AS pillar, ma.year AS year, avg(ma.achievement) AS avg_achievement
FROM ma JOIN programmes p ON p.code = ma.programme GROUP BY p.pillar, ma.year;
