-- The daily rollups counted again from the tickets of a range of days, arrays included: what
-- service_day must equal. The volume generator fills service_day with it (its bulk load runs with
-- the triggers off), the benchmark and the tests compare the two. NULL ends mean no bound.
CREATE FUNCTION service_day_counted(p_from date, p_to date)
RETURNS TABLE (center_id bigint, day date, service_id bigint, issued integer, called integer, served integer,
               no_shows integer, transferred integer, wait_count integer, wait_seconds double precision,
               service_count integer, service_seconds double precision, issued_by_hour integer[], waits integer[])
LANGUAGE sql STABLE AS $$
    WITH x AS (
        SELECT t.*, extract(hour FROM t.issued_at AT TIME ZONE c.time_zone)::int AS hour,
               CASE WHEN t.first_called_at IS NOT NULL AND NOT t.walk_in
                    THEN wait_bucket(greatest(0, extract(epoch FROM t.first_called_at - t.issued_at))) END AS bucket,
               greatest(0, extract(epoch FROM t.first_called_at - t.issued_at))::float8 AS wait,
               greatest(0, extract(epoch FROM t.finished_at - coalesce(t.started_at, t.last_called_at)))::float8 AS service
          FROM ticket t JOIN center c ON c.id = t.center_id
         WHERE (p_from IS NULL OR t.day >= p_from) AND (p_to IS NULL OR t.day <= p_to)),
    taken AS (
        SELECT x.center_id, x.day, x.first_service_id AS service_id, count(*)::int AS issued,
               count(x.first_called_at)::int AS called, count(*) FILTER (WHERE x.transfer_count > 0)::int AS transferred,
               count(x.bucket)::int AS wait_count, coalesce(sum(x.wait) FILTER (WHERE x.bucket IS NOT NULL), 0) AS wait_seconds,
               ARRAY[count(*) FILTER (WHERE x.hour = 0)::int,
               count(*) FILTER (WHERE x.hour = 1)::int,
               count(*) FILTER (WHERE x.hour = 2)::int,
               count(*) FILTER (WHERE x.hour = 3)::int,
               count(*) FILTER (WHERE x.hour = 4)::int,
               count(*) FILTER (WHERE x.hour = 5)::int,
               count(*) FILTER (WHERE x.hour = 6)::int,
               count(*) FILTER (WHERE x.hour = 7)::int,
               count(*) FILTER (WHERE x.hour = 8)::int,
               count(*) FILTER (WHERE x.hour = 9)::int,
               count(*) FILTER (WHERE x.hour = 10)::int,
               count(*) FILTER (WHERE x.hour = 11)::int,
               count(*) FILTER (WHERE x.hour = 12)::int,
               count(*) FILTER (WHERE x.hour = 13)::int,
               count(*) FILTER (WHERE x.hour = 14)::int,
               count(*) FILTER (WHERE x.hour = 15)::int,
               count(*) FILTER (WHERE x.hour = 16)::int,
               count(*) FILTER (WHERE x.hour = 17)::int,
               count(*) FILTER (WHERE x.hour = 18)::int,
               count(*) FILTER (WHERE x.hour = 19)::int,
               count(*) FILTER (WHERE x.hour = 20)::int,
               count(*) FILTER (WHERE x.hour = 21)::int,
               count(*) FILTER (WHERE x.hour = 22)::int,
               count(*) FILTER (WHERE x.hour = 23)::int] AS issued_by_hour,
               ARRAY[count(*) FILTER (WHERE x.bucket = 1)::int,
               count(*) FILTER (WHERE x.bucket = 2)::int,
               count(*) FILTER (WHERE x.bucket = 3)::int,
               count(*) FILTER (WHERE x.bucket = 4)::int,
               count(*) FILTER (WHERE x.bucket = 5)::int,
               count(*) FILTER (WHERE x.bucket = 6)::int,
               count(*) FILTER (WHERE x.bucket = 7)::int,
               count(*) FILTER (WHERE x.bucket = 8)::int,
               count(*) FILTER (WHERE x.bucket = 9)::int,
               count(*) FILTER (WHERE x.bucket = 10)::int,
               count(*) FILTER (WHERE x.bucket = 11)::int,
               count(*) FILTER (WHERE x.bucket = 12)::int,
               count(*) FILTER (WHERE x.bucket = 13)::int,
               count(*) FILTER (WHERE x.bucket = 14)::int,
               count(*) FILTER (WHERE x.bucket = 15)::int,
               count(*) FILTER (WHERE x.bucket = 16)::int,
               count(*) FILTER (WHERE x.bucket = 17)::int,
               count(*) FILTER (WHERE x.bucket = 18)::int,
               count(*) FILTER (WHERE x.bucket = 19)::int,
               count(*) FILTER (WHERE x.bucket = 20)::int] AS waits
          FROM x GROUP BY 1, 2, 3),
    ended AS (
        SELECT x.center_id, x.day, x.service_id, count(*) FILTER (WHERE x.state = 'DONE')::int AS served,
               count(*) FILTER (WHERE x.state = 'NO_SHOW')::int AS no_shows,
               coalesce(sum(x.service) FILTER (WHERE x.state = 'DONE'), 0) AS service_seconds
          FROM x WHERE x.state IN ('DONE', 'NO_SHOW') GROUP BY 1, 2, 3)
    SELECT coalesce(a.center_id, e.center_id), coalesce(a.day, e.day), coalesce(a.service_id, e.service_id),
           coalesce(a.issued, 0), coalesce(a.called, 0), coalesce(e.served, 0), coalesce(e.no_shows, 0),
           coalesce(a.transferred, 0), coalesce(a.wait_count, 0), coalesce(a.wait_seconds, 0), coalesce(e.served, 0),
           coalesce(e.service_seconds, 0), coalesce(a.issued_by_hour, array_fill(0, ARRAY[24])),
           coalesce(a.waits, array_fill(0, ARRAY[20]))
      FROM taken a FULL JOIN ended e ON e.center_id = a.center_id AND e.day = a.day AND e.service_id = a.service_id
$$;
