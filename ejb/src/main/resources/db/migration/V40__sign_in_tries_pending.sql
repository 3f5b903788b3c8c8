-- Sign-ins check the password with no lock held (issue #15): a try is reserved on its
-- counter first (pending), checked, then settled. The lockout and the others' daily budget
-- count the pending tries as failures until they settle (throttle.control.TryReservations).
-- Same SQL for H2 and PostgreSQL.
ALTER TABLE client_sign_in_failures ADD COLUMN pending INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE client_sign_in_failures ADD COLUMN last_reserved TIMESTAMP WITH TIME ZONE;
