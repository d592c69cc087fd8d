-- Consultation requests and the outbox that tells the care team about them.
-- Patient data lives only in bookings; see docs/privacy-data.md for retention.

CREATE TABLE bookings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Opaque, random, shown to the patient; never derived from patient data.
  reference text NOT NULL UNIQUE CHECK (reference ~ '^[0-9A-Z]{10}$'),
  status text NOT NULL DEFAULT 'requested'
    CHECK (status IN ('requested', 'called', 'cancelled')),
  slot_start timestamptz NOT NULL,
  slot_end timestamptz NOT NULL,
  -- slot_end plus the buffer in force when the slot was booked.
  hold_end timestamptz NOT NULL,
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
  phone text NOT NULL CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
  email text CHECK (char_length(email) <= 254),
  time_zone text NOT NULL CHECK (char_length(time_zone) <= 64),
  treatment_slug text CHECK (char_length(treatment_slug) <= 100),
  consent_at timestamptz NOT NULL,
  idempotency_key text UNIQUE CHECK (char_length(idempotency_key) <= 100),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (slot_end > slot_start),
  CHECK (hold_end >= slot_end)
);

-- One active booking per start time: the database, not a read-then-write, decides.
-- Cancelled bookings free their slot.
CREATE UNIQUE INDEX bookings_slot_start_active ON bookings (slot_start) WHERE status <> 'cancelled';

-- With a buffer, neighbouring starts clash too: no two active holds may overlap.
ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap
  EXCLUDE USING gist (tstzrange(slot_start, hold_end) WITH &&) WHERE (status <> 'cancelled');

-- Retention purge scans by the end of the slot.
CREATE INDEX bookings_slot_end ON bookings (slot_end);

-- Written in the same statement as the booking, so a notification can never be lost;
-- a sender marks rows sent and retries the rest. It holds no patient data itself.
CREATE TABLE booking_notifications (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  booking_id uuid NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
  kind text NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX booking_notifications_pending ON booking_notifications (next_attempt_at) WHERE sent_at IS NULL;
