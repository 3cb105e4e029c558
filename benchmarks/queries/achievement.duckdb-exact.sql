-- pilar's achievement (README) with exact decimals. DuckDB's `/` on DECIMAL gives DOUBLE, so
-- the quotient is taken in HUGEINT units of 1e-18 and rounded once, half away from zero, as
-- pilar rounds a quotient (grammar.md, "Numbers"); the figures are scaled to whole 1e-4 units.
CREATE VIEW ma_units AS
SELECT m.indicator, m.year, m.target, m.actual, i.programme,
       CASE WHEN m.actual IS NULL OR m.target = 0 THEN NULL
            ELSE (CASE WHEN i.polarity = 'positive' THEN m.actual ELSE 2 * m.target - m.actual END
                  * 10000)::HUGEINT * 100 END AS num,
       (m.target * 10000)::HUGEINT AS den
FROM measurements m JOIN indicators i ON i.code = m.indicator;
CREATE VIEW ma_exact AS
SELECT indicator, year, target, actual, programme,
       sign(num) * sign(den) * ((2 * abs(num) * 1000000000000000000 + abs(den)) // (2 * abs(den)))
         AS achievement_units
FROM ma_units;
CREATE VIEW ma AS
SELECT *, achievement_units::DECIMAL(38,0) * 0.000000000000000001::DECIMAL(19,18) AS achievement
FROM ma_exact;
-- The mean of achievements, exactly in 1e-18 units, rounded once half away from zero as pilar's
-- avg (DuckDB's avg() of a DECIMAL is a DOUBLE).
CREATE MACRO mean_achievement(u) AS
  (sign(sum(u)) * ((2 * abs(sum(u)) + count(u)) // (2 * count(u))))::DECIMAL(38,0)
    * 0.000000000000000001::DECIMAL(19,18);
