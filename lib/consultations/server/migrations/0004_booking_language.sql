-- The patient's preferred language (issue 14): their confirmation e-mail and calendar file are
-- written in it, and the staff inbox shows it so the care team calls back in that language.
-- Existing requests were all made on the English site.

ALTER TABLE bookings ADD COLUMN language text NOT NULL DEFAULT 'en';
ALTER TABLE bookings ADD CONSTRAINT bookings_language_check CHECK (language IN ('en', 'es'));
