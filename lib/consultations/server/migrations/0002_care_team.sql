-- Care team: mail outbox states and leases, patient cancellation, staff follow-up and the
-- staff access log. See docs/privacy-data.md (what is stored) and lib/mail/README.md (delivery).

-- Who cancelled, when; and what the care team did about the request (their own notes, not the patient's).
ALTER TABLE bookings
  ADD COLUMN cancelled_at timestamptz,
  ADD COLUMN follow_up text CHECK (follow_up IN ('contacted', 'booked', 'no-answer')),
  ADD COLUMN follow_up_at timestamptz,
  ADD COLUMN follow_up_by text CHECK (char_length(follow_up_by) <= 100);

-- The outbox row moves pending -> sending -> sent. A row left in 'sending' past its lease
-- (the process died between handing the message to SMTP and recording it) becomes 'in-doubt'
-- and is never sent again automatically: better one missing confirmation, shown to staff,
-- than a second e-mail about a mental-health appointment. 'failed' = refused for good;
-- 'skipped' = nothing to send any more (e.g. the booking was cancelled before its confirmation went).
ALTER TABLE booking_notifications
  ADD COLUMN state text NOT NULL DEFAULT 'pending'
    CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'in-doubt', 'skipped')),
  ADD COLUMN lease_id uuid,
  ADD COLUMN locked_until timestamptz,
  ADD COLUMN last_attempt_at timestamptz,
  -- An SMTP reply code or error class only (e.g. "451", "ESOCKET"), never a server message.
  ADD COLUMN last_error text CHECK (char_length(last_error) <= 40);

UPDATE booking_notifications SET state = 'sent' WHERE sent_at IS NOT NULL;

ALTER TABLE booking_notifications ADD CONSTRAINT booking_notifications_kind
  CHECK (kind IN ('booking-requested', 'patient-confirmation', 'booking-cancelled'));

DROP INDEX booking_notifications_pending;
CREATE INDEX booking_notifications_pending ON booking_notifications (next_attempt_at) WHERE state = 'pending';
CREATE INDEX booking_notifications_booking ON booking_notifications (booking_id);

-- Every time staff see, export or change a request. No foreign key: the log outlives the
-- bookings it mentions (they are purged after the retention period); it holds no patient data.
CREATE TABLE staff_access_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  -- The name staff typed at sign-in, and the random id of that session.
  actor text NOT NULL CHECK (char_length(actor) BETWEEN 1 AND 100),
  session_id text NOT NULL CHECK (char_length(session_id) <= 64),
  action text NOT NULL CHECK (action IN ('view', 'export', 'mark', 'sign-in', 'sign-out')),
  booking_id uuid,
  booking_reference text CHECK (char_length(booking_reference) <= 10),
  detail text CHECK (char_length(detail) <= 40)
);

CREATE INDEX staff_access_log_at ON staff_access_log (at);
CREATE INDEX staff_access_log_booking ON staff_access_log (booking_id);
