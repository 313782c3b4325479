-- supervision (issue 16): appointments per center, day and service, kept by triggers as the other
-- rollups are (V15): booked (live or not), then where they went — checked in, missed, cancelled —
-- and, of the checked-in ones called, how many were called within 15 minutes of their time.
CREATE TABLE appointment_day (
    center_id   bigint NOT NULL,
    day         date NOT NULL,
    service_id  bigint NOT NULL,
    booked      integer NOT NULL DEFAULT 0,
    checked_in  integer NOT NULL DEFAULT 0,
    no_shows    integer NOT NULL DEFAULT 0,
    cancelled   integer NOT NULL DEFAULT 0,
    called      integer NOT NULL DEFAULT 0,
    on_time     integer NOT NULL DEFAULT 0,
    PRIMARY KEY (center_id, day, service_id)
);

CREATE FUNCTION appointment_day_add(p_center bigint, p_day date, p_service bigint, d_booked integer, d_checked_in integer,
        d_no_shows integer, d_cancelled integer, d_called integer, d_on_time integer) RETURNS void LANGUAGE sql AS $$
    INSERT INTO appointment_day AS a (center_id, day, service_id, booked, checked_in, no_shows, cancelled, called, on_time)
    VALUES (p_center, p_day, p_service, d_booked, d_checked_in, d_no_shows, d_cancelled, d_called, d_on_time)
    ON CONFLICT (center_id, day, service_id) DO UPDATE SET
        booked = a.booked + d_booked, checked_in = a.checked_in + d_checked_in, no_shows = a.no_shows + d_no_shows,
        cancelled = a.cancelled + d_cancelled, called = a.called + d_called, on_time = a.on_time + d_on_time
$$;

-- A booking counts once where it is (a move takes it from one day to another); its state once.
CREATE FUNCTION appointment_day_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM appointment_day_add(NEW.center_id, NEW.day, NEW.service_id, 1, 0, 0, 0, 0, 0);
        RETURN NULL;
    END IF;
    IF (OLD.center_id, OLD.day, OLD.service_id) IS DISTINCT FROM (NEW.center_id, NEW.day, NEW.service_id) THEN
        PERFORM appointment_day_add(OLD.center_id, OLD.day, OLD.service_id, -1, 0, 0, 0, 0, 0);
        PERFORM appointment_day_add(NEW.center_id, NEW.day, NEW.service_id, 1, 0, 0, 0, 0, 0);
    END IF;
    IF OLD.state IS DISTINCT FROM NEW.state THEN
        PERFORM appointment_day_add(NEW.center_id, NEW.day, NEW.service_id, 0,
            (NEW.state = 'CHECKED_IN')::int - (OLD.state = 'CHECKED_IN')::int,
            (NEW.state = 'NO_SHOW')::int - (OLD.state = 'NO_SHOW')::int,
            (NEW.state = 'CANCELLED')::int - (OLD.state = 'CANCELLED')::int, 0, 0);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER booking_appointment_day AFTER INSERT OR UPDATE ON booking
    FOR EACH ROW EXECUTE FUNCTION appointment_day_track();

-- The first call of an appointment's ticket: on time when within 15 minutes after the booked time.
CREATE FUNCTION appointment_call_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM appointment_day_add(NEW.center_id, NEW.day, NEW.first_service_id, 0, 0, 0, 0, 1,
        (NEW.first_called_at <= NEW.due_at + interval '15 minutes')::int);
    RETURN NULL;
END $$;
CREATE TRIGGER ticket_appointment_call AFTER UPDATE OF first_called_at ON ticket
    FOR EACH ROW WHEN (NEW.due_at IS NOT NULL AND OLD.first_called_at IS NULL AND NEW.first_called_at IS NOT NULL)
    EXECUTE FUNCTION appointment_call_track();
