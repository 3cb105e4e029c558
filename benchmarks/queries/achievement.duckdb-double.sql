-- pilar's achievement (README) the way a DuckDB user would write it: the figures are exact
-- DECIMALs but DuckDB's `/` on DECIMAL gives a DOUBLE, so the quotient and the mean are binary
-- floating point (answers compared with a tolerance, as sqlite3's). The fast DuckDB baseline.
-- round(…, 10): a quotient that is exactly 80 can come out as 79.99999999999999 in binary, and
-- `achievement < 80` then counts it (seen at 1m). With figures of at most 4 decimals two distinct
-- achievements differ by far more than 1e-10, so rounding there only undoes the binary error.
CREATE VIEW ma AS
SELECT m.indicator, m.year, m.target, m.actual, i.programme,
       CASE WHEN m.actual IS NULL OR m.target = 0 THEN NULL
            WHEN i.polarity = 'positive' THEN round(m.actual * 100 / m.target, 10)
            ELSE round((2 * m.target - m.actual) * 100 / m.target, 10) END AS achievement,
       achievement AS achievement_units
FROM measurements m JOIN indicators i ON i.code = m.indicator;
CREATE MACRO mean_achievement(u) AS avg(u);
